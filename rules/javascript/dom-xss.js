// Test cases for rules/javascript/dom-xss.yaml (semgrep --test): browser code.
import DOMPurify from 'dompurify'

export function showSearchTerm() {
  const params = new URLSearchParams(window.location.search)
  const q = params.get('q')
  // ruleid: js-xss-dom-innerhtml
  document.getElementById('title').innerHTML = `Results for <b>${q}</b>`
}

export function openTab() {
  const tab = decodeURIComponent(location.hash.slice(1))
  // ruleid: js-xss-dom-innerhtml
  document.querySelector('#tabs').insertAdjacentHTML('beforeend', '<li>' + tab + '</li>')
}

window.addEventListener('message', (event) => {
  // ruleid: js-xss-dom-innerhtml
  document.getElementById('notice').innerHTML = event.data.html
})

export function welcome() {
  // ruleid: js-xss-dom-innerhtml
  $('#greeting').html('Welcome back, ' + document.referrer)
}

// --- safe alternatives -------------------------------------------------------------------------

export function showSearchTermSafely() {
  const q = new URLSearchParams(window.location.search).get('q')
  // ok: js-xss-dom-innerhtml
  document.getElementById('title').textContent = `Results for ${q}`
}

export function renderPreview() {
  const html = new URLSearchParams(location.search).get('preview')
  // ok: js-xss-dom-innerhtml
  document.getElementById('preview').innerHTML = DOMPurify.sanitize(html)
}

export function renderStatic(el) {
  // ok: js-xss-dom-innerhtml
  el.innerHTML = '<p class="empty">No results</p>'
}
