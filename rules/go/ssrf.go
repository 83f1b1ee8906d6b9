// Test cases for rules/go/ssrf.yaml (semgrep --test).
package handlers

import (
	"io"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

var allowedImageHosts = map[string]bool{"images.example.com": true, "cdn.example.com": true}

func Preview(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-ssrf-request-data
	resp, err := http.Get(r.URL.Query().Get("url"))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func TestWebhook(c *gin.Context) {
	target := c.PostForm("callback")
	// ruleid: go-ssrf-request-data
	req, err := http.NewRequestWithContext(c.Request.Context(), http.MethodPost, target, nil)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	http.DefaultClient.Do(req)
}

func Health(w http.ResponseWriter, r *http.Request) {
	client := &http.Client{}
	// ruleid: go-ssrf-request-data
	resp, err := client.Get("http://" + r.Header.Get("X-Backend") + "/health")
	if err != nil {
		http.Error(w, "backend down", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// --- safe alternatives ---------------------------------------------------------------------------

func User(w http.ResponseWriter, r *http.Request) {
	// ok: go-ssrf-request-data
	resp, err := http.Get("https://api.example.com/users/" + url.PathEscape(r.PathValue("id")))
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func Image(w http.ResponseWriter, r *http.Request) {
	u, err := url.Parse(r.URL.Query().Get("src"))
	if err != nil {
		http.Error(w, "bad url", http.StatusBadRequest)
		return
	}
	if !allowedImageHosts[u.Hostname()] {
		http.Error(w, "host not allowed", http.StatusBadRequest)
		return
	}
	// ok: go-ssrf-request-data
	resp, err := http.Get(u.String())
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}
