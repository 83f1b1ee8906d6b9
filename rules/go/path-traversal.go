// Test cases for rules/go/path-traversal.yaml (semgrep --test).
package handlers

import (
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/gorilla/mux"
)

const uploadDir = "/srv/uploads"

func Download(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("file")
	// ruleid: go-path-traversal-request-data
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func ReadNote(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal-request-data
	data, err := os.ReadFile("/srv/notes/" + mux.Vars(r)["note"] + ".txt")
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(data)
}

func Upload(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-path-traversal-request-data
	f, err := os.Create(filepath.Join(uploadDir, r.FormValue("filename")))
	if err != nil {
		http.Error(w, "cannot store file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}

// --- safe alternatives ---------------------------------------------------------------------------

func DownloadSafely(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("file"))
	// ok: go-path-traversal-request-data
	http.ServeFile(w, r, filepath.Join(uploadDir, name))
}

func ReadNoteSafely(w http.ResponseWriter, r *http.Request) {
	note := mux.Vars(r)["note"]
	if !filepath.IsLocal(note) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	// ok: go-path-traversal-request-data
	data, err := os.ReadFile(filepath.Join("/srv/notes", note+".txt"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Write(data)
}

func UploadSafely(w http.ResponseWriter, r *http.Request) {
	target := filepath.Join(uploadDir, filepath.Clean("/"+r.FormValue("filename")))
	// ok: go-path-traversal-request-data
	f, err := os.Create(target)
	if err != nil {
		http.Error(w, "cannot store file", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	io.Copy(f, r.Body)
}
