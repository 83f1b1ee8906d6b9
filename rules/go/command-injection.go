// Test cases for rules/go/command-injection.yaml (semgrep --test).
package handlers

import (
	"net/http"
	"os/exec"

	"github.com/gin-gonic/gin"
)

func Ping(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: go-command-injection-request-data
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}

func RunTool(c *gin.Context) {
	// ruleid: go-command-injection-request-data
	out, err := exec.CommandContext(c.Request.Context(), c.Param("tool"), "--version").Output()
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.String(http.StatusOK, string(out))
}

func Archive(w http.ResponseWriter, r *http.Request) {
	dir := r.FormValue("dir")
	// ruleid: go-command-injection-request-data
	cmd := exec.Command("/bin/bash", "-c", "tar czf /tmp/backup.tgz "+dir)
	if err := cmd.Run(); err != nil {
		http.Error(w, "archive failed", http.StatusInternalServerError)
	}
}

// --- safe alternatives ---------------------------------------------------------------------------

func PingSafely(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ok: go-command-injection-request-data
	out, err := exec.CommandContext(r.Context(), "ping", "-c", "1", "--", host).CombinedOutput()
	if err != nil {
		http.Error(w, "ping failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}

func Status(w http.ResponseWriter, r *http.Request) {
	// ok: go-command-injection-request-data
	out, err := exec.Command("git", "status", "--porcelain").Output()
	if err != nil {
		http.Error(w, "git failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}
