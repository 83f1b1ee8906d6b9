// Test cases for rules/go/weak-hash.yaml (semgrep --test).
package auth

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/bcrypt"
)

type User struct {
	Salt         string
	PasswordHash string
}

func HashPassword(password string) string {
	// ruleid: go-weak-password-hash
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func CheckPassword(u User, pwd string) bool {
	h := sha1.New()
	// ruleid: go-weak-password-hash
	io.WriteString(h, u.Salt+pwd)
	return hex.EncodeToString(h.Sum(nil)) == u.PasswordHash
}

// --- safe alternatives ---------------------------------------------------------------------------

func HashPasswordSafely(password string) (string, error) {
	// ok: go-weak-password-hash
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(hash), err
}

func ETag(body []byte) string {
	// ok: go-weak-password-hash
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}
