// Test cases for rules/go/tls.yaml (semgrep --test).
package clients

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func InsecureClient() *http.Client {
	return &http.Client{
		Transport: &http.Transport{
			// ruleid: go-tls-insecure-skip-verify
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
		},
	}
}

func Dial(addr string) (*tls.Conn, error) {
	cfg := &tls.Config{
		MinVersion: tls.VersionTLS12,
		// ruleid: go-tls-insecure-skip-verify
		InsecureSkipVerify: true,
	}
	return tls.Dial("tcp", addr, cfg)
}

func Patch(t *http.Transport) {
	// ruleid: go-tls-insecure-skip-verify
	t.TLSClientConfig.InsecureSkipVerify = true
}

// --- safe alternatives ---------------------------------------------------------------------------

func PrivateCAClient(caFile string) (*http.Client, error) {
	caPEM, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	return &http.Client{
		Transport: &http.Transport{
			// ok: go-tls-insecure-skip-verify
			TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12},
		},
	}, nil
}

func StrictDial(addr string) (*tls.Conn, error) {
	// ok: go-tls-insecure-skip-verify
	return tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: false, MinVersion: tls.VersionTLS12})
}
