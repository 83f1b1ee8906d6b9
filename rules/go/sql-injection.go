// Test cases for rules/go/sql-injection.yaml (semgrep --test).
package handlers

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

type Server struct {
	db *sql.DB
}

func (s *Server) FindUser(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: go-sqli-request-data, go-sqli-string-built-query
	rows, err := s.db.Query(fmt.Sprintf("SELECT id, email FROM users WHERE name = '%s'", name))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) DeleteOrder(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	query := "DELETE FROM orders WHERE id = " + id
	// ruleid: go-sqli-request-data, go-sqli-string-built-query
	if _, err := s.db.ExecContext(r.Context(), query); err != nil {
		http.Error(w, "delete failed", http.StatusInternalServerError)
	}
}

func (s *Server) Search(c *gin.Context) {
	var count int
	// ruleid: go-sqli-request-data, go-sqli-string-built-query
	err := s.db.QueryRow("SELECT COUNT(*) FROM products WHERE category = '" + c.Query("category") + "'").Scan(&count)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"count": count})
}

// --- safe alternatives ---------------------------------------------------------------------------

func (s *Server) FindUserSafely(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: go-sqli-request-data, go-sqli-string-built-query
	rows, err := s.db.QueryContext(r.Context(), "SELECT id, email FROM users WHERE name = $1", name)
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) Page(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.FormValue("limit"))
	if err != nil {
		http.Error(w, "bad limit", http.StatusBadRequest)
		return
	}
	// ok: go-sqli-request-data, go-sqli-string-built-query
	rows, err := s.db.Query(fmt.Sprintf("SELECT id, name FROM products ORDER BY id LIMIT %d", limit))
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	json.NewEncoder(w).Encode(limit)
}

func (s *Server) SearchSafely(c *gin.Context) {
	var count int
	// ok: go-sqli-request-data
	err := s.db.QueryRow("SELECT COUNT(*) FROM products WHERE category = $1", c.Query("category")).Scan(&count)
	if err != nil {
		c.AbortWithStatus(http.StatusInternalServerError)
		return
	}
	c.JSON(http.StatusOK, gin.H{"count": count})
}

func archiveBefore(db *sql.DB, day string) error {
	// ruleid: go-sqli-string-built-query
	_, err := db.Exec(fmt.Sprintf("UPDATE orders SET archived = true WHERE created < '%s'", day))
	return err
}

func archiveBeforeSafely(db *sql.DB, day string) error {
	// ok: go-sqli-string-built-query
	_, err := db.Exec("UPDATE orders SET archived = true WHERE created < $1", day)
	return err
}
