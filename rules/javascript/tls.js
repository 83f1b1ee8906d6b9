// Test cases for rules/javascript/tls.yaml (semgrep --test).
const https = require('https')
const fs = require('fs')
const axios = require('axios')
const { Pool } = require('pg')
const { spawn } = require('child_process')

// ruleid: js-tls-reject-unauthorized-false
const insecureAgent = new https.Agent({ rejectUnauthorized: false })

const client = axios.create({
  baseURL: 'https://inventory.internal',
  httpsAgent: new https.Agent({
    keepAlive: true,
    // ruleid: js-tls-reject-unauthorized-false
    rejectUnauthorized: false,
  }),
})

// ruleid: js-tls-reject-unauthorized-false
const pool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { rejectUnauthorized: false } })

// ruleid: js-tls-node-env-reject-unauthorized
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'

// ruleid: js-tls-node-env-reject-unauthorized
spawn('node', ['sync.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } })

// --- safe alternatives -------------------------------------------------------------------------

// ok: js-tls-reject-unauthorized-false
const privateCaAgent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/internal-ca.pem'), rejectUnauthorized: true })

// ok: js-tls-reject-unauthorized-false
const safePool = new Pool({ connectionString: process.env.DATABASE_URL, ssl: { ca: fs.readFileSync('rds-ca.pem').toString() } })

// ok: js-tls-node-env-reject-unauthorized
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1'

// ok: js-tls-node-env-reject-unauthorized
spawn('node', ['sync.js'], { env: { ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/internal-ca.pem' } })

module.exports = { insecureAgent, client, pool, privateCaAgent, safePool }
