// Test cases for rules/javascript/sql-injection.yaml (semgrep --test).
const express = require('express')
const mysql = require('mysql2')
const { Pool } = require('pg')
const sqlite3 = require('sqlite3')
const knex = require('knex')({ client: 'pg' })

const app = express()
const db = mysql.createPool({ host: 'db', user: 'app', database: 'shop' })
const pool = new Pool()
const sqliteDb = new sqlite3.Database(':memory:')

app.get('/users/:id', (req, res) => {
  // ruleid: js-sqli-express-request-data, js-sqli-string-built-query
  db.query('SELECT * FROM users WHERE id = ' + req.params.id, (err, rows) => res.json(rows))
})

app.get('/search', async (req, res) => {
  const name = req.query.name
  const sql = `SELECT * FROM products WHERE name LIKE '%${name}%'`
  // ruleid: js-sqli-express-request-data, js-sqli-string-built-query
  const { rows } = await pool.query(sql)
  res.json(rows)
})

app.post('/orders', (req, res) => {
  const { status } = req.body
  // ruleid: js-sqli-express-request-data
  sqliteDb.all("SELECT * FROM orders WHERE status = '" + status + "'", (err, rows) => res.json(rows))
})

app.get('/sorted', async (req, res) => {
  // ruleid: js-sqli-express-request-data
  const rows = await knex('items').orderByRaw(req.query.sort)
  res.json(rows)
})

app.get('/report', async (req, res) => {
  // ruleid: js-sqli-express-request-data
  const rows = await db.promise().query({ sql: 'SELECT * FROM audit WHERE actor = "' + req.headers['x-user'] + '"' })
  res.json(rows)
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/users/:id', (req, res) => {
  // ok: js-sqli-express-request-data
  db.query('SELECT * FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows))
})

app.get('/safe/search', async (req, res) => {
  // ok: js-sqli-express-request-data
  const { rows } = await pool.query('SELECT * FROM products WHERE name LIKE $1', [`%${req.query.name}%`])
  res.json(rows)
})

app.get('/safe/page', async (req, res) => {
  const limit = parseInt(req.query.limit, 10)
  // parseInt makes it a number, so the taint rule is satisfied; the audit rule cannot know and still asks for a placeholder.
  // ruleid: js-sqli-string-built-query
  const { rows } = await pool.query('SELECT * FROM products ORDER BY id LIMIT ' + limit)
  res.json(rows)
})

app.get('/safe/report', async (req, res) => {
  // ok: js-sqli-express-request-data
  const [rows] = await db.promise().query({ sql: 'SELECT * FROM audit WHERE actor = ?', values: [req.headers['x-user']] })
  res.json(rows)
})

app.get('/safe/cache', (req, res) => {
  const cache = new Map()
  // ok: js-sqli-express-request-data
  res.json(cache.get(req.query.key))
})

function countByStatus(status) {
  // ruleid: js-sqli-string-built-query
  return db.query("SELECT COUNT(*) FROM orders WHERE status = '" + status + "'")
}

function ordersSince(day) {
  // ruleid: js-sqli-string-built-query
  return pool.query(`DELETE FROM sessions WHERE created < '${day}'`)
}

function countByStatusSafe(status) {
  // ok: js-sqli-string-built-query
  return db.query('SELECT COUNT(*) FROM orders WHERE status = ?', [status])
}

function longQuery() {
  // ok: js-sqli-string-built-query
  return db.query('SELECT id, name, price ' + 'FROM products WHERE visible = 1')
}

function logLine(id) {
  // ok: js-sqli-string-built-query
  return logger.query('fetching product ' + id)
}

module.exports = { app, countByStatus, ordersSince, countByStatusSafe, longQuery, logLine }
