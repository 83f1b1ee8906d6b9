module example.com/sca/go-vulnerable

go 1.21

require (
	golang.org/x/crypto v0.16.0
	golang.org/x/net v0.16.0
)

require (
	golang.org/x/sys v0.15.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)
