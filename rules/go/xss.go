// Test cases for rules/go/xss.yaml (semgrep --test).
package handlers

import (
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"net/http"
)

var page = template.Must(template.New("page").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

type view struct {
	Title string
	Body  template.HTML
}

func Comment(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-template-trusted-type
	body := template.HTML(r.FormValue("comment"))
	page.Execute(w, view{Title: "Comment", Body: body})
}

func Profile(w http.ResponseWriter, r *http.Request) {
	bio := r.URL.Query().Get("bio")
	// ruleid: go-xss-template-trusted-type
	page.Execute(w, view{Title: "Profile", Body: template.HTML("<p>" + bio + "</p>")})
}

func Search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// ruleid: go-xss-response-writer
	fmt.Fprintf(w, "<h1>Results for %s</h1>", q)
}

func Hello(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-response-writer
	w.Write([]byte("<p>Hello " + r.PathValue("name") + "</p>"))
}

// --- safe alternatives ---------------------------------------------------------------------------

type plainView struct {
	Title string
	Body  string
}

var plainPage = template.Must(template.New("plain").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div>`))

func CommentSafely(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-template-trusted-type
	plainPage.Execute(w, plainView{Title: "Comment", Body: r.FormValue("comment")})
}

func StaticBanner(w http.ResponseWriter, r *http.Request) {
	// ok: go-xss-template-trusted-type
	page.Execute(w, view{Title: "Welcome", Body: template.HTML("<strong>Scheduled maintenance tonight</strong>")})
}

func SearchSafely(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	// ok: go-xss-response-writer
	fmt.Fprintf(w, "<h1>Results for %s</h1>", html.EscapeString(q))
}

func SearchPlain(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// ok: go-xss-response-writer
	fmt.Fprintf(w, "Results for %s\n", r.URL.Query().Get("q"))
}

func SearchJSON(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	// ok: go-xss-response-writer
	json.NewEncoder(w).Encode(map[string]string{"q": r.URL.Query().Get("q")})
}
