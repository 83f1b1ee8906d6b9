// Test cases for rules/javascript/hardcoded-credentials.yaml (semgrep --test).
// The values are deliberately fake and low-entropy: they only have to look like literals to the rules.
const jwt = require('jsonwebtoken')
const crypto = require('crypto')
const mongoose = require('mongoose')
const mysql = require('mysql2')
const { Sequelize } = require('sequelize')

// ruleid: js-hardcoded-credential
const DB_PASSWORD = 'changeme-not-a-real-password'

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'shop',
  // ruleid: js-hardcoded-credential
  password: 'not-a-real-password',
})

const config = {}
// ruleid: js-hardcoded-credential
config.stripeApiKey = 'fake-api-key-for-tests'

function issueToken(user) {
  // ruleid: js-hardcoded-secret-argument
  return jwt.sign({ sub: user.id }, 'not-a-real-jwt-secret', { expiresIn: '1h' })
}

function signWebhook(body) {
  // ruleid: js-hardcoded-secret-argument
  return crypto.createHmac('sha256', 'not-a-real-hmac-key').update(body).digest('hex')
}

// ruleid: js-hardcoded-secret-argument
mongoose.connect('mongodb://app:not-a-real-password@mongo.internal:27017/shop')

// ruleid: js-hardcoded-secret-argument
const sequelize = new Sequelize('shop', 'app', 'not-a-real-password', { dialect: 'postgres' })

// --- safe alternatives -------------------------------------------------------------------------

// ok: js-hardcoded-credential
const DB_PASSWORD_FROM_ENV = process.env.DB_PASSWORD

const safePool = mysql.createPool({
  host: 'db.internal',
  user: 'shop',
  // ok: js-hardcoded-credential
  password: process.env.DB_PASSWORD,
})

const labels = {
  // ok: js-hardcoded-credential
  passwordLabel: 'Password',
  // ok: js-hardcoded-credential
  bypass: 'cache-only',
  // ok: js-hardcoded-credential
  password: 'Enter your password',
  // ok: js-hardcoded-credential
  apiKey: '',
}

function issueTokenSafely(user) {
  // ok: js-hardcoded-secret-argument
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '1h' })
}

// ok: js-hardcoded-secret-argument
mongoose.connect(process.env.MONGO_URL)

// ok: js-hardcoded-secret-argument
mongoose.connect('mongodb://mongo.internal:27017/shop')

module.exports = { pool, safePool, config, labels, issueToken, signWebhook, issueTokenSafely, sequelize }
