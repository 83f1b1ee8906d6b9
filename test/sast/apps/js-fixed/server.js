// The same Express app with every problem fixed the way the rules' messages recommend.
const express = require('express')
const { execFile } = require('child_process')
const fs = require('fs')
const path = require('path')
const crypto = require('crypto')
const https = require('https')
const axios = require('axios')
const mysql = require('mysql')

const app = express()
app.use(express.json())

const db = mysql.createConnection({ host: 'db', user: 'shop', password: process.env.DB_PASSWORD })

app.get('/users', (req, res) => {
  db.query('SELECT * FROM users WHERE id = ?', [req.query.id], (err, rows) => res.json(rows))
})

app.get('/ping', (req, res) => {
  const host = String(req.query.host)
  if (!/^[a-z0-9.-]+$/i.test(host)) return res.status(400).end()
  execFile('ping', ['-c', '1', host], (err, out) => res.type('text').send(out))
})

app.get('/calc', (req, res) => {
  const [a, b] = String(req.query.expr).split('+').map(Number)
  res.json({ result: a + b })
})

const FILES = '/srv/files'
app.get('/files', (req, res) => {
  const file = path.resolve(FILES, path.basename(String(req.query.name)))
  if (!file.startsWith(FILES + path.sep)) return res.status(400).end()
  res.sendFile(file)
})

app.get('/preview', async (req, res) => {
  // Only a fixed, known address is fetched; the request chooses nothing about it.
  const page = await axios.get('https://example.com/preview')
  res.json({ length: page.data.length })
})

app.get('/hello', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` })
})

app.post('/session', (req, res) => {
  const session = JSON.parse(req.body.session)
  res.json({ user: session.user })
})

function hashPassword(password) {
  const salt = crypto.randomBytes(16)
  return crypto.scryptSync(password, salt, 64).toString('hex')
}

const agent = new https.Agent({ keepAlive: true })

app.get('/login/done', (req, res) => {
  res.redirect('/account')
})

module.exports = { app, hashPassword, agent }
