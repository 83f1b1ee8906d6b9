// Test cases for rules/javascript/xss.yaml (semgrep --test).
const express = require('express')
const escapeHtml = require('escape-html')

const app = express()

app.get('/search', (req, res) => {
  // ruleid: js-xss-express-response
  res.send(`<h1>Results for ${req.query.q}</h1>`)
})

app.get('/hello/:name', (req, res) => {
  const name = req.params.name
  // ruleid: js-xss-express-response
  res.status(200).send('<p>Hello ' + name + '</p>')
})

app.get('/echo', (req, res) => {
  res.write('<html><body>')
  // ruleid: js-xss-express-response
  res.write(req.get('User-Agent'))
  res.end('</body></html>')
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/search', (req, res) => {
  // ok: js-xss-express-response
  res.send(`<h1>Results for ${escapeHtml(req.query.q)}</h1>`)
})

app.get('/safe/page', (req, res) => {
  // ok: js-xss-express-response
  res.render('search', { q: req.query.q })
})

app.get('/safe/api', (req, res) => {
  // ok: js-xss-express-response
  res.send({ query: req.query.q, results: [] })
})

app.get('/safe/plain', (req, res) => {
  res.type('text/plain')
  // ok: js-xss-express-response
  res.send(`You searched for ${req.query.q}`)
})

module.exports = app
