/**
 * What we say about a gitleaks rule: a readable title, our severity, tags and what to do. gitleaks has hundreds of
 * rules and adds more every release, so severities follow the kind of secret, not a list of ids:
 * private keys and cloud credentials are critical, other tokens high, generic high-entropy matches medium.
 */
import type { Rule, Severity } from '../sarif/model.js'

/** Kinds of secret that unlock infrastructure outright. Matched against rule ids, names and tags. */
const CRITICAL = [
  /private[-_ ]?key/i,
  /\bpkcs/i,
  /\b(aws|amazon)\b|^aws-|-aws-/i,
  /\bgcp\b|^gcp-|google[-_ ]?cloud|service[-_ ]?account/i,
  /azure/i,
  /alibaba|aliyun/i,
  /digital[-_ ]?ocean|digitalocean/i,
  /\b(ibm|oci|oracle)[-_ ]?cloud|^oci-|^ibm-/i,
  /tencent|huawei|linode|scaleway|vultr|hetzner/i,
  /heroku|cloudflare/i
]
/** Matches that rest on entropy or a keyword alone, with no provider-specific shape. */
const GENERIC = [/generic/i, /high[-_ ]?entropy/i, /^password$|generic[-_ ]password/i]

const WORDS: Record<string, string> = {
  aws: 'AWS', gcp: 'GCP', api: 'API', jwt: 'JWT', ssh: 'SSH', pypi: 'PyPI', npm: 'npm', github: 'GitHub',
  gitlab: 'GitLab', rsa: 'RSA', pgp: 'PGP', pat: 'PAT', oauth: 'OAuth', id: 'ID', url: 'URL', sdk: 'SDK',
  pkcs12: 'PKCS#12', dsa: 'DSA', ec: 'EC', ibm: 'IBM', oci: 'OCI', gcm: 'GCM', ssl: 'SSL', tls: 'TLS'
}

/** "aws-access-token" -> "AWS access token". */
export function humanize(ruleId: string): string {
  const words = ruleId.split(/[-_\s]+/).filter(Boolean)
  return words
    .map((w, i) => (Object.hasOwn(WORDS, w.toLowerCase()) ? WORDS[w.toLowerCase()] : i === 0 ? w[0].toUpperCase() + w.slice(1) : w.toLowerCase()))
    .join(' ')
}

/** Our severity for a kind of secret. */
export function secretSeverity(ruleId: string, name = '', tags: string[] = []): Severity {
  const text = [ruleId, name, ...tags].join(' ')
  if (GENERIC.some(re => re.test(ruleId) || re.test(name))) return 'medium'
  if (CRITICAL.some(re => re.test(text))) return 'critical'
  return 'high'
}

/** A complete rule description for a gitleaks rule id. */
export function secretRule(ruleId: string, name?: string, description?: string, tags: string[] = []): Rule {
  const title = name?.trim() || humanize(ruleId)
  const severity = secretSeverity(ruleId, name, tags)
  const what = description?.trim() || `A credential of the kind "${title}" in the code or its history.`
  const helpText = [
    `${what}`,
    '',
    'A secret in a repository must be treated as compromised, even after the commit is removed: anyone with read ' +
      'access, a fork or a clone made before the fix still has it.',
    '1. Revoke or rotate the credential at its issuer first.',
    '2. Remove it from the code and load it at run time from a secret store or an environment variable.',
    '3. If the repository is shared, rewrite the history that holds it (git filter-repo) and ask collaborators to re-clone.',
    'False positive? Add the finding to .gitleaksignore, or an allowlist to .gitleaks.toml, with a comment saying why.'
  ].join('\n')
  const helpMarkdown = [
    `**${title}** (\`${ruleId}\`): ${what}`,
    '',
    'A secret in a repository must be treated as compromised, even after the commit is removed: anyone with read ' +
      'access, a fork or a clone made before the fix still has it.',
    '',
    '1. **Revoke or rotate** the credential at its issuer first.',
    '2. **Remove** it from the code and load it at run time from a secret store or an environment variable.',
    '3. If the repository is shared, **rewrite the history** that holds it (`git filter-repo`) and ask collaborators to re-clone.',
    '',
    'False positive? Add the finding to `.gitleaksignore`, or an allowlist to `.gitleaks.toml`, with a comment saying why.'
  ].join('\n')
  return {
    id: ruleId,
    title,
    description: what,
    helpText,
    helpMarkdown,
    helpUri: 'https://github.com/gitleaks/gitleaks#readme',
    tags: ['secret', 'external/cwe/cwe-798', ...tags.map(t => t.toLowerCase())],
    severity,
    confidence: severity === 'medium' ? 'low' : 'high'
  }
}
