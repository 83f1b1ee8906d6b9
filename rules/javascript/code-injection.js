// Test cases for rules/javascript/code-injection.yaml (semgrep --test).
const express = require('express')
const vm = require('vm')

const app = express()
app.use(express.json())

app.post('/calc', (req, res) => {
  // ruleid: js-code-injection-eval
  const result = eval(req.body.expression)
  res.json({ result })
})

app.get('/filter', (req, res) => {
  const body = 'return item.' + req.query.field + ' > 10'
  // ruleid: js-code-injection-eval
  const predicate = new Function('item', body)
  res.json(items.filter(predicate))
})

app.post('/template', (req, res) => {
  // ruleid: js-code-injection-eval
  const out = vm.runInNewContext('`' + req.body.template + '`', { user: req.user })
  res.send(out)
})

app.get('/later', (req, res) => {
  // ruleid: js-code-injection-eval
  setTimeout(req.query.callback, 100)
  res.sendStatus(202)
})

// --- safe alternatives -------------------------------------------------------------------------

const OPERATIONS = { sum: (a, b) => a + b, max: (a, b) => Math.max(a, b) }

app.post('/safe/calc', (req, res) => {
  const op = OPERATIONS[req.body.op]
  if (!op) return res.status(400).json({ error: 'unknown operation' })
  // ok: js-code-injection-eval
  res.json({ result: op(Number(req.body.a), Number(req.body.b)) })
})

app.post('/safe/config', (req, res) => {
  // ok: js-code-injection-eval
  const settings = JSON.parse(req.body.settings)
  res.json(settings)
})

app.get('/safe/later', (req, res) => {
  // ok: js-code-injection-eval
  setTimeout(() => refreshCache(req.query.key), 100)
  res.sendStatus(202)
})

module.exports = app
