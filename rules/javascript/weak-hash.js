// Test cases for rules/javascript/weak-hash.yaml (semgrep --test).
const crypto = require('crypto')
const bcrypt = require('bcrypt')

async function register(db, req) {
  // ruleid: js-weak-password-hash
  const hash = crypto.createHash('md5').update(req.body.password).digest('hex')
  await db.query('INSERT INTO users (email, password_hash) VALUES (?, ?)', [req.body.email, hash])
}

function checkPassword(user, pwd) {
  const h = crypto.createHash('sha1')
  // ruleid: js-weak-password-hash
  h.update(pwd + user.salt)
  return h.digest('hex') === user.passwordHash
}

// --- safe alternatives -------------------------------------------------------------------------

async function registerSafely(db, req) {
  // ok: js-weak-password-hash
  const hash = await bcrypt.hash(req.body.password, 12)
  await db.query('INSERT INTO users (email, password_hash) VALUES (?, ?)', [req.body.email, hash])
}

function etag(body) {
  // ok: js-weak-password-hash
  return crypto.createHash('md5').update(body).digest('hex')
}

function hashPasswordScrypt(password) {
  const salt = crypto.randomBytes(16)
  // ok: js-weak-password-hash
  return salt.toString('hex') + ':' + crypto.scryptSync(password, salt, 64).toString('hex')
}

module.exports = { register, checkPassword, registerSafely, etag, hashPasswordScrypt }
