// Test cases for rules/javascript/command-injection.yaml (semgrep --test).
const express = require('express')
const { exec, execFile, spawn } = require('child_process')
const cp = require('node:child_process')

const app = express()

app.get('/ping', (req, res) => {
  // ruleid: js-command-injection-child-process
  exec('ping -c 1 ' + req.query.host, (err, stdout) => res.type('text/plain').send(stdout))
})

app.post('/thumbnail', (req, res) => {
  const { file, size } = req.body
  // ruleid: js-command-injection-child-process
  const out = cp.execSync(`convert uploads/${file} -resize ${size} thumbs/${file}`)
  res.send(out.length)
})

app.get('/run', (req, res) => {
  // ruleid: js-command-injection-child-process
  const child = spawn(req.query.tool, ['--version'])
  child.stdout.pipe(res)
})

app.get('/grep', (req, res) => {
  // ruleid: js-command-injection-child-process
  const child = spawn('grep', ['-r', req.query.pattern, 'logs/'], { shell: true })
  child.stdout.pipe(res)
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/ping', (req, res) => {
  // ok: js-command-injection-child-process
  execFile('ping', ['-c', '1', req.query.host], (err, stdout) => res.type('text/plain').send(stdout))
})

app.get('/safe/grep', (req, res) => {
  // ok: js-command-injection-child-process
  const child = spawn('grep', ['-r', '--', req.query.pattern, 'logs/'])
  child.stdout.pipe(res)
})

app.get('/safe/status', (req, res) => {
  // Request data in the callback is not part of the command.
  // ok: js-command-injection-child-process
  exec('git status --porcelain', (err, stdout) => res.type('text/plain').send(stdout + req.query.suffix))
})

app.get('/safe/tail', (req, res) => {
  const lines = parseInt(req.query.lines, 10)
  // ok: js-command-injection-child-process
  exec(`tail -n ${lines} logs/app.log`, (err, stdout) => res.type('text/plain').send(stdout))
})

module.exports = app
