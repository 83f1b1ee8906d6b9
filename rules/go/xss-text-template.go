// Test cases for rules/go/xss-text-template.yaml (semgrep --test).
package handlers

import (
	"net/http"
	"os"
	"text/template"
)

var profilePage = template.Must(template.New("profile").Parse(`<h1>{{.Name}}</h1><p>{{.Bio}}</p>`))

type profile struct {
	Name string
	Bio  string
}

func ShowProfile(w http.ResponseWriter, r *http.Request) {
	// ruleid: go-xss-text-template-response
	profilePage.Execute(w, profile{Name: r.FormValue("name"), Bio: r.FormValue("bio")})
}

func ShowLayout(w http.ResponseWriter, r *http.Request) {
	layouts := template.Must(template.ParseGlob("templates/*.tmpl"))
	// ruleid: go-xss-text-template-response
	layouts.ExecuteTemplate(w, "layout", profile{Name: "guest"})
}

// --- safe alternatives ---------------------------------------------------------------------------

// text/template is the right tool for non-HTML output such as config files.
func WriteConfig(path string, p profile) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	// ok: go-xss-text-template-response
	return profilePage.Execute(f, p)
}

func WriteConfigToStdout(p profile) error {
	// ok: go-xss-text-template-response
	return profilePage.Execute(os.Stdout, p)
}
