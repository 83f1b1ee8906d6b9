// Test cases for rules/go/open-redirect.yaml (semgrep --test).
package handlers

import (
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var allowedNext = map[string]bool{"/": true, "/account": true, "/checkout": true}

func LoginDone(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect-request-data
	http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
}

func Logout(c *gin.Context) {
	// ruleid: go-open-redirect-request-data
	c.Redirect(http.StatusSeeOther, c.DefaultQuery("return_to", "/"))
}

func Back(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-open-redirect-request-data
	w.Header().Set("Location", r.Referer())
	w.WriteHeader(http.StatusFound)
}

// --- safe alternatives ---------------------------------------------------------------------------

func LoginDoneSafely(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	if !allowedNext[next] {
		next = "/"
	}
	// ok: go-open-redirect-request-data
	http.Redirect(w, r, next, http.StatusFound)
}

func Order(w http.ResponseWriter, r *http.Request) {
	// ok: go-open-redirect-request-data
	http.Redirect(w, r, "/orders/"+url.PathEscape(r.PathValue("id")), http.StatusFound)
}

func Home(c *gin.Context) {
	// ok: go-open-redirect-request-data
	c.Redirect(http.StatusFound, "/dashboard")
}
