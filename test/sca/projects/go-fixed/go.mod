module example.com/sca/go-fixed

go 1.21

require (
	golang.org/x/crypto v0.17.0
	golang.org/x/net v0.17.0
)

require (
	golang.org/x/sys v0.15.0 // indirect
	golang.org/x/text v0.14.0 // indirect
)
