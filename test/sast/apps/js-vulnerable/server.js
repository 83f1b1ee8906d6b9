// A small Express app with one planted problem of each class the SAST stage must find (see the PLANTED comments).
const express = require('express')
const { exec } = require('child_process')
const fs = require('fs')
const path = require('path')
const crypto = require('crypto')
const https = require('https')
const axios = require('axios')
const mysql = require('mysql')
const serialize = require('node-serialize')

const app = express()
app.use(express.json())

// PLANTED hard-coded-credential
const db = mysql.createConnection({ host: 'db', user: 'shop', password: 'changeme-not-a-real-password' })

app.get('/users', (req, res) => {
  // PLANTED sql-injection
  db.query('SELECT * FROM users WHERE id = ' + req.query.id, (err, rows) => res.json(rows))
})

app.get('/ping', (req, res) => {
  // PLANTED command-injection
  exec('ping -c 1 ' + req.query.host, (err, out) => res.type('text').send(out))
})

app.get('/calc', (req, res) => {
  // PLANTED code-injection
  res.json({ result: eval(req.query.expr) })
})

app.get('/files', (req, res) => {
  // PLANTED path-traversal
  res.send(fs.readFileSync(path.join('/srv/files', req.query.name)))
})

app.get('/preview', async (req, res) => {
  // PLANTED ssrf
  const page = await axios.get(req.query.url)
  res.json({ length: page.data.length })
})

app.get('/hello', (req, res) => {
  // PLANTED xss
  res.send('<h1>Hello ' + req.query.name + '</h1>')
})

app.post('/session', (req, res) => {
  // PLANTED insecure-deserialization
  const session = serialize.unserialize(req.body.session)
  res.json({ user: session.user })
})

function hashPassword(password) {
  // PLANTED weak-password-hash
  return crypto.createHash('md5').update(password).digest('hex')
}

// PLANTED tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false })

app.get('/login/done', (req, res) => {
  // PLANTED open-redirect
  res.redirect(req.query.next)
})

module.exports = { app, hashPassword, agent }
