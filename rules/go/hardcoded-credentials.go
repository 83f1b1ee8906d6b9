// Test cases for rules/go/hardcoded-credentials.yaml (semgrep --test).
// The values are deliberately fake and low-entropy: they only have to look like literals to the rules.
package config

import (
	"database/sql"
	"net/http"
	"net/smtp"
	"os"

	"github.com/golang-jwt/jwt/v5"
	"github.com/redis/go-redis/v9"
)

// ruleid: go-hardcoded-credential
const dbPassword = "changeme-not-a-real-password"

// ruleid: go-hardcoded-credential
var jwtKey = []byte("not-a-real-signing-key")

func Cache() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr: "cache.internal:6379",
		// ruleid: go-hardcoded-credential
		Password: "not-a-real-password",
	})
}

func Open() (*sql.DB, error) {
	// ruleid: go-hardcoded-credential-argument
	return sql.Open("postgres", "postgres://shop:not-a-real-password@db.internal/shop?sslmode=require")
}

func Report(req *http.Request) {
	// ruleid: go-hardcoded-credential-argument
	req.SetBasicAuth("reporter", "not-a-real-password")
}

func Sign(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// ruleid: go-hardcoded-credential-argument
	return token.SignedString([]byte("not-a-real-signing-key"))
}

// --- safe alternatives ---------------------------------------------------------------------------

func CacheSafely() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr: "cache.internal:6379",
		// ok: go-hardcoded-credential
		Password: os.Getenv("REDIS_PASSWORD"),
	})
}

// ok: go-hardcoded-credential
const passwordHeader = "X-Password-Reset"

// ok: go-hardcoded-credential
var apiKey = os.Getenv("API_KEY")

func OpenSafely() (*sql.DB, error) {
	// ok: go-hardcoded-credential-argument
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

func Mail() smtp.Auth {
	// ok: go-hardcoded-credential-argument
	return smtp.PlainAuth("", "alerts@example.com", os.Getenv("SMTP_PASSWORD"), "smtp.example.com")
}

func OpenLocal() (*sql.DB, error) {
	// ok: go-hardcoded-credential-argument
	return sql.Open("postgres", "postgres://db.internal/shop?sslmode=require")
}
