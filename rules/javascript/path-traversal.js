// Test cases for rules/javascript/path-traversal.yaml (semgrep --test).
const express = require('express')
const fs = require('fs')
const path = require('path')
const { readFile } = require('node:fs/promises')

const app = express()
const UPLOADS = path.join(__dirname, 'uploads')

app.get('/files/:name', (req, res) => {
  // ruleid: js-path-traversal-fs
  fs.createReadStream(path.join(UPLOADS, req.params.name)).pipe(res)
})

app.get('/report', async (req, res) => {
  const file = `${UPLOADS}/${req.query.file}`
  // ruleid: js-path-traversal-fs
  const text = await readFile(file, 'utf8')
  res.type('text/plain').send(text)
})

app.get('/download', (req, res) => {
  // ruleid: js-path-traversal-fs
  res.download(path.resolve(UPLOADS, req.query.path))
})

app.delete('/files/:name', (req, res) => {
  // ruleid: js-path-traversal-fs
  fs.unlinkSync(UPLOADS + '/' + req.params.name)
  res.sendStatus(204)
})

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/files/:name', (req, res) => {
  // ok: js-path-traversal-fs
  res.sendFile(req.params.name, { root: UPLOADS })
})

app.get('/safe/report', async (req, res) => {
  const file = path.join(UPLOADS, path.basename(req.query.file))
  // ok: js-path-traversal-fs
  const text = await readFile(file, 'utf8')
  res.type('text/plain').send(text)
})

app.get('/safe/download', (req, res) => {
  const full = path.resolve(UPLOADS, req.query.path)
  if (!full.startsWith(UPLOADS + path.sep)) return res.sendStatus(403)
  // ok: js-path-traversal-fs
  res.download(full)
})

module.exports = app
