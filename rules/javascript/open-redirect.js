// Test cases for rules/javascript/open-redirect.yaml (semgrep --test).
const express = require('express')

const app = express()
const REDIRECTS = { home: '/', account: '/account', orders: '/orders' }
const ALLOWED_RETURN_PATHS = ['/', '/account', '/checkout']

app.get('/login/callback', (req, res) => {
  // ruleid: js-open-redirect-express
  res.redirect(req.query.returnTo)
})

app.post('/logout', (req, res) => {
  const next = req.body.next || '/'
  // ruleid: js-open-redirect-express
  res.redirect(302, next)
})

app.get('/go', (req, res) => {
  // ruleid: js-open-redirect-express
  res.writeHead(301, { Location: req.get('referer') })
  res.end()
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/go', (req, res) => {
  // ok: js-open-redirect-express
  res.redirect(REDIRECTS[req.query.to] || '/')
})

app.get('/safe/login/callback', (req, res) => {
  const next = req.query.returnTo
  if (!ALLOWED_RETURN_PATHS.includes(next)) return res.redirect('/')
  // ok: js-open-redirect-express
  res.redirect(next)
})

app.get('/safe/orders/:id', (req, res) => {
  // ok: js-open-redirect-express
  res.redirect(`/orders/${encodeURIComponent(req.params.id)}/summary`)
})

module.exports = app
