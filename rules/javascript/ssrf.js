// Test cases for rules/javascript/ssrf.yaml (semgrep --test).
const express = require('express')
const axios = require('axios')

const app = express()
const PARTNER_APIS = { billing: 'https://billing.internal.example/api', crm: 'https://crm.internal.example/api' }
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com'])

app.get('/preview', async (req, res) => {
  // ruleid: js-ssrf-request-url
  const page = await fetch(req.query.url)
  res.type('text/plain').send(await page.text())
})

app.post('/webhooks/test', async (req, res) => {
  const { callbackUrl } = req.body
  // ruleid: js-ssrf-request-url
  await axios.post(callbackUrl, { ping: true })
  res.sendStatus(204)
})

app.get('/proxy', async (req, res) => {
  // ruleid: js-ssrf-request-url
  const upstream = await axios({ method: 'get', url: `http://${req.headers['x-backend']}/status` })
  res.json(upstream.data)
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/users/:id', async (req, res) => {
  // ok: js-ssrf-request-url
  const r = await fetch(`https://api.example.com/users/${encodeURIComponent(req.params.id)}`)
  res.json(await r.json())
})

app.get('/safe/partner', async (req, res) => {
  const base = PARTNER_APIS[req.query.partner]
  if (!base) return res.sendStatus(400)
  // ok: js-ssrf-request-url
  const r = await axios.get(base + '/health')
  res.json(r.data)
})

app.get('/safe/image', async (req, res) => {
  const target = req.query.src
  if (!ALLOWED_HOSTS.has(new URL(target).hostname)) return res.sendStatus(400)
  // ok: js-ssrf-request-url
  const r = await fetch(target)
  res.type(r.headers.get('content-type')).send(Buffer.from(await r.arrayBuffer()))
})

module.exports = app
