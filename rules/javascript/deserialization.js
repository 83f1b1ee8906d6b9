// Test cases for rules/javascript/deserialization.yaml (semgrep --test).
const express = require('express')
const cookieParser = require('cookie-parser')
const serialize = require('node-serialize')

const app = express()
app.use(cookieParser())

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString()
  // ruleid: js-deserialize-node-serialize
  const profile = serialize.unserialize(raw)
  res.render('profile', { profile })
})

function loadSession(text) {
  // ruleid: js-deserialize-node-serialize
  return require('node-serialize').unserialize(text)
}

// --- safe alternatives -------------------------------------------------------------------------

app.get('/safe/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString()
  // ok: js-deserialize-node-serialize
  const profile = JSON.parse(raw)
  res.render('profile', { profile: { name: String(profile.name), theme: String(profile.theme) } })
})

function saveSession(session) {
  // ok: js-deserialize-node-serialize
  return serialize.serialize({ id: session.id, user: session.user })
}

module.exports = { app, loadSession, saveSession }
