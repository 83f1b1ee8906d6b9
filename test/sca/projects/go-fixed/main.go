// Command sca-go-fixture is a tiny program for the SCA stage's tests: it only needs to import its dependencies.
package main

import (
	"fmt"

	"golang.org/x/crypto/ssh"
	"golang.org/x/net/http2"
)

func main() {
	fmt.Println(http2.NextProtoTLS, ssh.KeyAlgoED25519)
}
