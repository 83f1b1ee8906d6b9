#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 751:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4091);

// A closed pipe (devsecops ... | head) or a full disk is not a crash worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
        process.exit(err.code === 'EPIPE' ? process.exitCode ?? 0 : 2);
    });
}
process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: USAGE

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./shared/errors.ts
/**
 * An error the user can fix: a bad input, a missing file, a wrong config value. Its message names what is wrong
 * and what is allowed. Anything that is not a ConfigurationError is a bug or an environment failure.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** The scanner could not run, crashed, or wrote a report we cannot read. Never a pass. */
class ScannerError extends Error {
    details;
    name = 'ScannerError';
    constructor(message, details = []) {
        super(message);
        this.details = details;
    }
}
/** Turns anything thrown (including strings and plain objects) into a message. */
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err);
    }
    catch {
        return String(err);
    }
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./shared/git/git.ts
/** Thin, typed calls to the git binary (argument arrays, never a shell string). */



const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** Thrown when git itself fails; carries git's own message. */
class GitError extends Error {
    name = 'GitError';
}
/** Runs git in `cwd` and returns its standard output. */
async function git(cwd, args) {
    try {
        const { stdout } = await run('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
        return stdout;
    }
    catch (err) {
        const e = err;
        if (e.code === 'ENOENT') {
            throw new GitError((0,external_node_fs_namespaceObject.existsSync)(cwd) ? 'git is not installed or not on PATH.' : `The folder '${cwd}' does not exist.`);
        }
        const detail = (e.stderr ?? '').trim().split('\n').slice(-3).join(' ') || e.message;
        throw new GitError(`git ${args.join(' ')} failed: ${detail}`);
    }
}
/** Like git(), but returns undefined instead of throwing. */
async function tryGit(cwd, args) {
    try {
        return await git(cwd, args);
    }
    catch {
        return undefined;
    }
}
async function isGitRepository(cwd) {
    return (await tryGit(cwd, ['rev-parse', '--git-dir'])) !== undefined;
}
async function isShallow(cwd) {
    return (await tryGit(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}
/** True when `rev` names a commit present in the local object store. */
async function hasCommit(cwd, rev) {
    return (await tryGit(cwd, ['cat-file', '-e', `${rev}^{commit}`])) !== undefined;
}
/** The full SHA of a revision. */
async function resolveRev(cwd, rev) {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).trim();
}
const ZERO_SHA = /^0{40}$/;

;// CONCATENATED MODULE: ./shared/log.ts
/** A logger that writes to stderr, masking registered values; used by the CLI and as a default in tests. */
function consoleLogger(options = {}) {
    const secrets = new Set();
    const write = options.write ?? ((line) => process.stderr.write(`${line}\n`));
    const scrub = (text) => {
        let out = text;
        for (const s of secrets)
            out = out.split(s).join('***');
        return out;
    };
    return {
        debug: m => {
            if (options.verbose)
                write(scrub(`debug: ${m}`));
        },
        info: m => write(scrub(m)),
        warning: m => write(scrub(`warning: ${m}`)),
        error: m => write(scrub(`error: ${m}`)),
        async group(name, fn) {
            const started = Date.now();
            write(scrub(`▸ ${name}`));
            try {
                return await fn();
            }
            finally {
                write(scrub(`  ${name}: ${formatDuration(Date.now() - started)}`));
            }
        },
        mask: v => {
            if (v && v.length >= 4)
                secrets.add(v);
        }
    };
}
/** A logger that drops everything (for tests that do not look at the log). */
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, fn) => fn(),
    mask: () => undefined
};
/** "850 ms", "4.2 s", "3 min 05 s". */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const min = Math.floor(ms / 60_000);
    const s = Math.round((ms % 60_000) / 1000);
    return `${min} min ${String(s).padStart(2, '0')} s`;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./shared/git/scope.ts
/**
 * Decides what a scan covers, from the event that triggered the run or an explicit scope, and makes sure a shallow
 * checkout holds every commit of it. A pull request covers every commit between its base and head (computed with
 * git, all of them: no API pagination); a push covers before..after, or for a new branch its commits that are not on
 * the default branch; a schedule or manual run covers the full history.
 */




const SCOPES = ['auto', 'range', 'full-history', 'working-tree', 'staged'];
/** Parses the `scope` input; a wrong value names the allowed ones. */
function parseScope(value, inputName = 'scope') {
    const v = (value || 'auto').trim().toLowerCase();
    if (SCOPES.includes(v))
        return v;
    throw new ConfigurationError(`Input '${inputName}' is '${value}'; allowed values: ${SCOPES.join(', ')}.`);
}
/** Resolves the scope and fetches whatever a shallow checkout lacks for it. */
async function resolveScope(cwd, req, logger) {
    const ev = req.event;
    switch (req.scope) {
        case 'full-history':
            await unshallow(cwd, logger);
            return { kind: 'full-history', reason: 'as requested' };
        case 'working-tree':
            return { kind: 'working-tree', reason: 'as requested' };
        case 'staged':
            return { kind: 'staged', reason: 'as requested' };
        case 'range': {
            if (req.base)
                return range(cwd, req.base, req.head ?? 'HEAD', `${req.base}..${req.head ?? 'HEAD'} as requested`, logger);
            const fromEvent = ev ? eventRange(ev) : undefined;
            if (!fromEvent)
                throw new ConfigurationError("Scope 'range' needs a base: set the 'base' input (--base REF), or run on a pull_request or push event.");
            return fromEventRange(cwd, fromEvent, logger);
        }
        case 'auto': {
            if (req.base)
                return range(cwd, req.base, req.head ?? 'HEAD', `base ${req.base} given`, logger);
            const fromEvent = ev ? eventRange(ev) : undefined;
            if (fromEvent)
                return fromEventRange(cwd, fromEvent, logger);
            await unshallow(cwd, logger);
            return { kind: 'full-history', reason: ev ? `on ${ev.name} events` : 'with no event or base given' };
        }
    }
}
/** The commit range an event implies, if any. */
function eventRange(ev) {
    const p = ev.payload ?? {};
    if ((ev.name === 'pull_request' || ev.name === 'pull_request_target') && p.pull_request) {
        return { base: p.pull_request.base?.sha, head: p.pull_request.head?.sha, reason: `pull request #${p.pull_request.number ?? p.number ?? '?'}` };
    }
    if (ev.name === 'merge_group' && p.merge_group) {
        return { base: p.merge_group.base_sha, head: p.merge_group.head_sha, reason: 'merge group' };
    }
    if (ev.name === 'push' && typeof p.after === 'string' && !ZERO_SHA.test(p.after)) {
        const defaultBranch = p.repository?.default_branch ?? 'main';
        if (!p.before || ZERO_SHA.test(p.before)) {
            return { head: p.after, newBranchOf: defaultBranch, reason: `push of new ref ${p.ref ?? ''}`.trim() };
        }
        return { base: p.before, head: p.after, newBranchOf: defaultBranch, reason: `push to ${p.ref ?? 'a branch'}` };
    }
    return undefined;
}
async function fromEventRange(cwd, r, logger) {
    if (r.base) {
        try {
            return await range(cwd, r.base, r.head, r.reason, logger);
        }
        catch (err) {
            // A force-push can leave `before` unreachable; fall back to the commits not on the default branch.
            if (!r.newBranchOf)
                throw err;
            logger.warning(`The push's previous commit ${r.base.slice(0, 7)} cannot be fetched (force-push?): scanning the commits not on ${r.newBranchOf} instead.`);
        }
    }
    return newBranch(cwd, r.head, r.newBranchOf ?? 'main', r.reason, logger);
}
async function range(cwd, base, head, reason, logger) {
    for (const rev of [base, head]) {
        // A revision is handed to git fetch and git log: one that starts with '-' would be read as an option.
        if (rev.startsWith('-') || /\s/.test(rev))
            throw new ConfigurationError(`'${rev}' is not a revision (a branch, tag or commit).`);
    }
    await ensureCommit(cwd, head, logger);
    await ensureCommit(cwd, base, logger);
    const baseSha = await resolveRev(cwd, base);
    const headSha = await resolveRev(cwd, head);
    await ensureMergeBase(cwd, baseSha, headSha, logger);
    return { kind: 'range', base: baseSha, head: headSha, revs: [`${baseSha}..${headSha}`], reason };
}
async function newBranch(cwd, head, defaultBranch, reason, logger) {
    await ensureCommit(cwd, head, logger);
    await unshallow(cwd, logger);
    const remoteRef = `refs/remotes/origin/${defaultBranch}`;
    if (!(await hasCommit(cwd, remoteRef))) {
        await tryGit(cwd, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${defaultBranch}:${remoteRef}`]);
    }
    const headSha = await resolveRev(cwd, head);
    const exclude = (await hasCommit(cwd, remoteRef)) ? remoteRef : (await hasCommit(cwd, defaultBranch)) ? defaultBranch : undefined;
    if (!exclude) {
        logger.warning(`The default branch '${defaultBranch}' is not available: scanning the whole history of ${headSha.slice(0, 7)}.`);
        return { kind: 'range', base: '', head: headSha, revs: [headSha], reason: `${reason} (no default branch to compare with)` };
    }
    const baseSha = await resolveRev(cwd, exclude);
    // A first push of the default branch itself (or a force-push to it) has nothing to compare with: its whole history.
    if ((await tryGit(cwd, ['merge-base', '--is-ancestor', headSha, baseSha])) !== undefined) {
        return { kind: 'range', base: '', head: headSha, revs: [headSha], reason: `${reason}: the whole history of ${defaultBranch}` };
    }
    return { kind: 'range', base: baseSha, head: headSha, revs: [headSha, '--not', baseSha], reason: `${reason}: commits not on ${defaultBranch}` };
}
/** Fetches a commit a shallow or partial checkout lacks; fails with a clear message if it cannot be had. */
async function ensureCommit(cwd, rev, logger) {
    if (await hasCommit(cwd, rev))
        return;
    const hasOrigin = (await tryGit(cwd, ['remote', 'get-url', 'origin'])) !== undefined;
    if (hasOrigin) {
        logger.info(`Fetching ${rev} (not in the checkout)…`);
        await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', rev]);
    }
    if (!(await hasCommit(cwd, rev))) {
        throw new ConfigurationError(`The revision '${rev}' is not in the repository${hasOrigin ? ' and could not be fetched from origin' : ''}: give a branch, tag or commit that exists.`);
    }
}
/** Deepens a shallow checkout until base and head share history, so base..head lists every commit of the range. */
async function ensureMergeBase(cwd, base, head, logger) {
    const complete = async () => (await tryGit(cwd, ['merge-base', base, head])) !== undefined && !(await rangeTouchesShallow(cwd, base, head));
    let depth = 64;
    for (let i = 0; i < 5 && (await isShallow(cwd)); i++) {
        if (await complete())
            return;
        logger.info(`Deepening the shallow checkout by ${depth} commits to reach the merge base…`);
        await tryGit(cwd, ['fetch', '--no-tags', '--quiet', `--deepen=${depth}`, 'origin', head]);
        depth *= 4;
    }
    if ((await isShallow(cwd)) && !(await complete()))
        await unshallow(cwd, logger);
}
/** True when a shallow boundary commit lies inside base..head (so part of the range's history is missing). */
async function rangeTouchesShallow(cwd, base, head) {
    const shallowFile = (await tryGit(cwd, ['rev-parse', '--git-path', 'shallow']))?.trim();
    if (!shallowFile)
        return false;
    const shallow = await (0,promises_namespaceObject.readFile)((0,external_node_path_namespaceObject.resolve)(cwd, shallowFile), 'utf8').catch(() => '');
    const cut = new Set(shallow.split('\n').filter(Boolean));
    if (cut.size === 0)
        return false;
    const inRange = (await git(cwd, ['rev-list', `${base}..${head}`])).split('\n').filter(Boolean);
    return inRange.some(sha => cut.has(sha));
}
/** The history a scope needs is not in the checkout and cannot be fetched: the scan cannot be complete. */
class IncompleteHistoryError extends Error {
    name = 'IncompleteHistoryError';
}
/** Fetches the whole history when the checkout is shallow. */
async function unshallow(cwd, logger) {
    if (!(await isShallow(cwd)))
        return;
    logger.info('Fetching the full history (the checkout is shallow)…');
    if ((await tryGit(cwd, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin'])) === undefined) {
        // Scanning what happens to be there and calling it the full history would be a silent partial pass.
        throw new IncompleteHistoryError('The checkout is shallow and the rest of its history could not be fetched from origin, so the commits this scan covers are not all here. Fetch them (git fetch --unshallow), or scan the working tree instead.');
    }
}
/** How many commits a scope covers (undefined for working-tree and staged scans). */
async function countCommits(cwd, scope, subdir = '') {
    const only = subdir ? ['--', subdir] : [];
    if (scope.kind === 'range')
        return Number((await git(cwd, ['rev-list', '--count', ...scope.revs, ...only])).trim());
    if (scope.kind === 'full-history')
        return Number((await tryGit(cwd, ['rev-list', '--count', '--all', ...only]))?.trim() ?? '0');
    return undefined;
}
/** The `git log` options that select the scope's commits (for scanners that read history). */
function logOptions(scope) {
    // --text: a committed .gitattributes (`*.env -diff`) must not turn a file into "Binary files differ" and hide it.
    // --diff-merges=remerge: what a merge commit itself introduced (an "evil merge") is scanned, without repeating
    // what its parents already brought.
    const always = '--text --diff-merges=remerge';
    if (scope.kind === 'range')
        return `${always} ${scope.revs.join(' ')}`;
    if (scope.kind === 'full-history')
        return `${always} --all`;
    return undefined;
}
/** How many distinct files a scope touches (changed in its commits, staged, or present in the tree). */
async function countFiles(cwd, scope, subdir = '') {
    const only = subdir ? ['--', subdir] : [];
    const lines = (s) => s === undefined ? undefined : new Set(s.split('\n').filter(Boolean)).size;
    switch (scope.kind) {
        case 'range':
            return lines(await tryGit(cwd, ['log', '--format=', '--name-only', ...scope.revs, ...only]));
        case 'full-history':
            return lines(await tryGit(cwd, ['log', '--all', '--format=', '--name-only', ...only]));
        case 'staged':
            return lines(await tryGit(cwd, ['diff', '--cached', '--name-only', ...only]));
        case 'working-tree':
            return lines(await tryGit(cwd, ['ls-files', '--cached', '--others', '--exclude-standard', ...only]));
    }
}
/** A one-line description of a scope for logs and summaries. */
function describeScope(scope) {
    switch (scope.kind) {
        case 'range':
            return scope.base
                ? `commits ${scope.revs[0].includes('..') ? '' : 'of '}${scope.base.slice(0, 7)}..${scope.head.slice(0, 7)}${scope.revs.includes('--not') ? ' (not on the default branch)' : ''}`
                : `all commits of ${scope.head.slice(0, 7)}`;
        case 'full-history':
            return 'full history (all refs)';
        case 'working-tree':
            return 'working tree';
        case 'staged':
            return 'staged changes';
    }
}

;// CONCATENATED MODULE: ./shared/tools/process.ts
/**
 * Runs a program with an argument array (never a shell string) and collects its output. The installer uses this
 * rather than @actions/exec so that nothing is echoed to the job log unless the logger is asked to.
 */




// Long builds print a lot; only the tail matters for an error message.
const KEEP = 256 * 1024;
/**
 * Runs `command args...` and resolves with its exit code and output, whatever the code. Rejects only when the
 * program could not be started at all (e.g. ENOENT).
 */
function runProcess(command, args, options = {}) {
    const started = Date.now();
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsHide: true
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        let partial = '';
        const feed = (text) => {
            if (!options.onLine)
                return;
            const lines = (partial + text).split(/\r?\n/);
            partial = lines.pop() ?? '';
            for (const line of lines)
                if (line.trim())
                    options.onLine(line);
        };
        child.stdout.setEncoding('utf8').on('data', (d) => {
            stdout = (stdout + d).slice(-KEEP);
            feed(d);
        });
        child.stderr.setEncoding('utf8').on('data', (d) => {
            stderr = (stderr + d).slice(-KEEP);
            feed(d);
        });
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                child.kill('SIGKILL');
            }, options.timeoutMs);
        child.on('error', err => {
            if (timer)
                clearTimeout(timer);
            reject(err);
        });
        child.on('close', code => {
            if (timer)
                clearTimeout(timer);
            if (partial.trim() && options.onLine)
                options.onLine(partial);
            resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - started, timedOut });
        });
    });
}
/** The last few lines of a process's output, for an error message. */
function outputTail(result, lines = 5) {
    const all = `${result.stdout}\n${result.stderr}`.split(/\r?\n/).filter(l => l.trim());
    return all.slice(-lines).join(' | ');
}
/**
 * Looks `name` up on the PATH of `env` (not necessarily this process's), like `which`. On Windows PATHEXT
 * extensions are tried too. Returns the first executable found, or undefined.
 */
async function findExecutable(name, env = process.env) {
    const pathValue = env['PATH'] ?? env['Path'] ?? '';
    const extensions = process.platform === 'win32' ? ['', ...(env['PATHEXT'] ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)] : [''];
    for (const dir of pathValue.split(external_node_path_namespaceObject.delimiter)) {
        if (!dir)
            continue;
        for (const ext of extensions) {
            const candidate = (0,external_node_path_namespaceObject.join)(dir, name + ext);
            try {
                if (!(await (0,promises_namespaceObject.stat)(candidate)).isFile())
                    continue;
                await (0,promises_namespaceObject.access)(candidate, process.platform === 'win32' ? external_node_fs_namespaceObject.constants.F_OK : external_node_fs_namespaceObject.constants.X_OK);
                return candidate;
            }
            catch {
                // not here; keep looking
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./shared/sarif/model.ts
/**
 * The finding model every scanner adapter produces. The SARIF builder turns it into what GitHub code scanning reads;
 * the gate, the summary and the CLI table read it directly.
 */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
/** Orders severities: a negative number when `a` is more severe than `b`. */
function compareSeverity(a, b) {
    return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}
/** True when `s` is at least as severe as `threshold`. */
function atLeast(s, threshold) {
    return compareSeverity(s, threshold) <= 0;
}

;// CONCATENATED MODULE: ./shared/sarif/severity.ts
/**
 * One severity model for every stage. GitHub reads a numeric `security-severity` (a string holding a number in
 * (0, 10]) and buckets it: > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. We emit a value well inside
 * each bucket (the docs are ambiguous at exactly 9.0). `info` has no security bucket: such rules are published as
 * plain recommendations, not security alerts.
 */


const SCORE = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    info: undefined
};
/** The `security-severity` string GitHub reads, or undefined for `info`. */
function securitySeverity(s) {
    return SCORE[s];
}
/** The SARIF result level for a severity: critical and high are errors, medium a warning, the rest notes. */
function sarifLevel(s) {
    if (s === 'critical' || s === 'high')
        return 'error';
    if (s === 'medium')
        return 'warning';
    return 'note';
}
/** Maps a CVSS-like score (0-10) onto our scale, using GitHub's buckets. */
function severityFromScore(score) {
    if (score > 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score >= 0.1)
        return 'low';
    return 'info';
}
const FAIL_ON_VALUES = [...SEVERITIES, 'never'];
/** Parses a `fail-on` value (case-insensitive); a wrong value names the input and the allowed values. */
function parseFailOn(value, inputName = 'fail-on') {
    const v = value.trim().toLowerCase();
    if (FAIL_ON_VALUES.includes(v))
        return v;
    throw new ConfigurationError(`Input '${inputName}' is '${value}'; allowed values: ${FAIL_ON_VALUES.join(', ')}.`);
}

;// CONCATENATED MODULE: ./shared/scanners/semgrep-severity.ts


const word = (v) => (typeof v === 'string' ? v.trim().toUpperCase() : '');
function semgrepSeverity(severity, metadata = {}) {
    const explicit = typeof metadata['devsecops-severity'] === 'string' ? metadata['devsecops-severity'].toLowerCase() : '';
    if (SEVERITIES.includes(explicit))
        return explicit;
    const score = Number(metadata['security-severity']);
    if (metadata['security-severity'] !== undefined && Number.isFinite(score) && score > 0)
        return severityFromScore(score);
    const impact = word(metadata.impact);
    const likelihood = word(metadata.likelihood);
    const bothHigh = impact === 'HIGH' && likelihood === 'HIGH';
    let s;
    switch (word(severity)) {
        case 'CRITICAL':
            s = 'critical';
            break;
        case 'ERROR':
        case 'HIGH':
            s = bothHigh ? 'critical' : 'high';
            break;
        case 'WARNING':
        case 'MEDIUM':
            s = bothHigh ? 'high' : 'medium';
            break;
        case 'INFO':
        case 'LOW':
            s = 'low';
            break;
        case 'INVENTORY':
        case 'EXPERIMENT':
            return 'info';
        default:
            s = 'medium';
    }
    if (impact === 'LOW' && s !== 'low')
        s = SEVERITIES[SEVERITIES.indexOf(s) + 1];
    return s;
}
/** Semgrep's confidence (HIGH/MEDIUM/LOW) as SARIF precision. */
function semgrepConfidence(metadata = {}) {
    switch (word(metadata.confidence)) {
        case 'HIGH':
            return 'high';
        case 'MEDIUM':
            return 'medium';
        case 'LOW':
            return 'low';
        default:
            return undefined;
    }
}
/** SARIF level from a Semgrep SARIF rule, for reports that carry no Semgrep severity of their own. */
function severityFromLevel(level) {
    return level === 'error' ? 'high' : level === 'note' ? 'low' : level === 'none' ? 'info' : 'medium';
}

;// CONCATENATED MODULE: ./shared/scanners/semgrep-report.ts
/**
 * Reads Semgrep's JSON report (and, for older pipelines, its SARIF) into our finding model. Semgrep exits 0 on many
 * internal errors, so its `errors[]` (or SARIF error notifications) are returned for the stage to judge; results
 * suppressed in the source (`nosemgrep`) are counted, not reported.
 */



const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v) => (Array.isArray(v) ? v : []);
const str = (v) => (typeof v === 'string' ? v : '');
const semgrep_report_int = (v) => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : undefined);
function parseSemgrepReport(text, readSource = () => undefined) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new ScannerError(`The Semgrep report is not valid JSON (${err.message}).`);
    }
    const root = obj(data);
    if (Array.isArray(root.runs))
        return fromSarif(root, readSource);
    if (!Array.isArray(root.results) && !Array.isArray(root.errors)) {
        throw new ScannerError('The Semgrep report has neither results nor errors: it is not a Semgrep JSON or SARIF report.');
    }
    return fromJson(root, readSource);
}
function fromJson(root, readSource) {
    const rules = new Map();
    const findings = [];
    let suppressed = 0;
    for (const raw of arr(root.results)) {
        const r = obj(raw);
        const extra = obj(r.extra);
        if (extra.is_ignored === true) {
            suppressed++;
            continue;
        }
        const ruleId = str(r.check_id) || 'semgrep-finding';
        const meta = obj(extra.metadata);
        const severity = semgrepSeverity(str(extra.severity), meta);
        const message = str(extra.message).trim() || `Semgrep rule ${ruleId} matched.`;
        if (!rules.has(ruleId))
            rules.set(ruleId, ruleFrom(ruleId, message, meta, severity));
        const start = obj(r.start);
        const end = obj(r.end);
        const path = str(r.path);
        findings.push({
            ruleId,
            message,
            severity,
            location: { path, startLine: semgrep_report_int(start.line), startColumn: semgrep_report_int(start.col), endLine: semgrep_report_int(end.line), endColumn: semgrep_report_int(end.col) },
            identity: identity(ruleId, path, readSource(path), semgrep_report_int(start.offset), semgrep_report_int(end.offset), str(extra.lines), semgrep_report_int(start.line))
        });
    }
    const errors = [];
    const warnings = [];
    for (const raw of arr(root.errors)) {
        const e = obj(raw);
        const text = describeError(e);
        // Semgrep marks harmless problems (an unknown id in a nosemgrep comment) as level "warn".
        if (str(e.level).toLowerCase().startsWith('warn'))
            warnings.push(text);
        else
            errors.push(text);
    }
    const scanned = arr(obj(root.paths).scanned).length;
    return {
        findings,
        rules: [...rules.values()],
        errors,
        warnings,
        suppressed,
        scannedFiles: Array.isArray(obj(root.paths).scanned) ? scanned : undefined,
        version: str(root.version) || undefined,
        format: 'json'
    };
}
function fromSarif(root, readSource) {
    const rules = new Map();
    const findings = [];
    const errors = [];
    const warnings = [];
    let suppressed = 0;
    let version;
    for (const rawRun of arr(root.runs)) {
        const run = obj(rawRun);
        const driver = obj(obj(run.tool).driver);
        version = str(driver.semanticVersion) || str(driver.version) || version;
        const described = new Map();
        for (const raw of arr(driver.rules))
            described.set(str(obj(raw).id), obj(raw));
        for (const rawRes of arr(run.results)) {
            const res = obj(rawRes);
            if (arr(res.suppressions).length > 0) {
                suppressed++;
                continue;
            }
            const ruleId = str(res.ruleId) || 'semgrep-finding';
            const d = described.get(ruleId) ?? {};
            const props = obj(d.properties);
            const severity = props['security-severity'] !== undefined
                ? semgrepSeverity(undefined, { 'security-severity': props['security-severity'] })
                : severityFromLevel(str(res.level) || str(obj(d.defaultConfiguration).level));
            const message = str(obj(res.message).text).trim() || `Semgrep rule ${ruleId} matched.`;
            if (!rules.has(ruleId)) {
                const meta = { cwe: arr(props.tags).filter(t => /^CWE-/i.test(str(t))), confidence: precisionWord(str(props.precision)) };
                const full = str(obj(d.fullDescription).text) || message;
                rules.set(ruleId, ruleFrom(ruleId, full, meta, severity, str(obj(d.help).markdown) || undefined));
            }
            const loc = obj(obj(arr(res.locations)[0]).physicalLocation);
            const region = obj(loc.region);
            const path = str(obj(loc.artifactLocation).uri);
            findings.push({
                ruleId,
                message,
                severity,
                location: { path, startLine: semgrep_report_int(region.startLine), startColumn: semgrep_report_int(region.startColumn), endLine: semgrep_report_int(region.endLine), endColumn: semgrep_report_int(region.endColumn) },
                identity: identity(ruleId, path, readSource(path), undefined, undefined, str(obj(region.snippet).text), semgrep_report_int(region.startLine))
            });
        }
        for (const inv of arr(run.invocations)) {
            const i = obj(inv);
            for (const n of arr(i.toolExecutionNotifications)) {
                const note = obj(n);
                const text = str(obj(note.message).text) || 'Semgrep reported a problem without a message.';
                if (str(note.level) === 'error')
                    errors.push(text);
                else
                    warnings.push(text);
            }
            if (i.executionSuccessful === false && errors.length === 0)
                errors.push('Semgrep reported that the scan did not succeed.');
        }
    }
    return { findings, rules: [...rules.values()], errors, warnings, suppressed, version, format: 'sarif' };
}
function precisionWord(p) {
    return p === 'very-high' || p === 'high' ? 'HIGH' : p === 'low' ? 'LOW' : p === 'medium' ? 'MEDIUM' : '';
}
function describeError(e) {
    const type = str(e.type) || (Array.isArray(e.type) ? str(e.type[0]) : '') || 'Semgrep error';
    const where = str(e.path) ? ` in ${str(e.path)}` : str(e.rule_id) ? ` in rule ${str(e.rule_id)}` : '';
    const message = (str(e.message) || str(e.long_msg) || str(e.short_msg) || 'no message').trim().split('\n').slice(0, 3).join(' ');
    return `${type}${where}: ${message}`;
}
/** A rule as Semgrep's JSON knows it: only its id, its message and its metadata. */
function ruleFrom(id, message, meta, severity, helpMarkdown) {
    const cwes = arr(meta.cwe).concat(typeof meta.cwe === 'string' ? [meta.cwe] : []).map(str).filter(Boolean);
    const owasp = arr(meta.owasp).concat(typeof meta.owasp === 'string' ? [meta.owasp] : []).map(str).filter(Boolean);
    const refs = arr(meta.references).map(str).filter(u => /^https?:\/\//.test(u));
    const cweTags = cwes.map(c => /CWE-(\d+)/i.exec(c)?.[1]).filter(Boolean).map(n => `external/cwe/cwe-${n}`);
    const owaspTags = owasp.map(o => /^(A\d{1,2}):(\d{4})/i.exec(o)).filter(Boolean).map(m => `owasp-${m[1].toLowerCase()}-${m[2]}`);
    const short = id.split('.').pop() ?? id;
    const helpText = [message, ...(cwes.length ? ['', cwes.join('; ')] : []), ...(refs.length ? ['', ...refs] : [])].join('\n');
    return {
        id,
        title: short.replace(/[-_]+/g, ' ').replace(/^./, c => c.toUpperCase()),
        description: message,
        helpText,
        helpMarkdown: helpMarkdown ?? [message, ...(cwes.length ? ['', `**Weakness:** ${cwes.join('; ')}`] : []), ...(refs.length ? ['', ...refs.map(r => `- ${r}`)] : [])].join('\n'),
        helpUri: str(meta.source) || str(meta['source-rule-url']) || refs[0] || undefined,
        tags: [...cweTags, ...owaspTags, ...(str(meta.category) ? [str(meta.category)] : [])],
        severity,
        confidence: semgrepConfidence(meta)
    };
}
/**
 * What identifies a finding across commits: the rule, the file and the matched code with white space folded, so a
 * finding keeps its identity when lines move or unrelated code changes. Without the source, Semgrep's own copy of
 * the lines is used (unless it says "requires login"), and as a last resort the line number.
 */
function identity(ruleId, path, source, startOffset, endOffset, lines, line) {
    let code;
    if (source !== undefined && startOffset !== undefined && endOffset !== undefined && endOffset >= startOffset) {
        // Semgrep's offsets count bytes of UTF-8, not UTF-16 units.
        code = source.subarray(startOffset, endOffset).toString('utf8');
    }
    else if (lines && !/requires login/i.test(lines)) {
        code = lines;
    }
    const key = code !== undefined ? `code:${(0,external_node_crypto_.createHash)('sha256').update(code.replace(/\s+/g, ' ').trim()).digest('hex')}` : `line:${line ?? 0}`;
    return [ruleId, path, key];
}

;// CONCATENATED MODULE: ./shared/scanners/semgrep.ts
/**
 * The Semgrep adapter: which configs to run (registry packs, local rules, or our bundled ruleset when the registry
 * cannot be reached), how to call it, and how to read what it wrote. Semgrep exits 0 on many internal errors, so
 * its `errors[]` decide as much as its exit code.
 */







const SEMGREP_URI = 'https://semgrep.dev';
const DEFAULT_SEMGREP_CONFIG = 'p/security-audit p/secrets p/owasp-top-ten';
/**
 * Our own ruleset, shipped beside the bundles: `rules/` at the repository root, two folders above both
 * `shared/scanners/` (sources) and `dist/<entry>/` (bundles).
 */
function bundledRulesDir() {
    const here = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    return (0,external_node_path_namespaceObject.resolve)(here, '..', '..', 'rules');
}
/** A config that names something in Semgrep's registry rather than a local file or folder. */
function isRegistryConfig(c) {
    return /^(p|r|s|tags)\//.test(c) || c === 'auto' || /^https?:\/\//.test(c);
}
/** Splits the `config` input (spaces, commas or new lines) and checks local paths exist. */
function parseConfigs(value, root) {
    const items = value.split(/[\s,]+/).map(s => s.trim()).filter(Boolean);
    if (items.length === 0)
        return DEFAULT_SEMGREP_CONFIG.split(' ');
    return items.map(c => {
        if (c === 'bundled')
            return bundledRulesDir();
        if (isRegistryConfig(c)) {
            if (c === 'auto')
                throw new ConfigurationError("Config 'auto' needs Semgrep's metrics, which are off; name packs (p/...) or local rules instead.");
            return c;
        }
        const local = (0,external_node_path_namespaceObject.resolve)(root, c);
        if (!(0,external_node_fs_namespaceObject.existsSync)(local)) {
            throw new ConfigurationError(`Config '${c}' is neither a Semgrep registry pack (p/...) nor an existing file or folder under ${root}; 'bundled' selects our own ruleset.`);
        }
        return local;
    });
}
/** True when Semgrep failed because a registry config could not be downloaded. */
function isRegistryFailure(res, report) {
    const text = `${res.stderr}\n${res.stdout}\n${(report?.errors ?? []).join('\n')}`;
    return /(failed to download|could not download|unable to (download|fetch)|network|connection|resolve host|name resolution|timed out|HTTPSConnectionPool|semgrep\.dev)/i.test(text);
}
/** Runs Semgrep once. Throws ScannerError when it could not run or wrote no readable report. */
async function runSemgrep(o) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-semgrep-'));
    const out = (0,external_node_path_namespaceObject.join)(dir, 'report.json');
    const args = [
        'scan',
        ...o.configs.flatMap(c => ['--config', c]),
        ...o.exclude.flatMap(p => ['--exclude', p]),
        '--json-output', out,
        '--metrics', 'off',
        '--disable-version-check',
        '--quiet',
        '--timeout', String(o.timeoutSeconds ?? 30),
        '.'
    ];
    o.logger.info(`Running semgrep ${args.map(a => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
    try {
        let res;
        try {
            res = await runProcess(o.binary, args, {
                cwd: o.root,
                env: { ...process.env, SEMGREP_SEND_METRICS: 'off', SEMGREP_ENABLE_VERSION_CHECK: '0' },
                onLine: line => o.logger.debug(`semgrep: ${line}`)
            });
        }
        catch (err) {
            throw new ScannerError(`Semgrep could not be started (${err.message}).`);
        }
        const text = (0,external_node_fs_namespaceObject.existsSync)(out) ? (0,external_node_fs_namespaceObject.readFileSync)(out, 'utf8') : '';
        if (!text.trim()) {
            const lines = `${res.stderr}\n${res.stdout}`.split('\n').map(l => l.trim()).filter(Boolean).slice(-8);
            const err = new ScannerError(`Semgrep exited with code ${res.code} and wrote no report.`, lines);
            err.registry = isRegistryFailure(res);
            throw err;
        }
        const report = parseSemgrepReport(text, path => readSource(o.root, path));
        if (res.code !== 0 && res.code !== 1 && report.errors.length === 0) {
            report.errors.push(`Semgrep exited with code ${res.code}.`);
        }
        return { report, exitCode: res.code, durationMs: res.ms };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
function readSource(root, path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.resolve)(root, path));
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/scanners/semgrep-registry.ts
/**
 * Semgrep's registry packs (p/...) are downloaded when Semgrep starts; offline, Semgrep spends minutes on timeouts
 * before failing. One quick request per pack tells us first whether the registry can be reached at all.
 */


/** Checks that every registry pack in `configs` can be fetched. A pack the registry does not know is a config error. */
async function checkRegistry(configs, options = {}) {
    const base = (options.baseUrl ?? process.env.SEMGREP_URL ?? 'https://semgrep.dev').replace(/\/$/, '');
    for (const pack of configs.filter(isRegistryConfig)) {
        const url = /^https?:\/\//.test(pack) ? pack : `${base}/c/${pack}`;
        try {
            const res = await fetch(url, { method: 'GET', signal: AbortSignal.timeout(options.timeoutMs ?? 10_000), headers: { 'user-agent': 'devsecops' } });
            await res.body?.cancel();
            if (res.status === 404)
                throw new ConfigurationError(`The Semgrep registry has no config '${pack}' (HTTP 404); check the name in the 'config' input.`);
            if (res.status >= 500 || res.status === 429)
                return { reachable: false, pack, reason: `HTTP ${res.status}` };
        }
        catch (err) {
            if (err instanceof ConfigurationError)
                throw err;
            const e = err;
            return { reachable: false, pack, reason: e.cause?.code ?? (e.name === 'TimeoutError' ? 'timed out' : e.message) };
        }
    }
    return { reachable: true };
}

;// CONCATENATED MODULE: ./shared/tools/specs.ts
// gitleaks v8.30.1: digests from gitleaks_8.30.1_checksums.txt, each quoted identically by five or more independent
// public repositories (CI install scripts, tool manifests, Dockerfiles and scanner-provenance notes found through a
// public code index, e.g. pin tables listing all five assets, `sha256sum --check` lines, and an audit note quoting
// GitHub's own release-asset digest for the Windows zip, 8,438,883 bytes).
const GITLEAKS = {
    name: 'gitleaks',
    version: '8.30.1',
    binary: 'gitleaks',
    versionArgs: ['version'],
    release: {
        baseUrl: 'https://github.com/gitleaks/gitleaks/releases/download/v{version}',
        assets: {
            'linux-x64': {
                file: 'gitleaks_{version}_linux_x64.tar.gz',
                sha256: '551f6fc83ea457d62a0d98237cbad105af8d557003051f41f3e7ca7b3f2470eb'
            },
            'linux-arm64': {
                file: 'gitleaks_{version}_linux_arm64.tar.gz',
                sha256: 'e4a487ee7ccd7d3a7f7ec08657610aa3606637dab924210b3aee62570fb4b080'
            },
            'darwin-x64': {
                file: 'gitleaks_{version}_darwin_x64.tar.gz',
                sha256: 'dfe101a4db2255fc85120ac7f3d25e4342c3c20cf749f2c20a18081af1952709'
            },
            'darwin-arm64': {
                file: 'gitleaks_{version}_darwin_arm64.tar.gz',
                sha256: 'b40ab0ae55c505963e365f271a8d3846efbc170aa17f2607f13df610a9aeb6a5'
            },
            'win32-x64': {
                file: 'gitleaks_{version}_windows_x64.zip',
                sha256: 'd29144deff3a68aa93ced33dddf84b7fdc26070add4aa0f4513094c8332afc4e'
            }
        }
    },
    // The module path is still zricethezav/gitleaks (not gitleaks/gitleaks); the version is a plain variable.
    fallback: {
        kind: 'go',
        package: 'github.com/zricethezav/gitleaks/v8',
        versionVariable: 'github.com/zricethezav/gitleaks/v8/version.Version'
    }
};
// Trivy v0.74.0: digests from trivy_0.74.0_checksums.txt, each quoted identically by three or more independent public
// repositories (Go and TypeScript pin tables, CI install scripts with `sha256sum -c`, a provenance note that checked
// the macOS arm64 archive against the checksums file).
const TRIVY = {
    name: 'trivy',
    version: '0.74.0',
    binary: 'trivy',
    versionArgs: ['--version'],
    release: {
        baseUrl: 'https://github.com/aquasecurity/trivy/releases/download/v{version}',
        assets: {
            'linux-x64': {
                file: 'trivy_{version}_Linux-64bit.tar.gz',
                sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a'
            },
            'linux-arm64': {
                file: 'trivy_{version}_Linux-ARM64.tar.gz',
                sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5'
            },
            'darwin-x64': {
                file: 'trivy_{version}_macOS-64bit.tar.gz',
                sha256: '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485'
            },
            'darwin-arm64': {
                file: 'trivy_{version}_macOS-ARM64.tar.gz',
                sha256: '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11'
            },
            'win32-x64': {
                file: 'trivy_{version}_windows-64bit.zip',
                sha256: '94c40e0696e4b907a74b7b2e1438d5d72ebaca83115817407f568a002d520842'
            }
        }
    },
    fallback: {
        kind: 'go',
        package: 'github.com/aquasecurity/trivy/cmd/trivy',
        versionVariable: 'github.com/aquasecurity/trivy/pkg/version/app.ver'
    }
};
// OSV-Scanner v2.5.0 ships bare binaries. Digests from osv-scanner_SHA256SUMS, each quoted identically by at least two
// independent public repositories (a TypeScript managed-tool catalog listing all six assets, a shell installer that
// names the SHA256SUMS file, Dockerfile build args, a Python tool table, a PowerShell policy check for Windows).
const OSV_SCANNER = {
    name: 'osv-scanner',
    version: '2.5.0',
    binary: 'osv-scanner',
    versionArgs: ['--version'],
    release: {
        baseUrl: 'https://github.com/google/osv-scanner/releases/download/v{version}',
        assets: {
            'linux-x64': {
                file: 'osv-scanner_linux_amd64',
                sha256: 'edcfc41d257db36148f065055655fe3fcfc434b0b423ea67468a84c207524e0c'
            },
            'linux-arm64': {
                file: 'osv-scanner_linux_arm64',
                sha256: 'fe152e1a546af223e6c557cc3111a8bb3e5dc02fcbf7dbe95d26567c0f0041f2'
            },
            'darwin-x64': {
                file: 'osv-scanner_darwin_amd64',
                sha256: 'baef4f4a4ce2924a9241869c36d4bd9d6c04b632cae6637a0f6347ab9272eb16'
            },
            'darwin-arm64': {
                file: 'osv-scanner_darwin_arm64',
                sha256: 'fff5a2e351b7f0a60001e87cbf862e82fb82e2792d368b533fec7a5865a73da2'
            },
            'win32-x64': {
                file: 'osv-scanner_windows_amd64.exe',
                sha256: '4342285bd8be36b9f113468f3eea86e7900befbcd19ca8dc6ac4f0f6cbe7c362'
            }
        }
    },
    // v2.5.0 declares `const OSVVersion = "2.5.0"` (internal/version), so a go-installed binary reports it already.
    fallback: { kind: 'go', package: 'github.com/google/osv-scanner/v2/cmd/osv-scanner' }
};
// Semgrep and Checkov are installed from PyPI only: their wheels carry the native parts, and no release download is
// pinned for them.
const SEMGREP = {
    name: 'semgrep',
    version: '1.185.0',
    binary: 'semgrep',
    versionArgs: ['--version'],
    fallback: { kind: 'pip', package: 'semgrep' }
};
const CHECKOV = {
    name: 'checkov',
    version: '3.3.30',
    binary: 'checkov',
    versionArgs: ['--version'],
    fallback: { kind: 'pip', package: 'checkov' }
};
/** The pinned scanners, by name. */
const TOOLS = {
    gitleaks: GITLEAKS,
    trivy: TRIVY,
    'osv-scanner': OSV_SCANNER,
    semgrep: SEMGREP,
    checkov: CHECKOV
};
/** Replaces `{version}` in a spec template. */
function fillTemplate(template, version) {
    return template.split('{version}').join(version);
}
/** The environment variable that points at an explicit binary, e.g. `DEVSECOPS_OSV_SCANNER_PATH`. */
function pathVariable(spec) {
    return `DEVSECOPS_${spec.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_PATH`;
}

;// CONCATENATED MODULE: ./shared/policy/gate.ts
/**
 * The one gate every stage uses. Reporting and gating are separate: the SARIF always holds everything found; the
 * gate decides pass or fail from the findings, the threshold and whether the scanner itself worked.
 */

function countBySeverity(findings) {
    const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0]));
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
/**
 * Decides the outcome. A scanner error is never a pass, whatever was found. `exempt` marks findings that are
 * reported but may not fail the gate (e.g. pre-existing ones on a pull request).
 */
function decide(findings, failOn, scanner, exempt = () => false) {
    const counts = countBySeverity(findings);
    if (!scanner.ok) {
        return { outcome: 'error', blocking: [], counts, reason: `The scanner did not complete: ${scanner.error ?? 'unknown error'}` };
    }
    const blocking = failOn === 'never' ? [] : findings.filter(f => atLeast(f.severity, failOn) && !exempt(f));
    if (blocking.length > 0) {
        return {
            outcome: 'failed',
            blocking,
            counts,
            reason: `${blocking.length} finding${blocking.length === 1 ? '' : 's'} at or above '${failOn}' severity.`
        };
    }
    const reason = findings.length === 0
        ? 'No findings.'
        : failOn === 'never'
            ? `${findings.length} finding${findings.length === 1 ? '' : 's'} reported; the gate is off (fail-on: never).`
            : `${findings.length} finding${findings.length === 1 ? '' : 's'} below the '${failOn}' threshold.`;
    return { outcome: 'passed', blocking, counts, reason };
}

;// CONCATENATED MODULE: ./shared/report/summary.ts

const ICON = { passed: '✅ passed', failed: '❌ failed', error: '⚠️ scanner error' };
/** A summary over 1 MiB is dropped by GitHub; long tables are cut well before that, by rows and by size. */
const MAX_ROWS = 200;
const MAX_TABLE_CHARS = 512 * 1024;
/** Escapes text for a markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
function code(text) {
    return text ? `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\`` : '';
}
/** Keeps one table cell readable (and the summary under GitHub's size limit). */
function clip(text, max = 300) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function summary_location(f) {
    return `${f.location.path}${f.location.startLine ? `:${f.location.startLine}` : ''}`;
}
/** Sorts findings most severe first, then by location. */
function sortFindings(findings) {
    return [...findings].sort((a, b) => compareSeverity(a.severity, b.severity) || summary_location(a).localeCompare(summary_location(b)));
}
function renderSummary(r) {
    const out = [];
    out.push(`## ${r.title}: ${ICON[r.outcome]}`, '', `**${cell(r.reason)}**`, '');
    out.push(`| ${r.scanned.map(([k]) => cell(k)).join(' | ')} |`);
    out.push(`|${r.scanned.map(() => '---').join('|')}|`);
    out.push(`| ${r.scanned.map(([, v]) => cell(v)).join(' | ')} |`, '');
    // A broken scan has no meaningful counts: a row of zeros would read as "clean".
    if (r.outcome !== 'error') {
        const sev = SEVERITIES.filter(s => s !== 'info' || r.counts.info > 0);
        out.push(`| ${sev.map(s => s[0].toUpperCase() + s.slice(1)).join(' | ')} |`);
        out.push(`|${sev.map(() => '---:').join('|')}|`);
        out.push(`| ${sev.map(s => String(r.counts[s])).join(' | ')} |`, '');
    }
    if (r.errors && r.errors.length > 0) {
        out.push('### Scanner errors', '', '```text', ...r.errors.map(e => e.replace(/```/g, "'''")), '```', '');
    }
    if (r.findings.length > 0) {
        const cols = r.columns ?? [];
        out.push('### Findings', '');
        const row = (cells) => `| ${cells.join(' | ')} |`;
        out.push(row(['Severity', 'Rule', 'Location', ...cols.map(c => cell(c.header))]));
        out.push(row(['---', '---', '---', ...cols.map(() => '---')]));
        const sorted = sortFindings(r.findings);
        let shown = 0;
        let size = 0;
        for (const f of sorted.slice(0, MAX_ROWS)) {
            const title = r.ruleTitles?.get(f.ruleId);
            const rule = title ? `${cell(clip(title))} (${code(clip(f.ruleId))})` : code(clip(f.ruleId));
            const mark = r.exempt?.(f) ? ` (${r.exemptLabel ?? 'not gating'})` : '';
            const line = row([`${f.severity}${mark}`, rule, code(clip(summary_location(f))), ...cols.map(c => cell(clip(c.value(f))))]);
            if (size + line.length > MAX_TABLE_CHARS)
                break;
            out.push(line);
            size += line.length;
            shown++;
        }
        if (sorted.length > shown)
            out.push('', `… and ${sorted.length - shown} more: the SARIF file holds them all.`);
        out.push('');
    }
    for (const n of r.notes ?? [])
        out.push(`> ${n}`, '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./shared/sarif/types.ts
/** The parts of SARIF 2.1.0 this project writes and reads. Custom data goes into `properties` bags. */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

;// CONCATENATED MODULE: ./shared/sarif/builder.ts
/**
 * Turns scan runs (our finding model) into one SARIF 2.1.0 log that GitHub code scanning accepts: one run per
 * tool per stage, a category `devsecops/<stage>/`, every rule complete (descriptions, help, tags, precision and a
 * numeric security-severity), repository-relative URIs under %SRCROOT%, regions >= 1, and an invocation that says
 * whether the scanner itself succeeded.
 */




/** GitHub's length limits on rule texts. */
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;
/** GitHub shows 10 tags per rule. */
const MAX_TAGS = 10;
/** The partialFingerprints key for our line-independent identity. */
const IDENTITY_KEY = 'devsecopsIdentity/v1';
/** The category of a stage's run. Ends in `/` so GitHub reads the whole id as the category. */
function category(stage) {
    return `devsecops/${stage}/`;
}
/** A short stable hash of a finding's identity parts. */
function identityHash(parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
/** Builds one SARIF log holding one run per scan run. */
function buildSarif(runs, options = {}) {
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: runs.map(r => buildRun(r, options)) };
}
function buildRun(run, options) {
    const rules = new Map();
    for (const rule of run.rules)
        if (!rules.has(rule.id))
            rules.set(rule.id, rule);
    // A finding whose rule the scanner did not describe still needs a complete rule for GitHub.
    for (const f of run.findings)
        if (!rules.has(f.ruleId))
            rules.set(f.ruleId, stubRule(f));
    const ruleList = [...rules.values()];
    const index = new Map(ruleList.map((r, i) => [r.id, i]));
    const inv = run.invocation;
    const sarifRun = {
        tool: {
            driver: {
                name: run.tool.name,
                version: run.tool.version,
                ...(semver(run.tool.version) ? { semanticVersion: semver(run.tool.version) } : {}),
                informationUri: run.tool.informationUri,
                rules: ruleList.map(descriptor)
            }
        },
        automationDetails: { id: category(run.stage) },
        ...(options.checkoutRoot
            ? { originalUriBaseIds: { '%SRCROOT%': { uri: dirUri(options.checkoutRoot) } } }
            : {}),
        invocations: [
            {
                executionSuccessful: inv.successful,
                ...(inv.exitCode !== undefined ? { exitCode: inv.exitCode } : {}),
                ...(!options.omitTimes && inv.startTime ? { startTimeUtc: inv.startTime.toISOString() } : {}),
                ...(!options.omitTimes && inv.endTime ? { endTimeUtc: inv.endTime.toISOString() } : {}),
                toolExecutionNotifications: [
                    ...inv.errors.map(text => ({ level: 'error', message: { text } })),
                    ...inv.warnings.map(text => ({ level: 'warning', message: { text } }))
                ]
            }
        ],
        results: run.findings.map(f => result(f, index.get(f.ruleId) ?? 0)),
        ...(run.properties && Object.keys(run.properties).length > 0 ? { properties: { ...run.properties } } : {})
    };
    return sarifRun;
}
function descriptor(rule) {
    const tags = dedupe(['security', ...(rule.tags ?? [])]).slice(0, MAX_TAGS);
    const score = securitySeverity(rule.severity);
    const help = rule.helpText.trim() || rule.description;
    return {
        id: rule.id,
        name: builder_clip(pascalName(rule.id), MAX_NAME),
        shortDescription: { text: builder_clip(oneLine(rule.title || rule.id), MAX_DESCRIPTION) },
        fullDescription: { text: builder_clip(oneLine(rule.description || rule.title || rule.id), MAX_DESCRIPTION) },
        help: { text: help, ...(rule.helpMarkdown ? { markdown: rule.helpMarkdown } : {}) },
        ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
        defaultConfiguration: { level: sarifLevel(rule.severity) },
        properties: {
            tags,
            precision: rule.confidence ?? 'medium',
            ...(score ? { 'security-severity': score } : { 'problem.severity': 'recommendation' })
        }
    };
}
function result(f, ruleIndex) {
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodePath(f.location.path), uriBaseId: '%SRCROOT%' },
                    region: region(f)
                }
            }
        ],
        partialFingerprints: { [IDENTITY_KEY]: identityHash(f.identity) },
        properties: { severity: f.severity, ...(f.standIn ? { standInLocation: true } : {}), ...(f.properties ?? {}) }
    };
}
/** A region that always satisfies the schema: every number >= 1, end never before start. */
function region(f) {
    const l = f.location;
    const startLine = positive(l.startLine) ?? 1;
    const r = { startLine };
    const endLine = positive(l.endLine);
    if (endLine && endLine >= startLine)
        r.endLine = endLine;
    const startColumn = positive(l.startColumn);
    if (startColumn)
        r.startColumn = startColumn;
    const endColumn = positive(l.endColumn);
    const sameLine = (r.endLine ?? startLine) === startLine;
    if (endColumn && (!sameLine || !startColumn || endColumn > startColumn))
        r.endColumn = endColumn;
    return r;
}
function stubRule(f) {
    return {
        id: f.ruleId,
        title: f.ruleId,
        description: `Findings of the rule ${f.ruleId}.`,
        helpText: `The scanner reported ${f.ruleId} without describing the rule. See the finding's message.`,
        severity: f.severity
    };
}
/** SARIF wants integers >= 1; a scanner's nonsense (negative, fractional, astronomically large) is dropped. */
function positive(n) {
    return n !== undefined && Number.isFinite(n) && n >= 1 && n <= 2 ** 31 - 1 ? Math.floor(n) : undefined;
}
/** Repository-relative, forward slashes, percent-encoded where a URI requires it. */
function encodePath(path) {
    const clean = path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
    return clean
        .split('/')
        .map(seg => encodeURIComponent(seg).replace(/%40/g, '@').replace(/%2B/g, '+'))
        .join('/');
}
function dirUri(root) {
    const u = (0,external_node_url_.pathToFileURL)(root).href;
    return u.endsWith('/') ? u : `${u}/`;
}
function semver(v) {
    const m = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?)$/.exec(v.trim());
    return m ? m[1] : undefined;
}
function pascalName(id) {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    const name = words.map(w => w[0].toUpperCase() + w.slice(1)).join('');
    return name || 'Rule';
}
function oneLine(s) {
    return s.replace(/\s+/g, ' ').trim();
}
function builder_clip(s, max) {
    return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
function dedupe(xs) {
    return [...new Set(xs.map(x => x.trim()).filter(Boolean))];
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __nccwpck_require__(4573);
;// CONCATENATED MODULE: ./shared/sarif/fingerprints.ts
/**
 * `partialFingerprints.primaryLocationLineHash`, the only fingerprint GitHub code scanning uses to recognise an alert
 * across uploads. The raw upload API does not compute it, so we must, and byte for byte the way codeql-action does
 * (see "primaryLocationLineHash" in github-sarif.md): otherwise every alert would be closed and reopened the first
 * time a repository switches between our upload and codeql-action's.
 *
 * The value for a line is a polynomial hash (base 37, mod 2^64) of the 100 UTF-16 units that start at that line, with
 * spaces and tabs removed and line ends normalised to LF, then `:k` for its k-th occurrence in the file. A 64-bit
 * integer library (codeql-action's way) or BigInt allocates per unit and manages about 5 MB/s; here the 64-bit state
 * lives in small integer limbs and typed arrays, nothing is allocated per unit or per line, and only the lines asked
 * for become strings (`npm run bench` compares the two and checks they agree).
 */


const WINDOW = 100;
const EOF_UNIT = 65535;
/** 37^100 mod 2^64 in 16-bit limbs, least significant first. */
const K0 = 0xdb71;
const K1 = 0x331c;
const K2 = 0xd09a;
const K3 = 0xe59c;
/**
 * The UTF-16 code units of `content` (bytes are decoded as UTF-8, as codeql-action reads files). An all-ASCII file,
 * which most source files are, is used as is: its bytes are its code units.
 */
function toUnits(content) {
    let text;
    if (typeof content === 'string') {
        text = content;
    }
    else {
        if ((0,external_node_buffer_.isAscii)(content))
            return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
        text = external_node_buffer_.Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('utf8');
    }
    const units = new Uint16Array(text.length);
    if ((0,external_node_os_namespaceObject.endianness)() === 'LE') {
        // A native copy; UTF-16LE writes each code unit unchanged, lone surrogates included.
        external_node_buffer_.Buffer.from(units.buffer, units.byteOffset, units.byteLength).write(text, 'utf16le');
    }
    else {
        for (let i = 0; i < text.length; i++)
            units[i] = text.charCodeAt(i);
    }
    return units;
}
/**
 * Hashes lines 1..min(maxLine, last line).
 *
 * Rather than a rolling window (which touches the unit leaving the window at every step), we keep the prefix hash
 * P(p) = sum of c_j * 37^(p-j) over the units hashed so far, so a line whose first unit follows prefix P(s) has hash
 * P(s+100) - P(s) * 37^100. Per unit that costs one multiply-add; the 64-bit multiplication by 37^100 happens once
 * per line. P lives in three limbs of 22, 21 and 21 bits, so every per-unit intermediate fits in a 32-bit integer
 * and V8 never leaves integer arithmetic.
 *
 * A line's hash is known only 100 units after it starts (the window crosses line ends and, at the end, runs into the
 * EOF unit and zeros), so line starts wait in a small ring; at most one starts per unit, so at most WINDOW wait.
 */
function hashLines(units, maxLine = Number.POSITIVE_INFINITY) {
    const n = units.length;
    let capacity = Math.max(1, Math.min((n >>> 5) + 16, maxLine));
    let outHi = new Uint32Array(capacity);
    let outLo = new Uint32Array(capacity);
    let emitted = 0;
    if (maxLine < 1)
        return { count: 0, hi: outHi, lo: outLo };
    // Ring of waiting lines: the unit count that completes each one and P(start) * 37^100.
    const waitAt = new Int32Array(128);
    const waitHi = new Uint32Array(128);
    const waitLo = new Uint32Array(128);
    let head = 0;
    let tail = 1;
    waitAt[0] = WINDOW; // line 1, after an empty prefix
    let emitAt = WINDOW;
    let lines = 1;
    let h0 = 0;
    let h1 = 0;
    let h2 = 0;
    let hashed = 0;
    let prevCR = false;
    for (let i = 0;; i++) {
        let c;
        if (i < n) {
            c = units[i];
            if (c <= 32) {
                if (c === 32 || c === 9) {
                    prevCR = false;
                    continue;
                }
                if (c === 13) {
                    c = 10;
                    prevCR = true;
                }
                else if (c === 10 && prevCR) {
                    prevCR = false;
                    continue;
                }
                else {
                    prevCR = false;
                }
            }
            else {
                prevCR = false;
            }
        }
        else {
            if (emitted === lines)
                break;
            c = i === n ? EOF_UNIT : 0;
        }
        let t = h0 * 37 + c;
        h0 = t & 0x3fffff;
        t = (t >> 22) + h1 * 37;
        h1 = t & 0x1fffff;
        h2 = ((t >> 21) + h2 * 37) & 0x1fffff;
        hashed++;
        if (c === 10) {
            if (head === tail)
                emitAt = hashed + WINDOW;
            waitAt[tail] = hashed + WINDOW;
            storeTimesK(((h1 >>> 10) | (h2 << 11)) >>> 0, (h0 | (h1 << 22)) >>> 0, waitHi, waitLo, tail);
            tail = (tail + 1) & 127;
            lines++;
        }
        if (hashed === emitAt) {
            if (emitted === capacity) {
                capacity *= 2;
                outHi = grow(outHi, capacity);
                outLo = grow(outLo, capacity);
            }
            const lo = (h0 | (h1 << 22)) >>> 0;
            const hi = ((h1 >>> 10) | (h2 << 11)) >>> 0;
            const dropLo = waitLo[head];
            outLo[emitted] = (lo - dropLo) >>> 0;
            outHi[emitted] = (hi - waitHi[head] - (lo < dropLo ? 1 : 0)) >>> 0;
            emitted++;
            if (emitted >= maxLine)
                break;
            head = (head + 1) & 127;
            emitAt = head === tail ? -1 : waitAt[head];
        }
    }
    return { count: emitted, hi: outHi, lo: outLo };
}
/**
 * Stores (hi:lo * 37^100) mod 2^64 at `at`. Schoolbook multiplication in 16-bit limbs: each partial sum stays below
 * 2^36, exact in a double; the limbs that would land at 2^64 and above are never computed.
 */
function storeTimesK(hi, lo, outHi, outLo, at) {
    const a0 = lo & 0xffff;
    const a1 = lo >>> 16;
    const a2 = hi & 0xffff;
    const a3 = hi >>> 16;
    const t0 = a0 * K0;
    const t1 = a1 * K0 + a0 * K1 + Math.floor(t0 / 65536);
    const t2 = a2 * K0 + a1 * K1 + a0 * K2 + Math.floor(t1 / 65536);
    const t3 = a3 * K0 + a2 * K1 + a1 * K2 + a0 * K3 + Math.floor(t2 / 65536);
    outLo[at] = ((t0 & 0xffff) | ((t1 & 0xffff) << 16)) >>> 0;
    outHi[at] = ((t2 & 0xffff) | ((t3 & 0xffff) << 16)) >>> 0;
}
function grow(a, size) {
    const b = new Uint32Array(size);
    b.set(a);
    return b;
}
/**
 * The `:k` counters: for each target line (0-based, ascending; every line when omitted), how many lines up to and
 * including it have the same hash. An open-addressing table keyed by the 64-bit hash avoids a string per line. With
 * targets, only their hashes are tracked (a small table that stays in cache) and a 64 Kibit filter on the low bits
 * lets almost every other line through with a single load.
 */
function countOccurrences(raw, targets) {
    const { hi, lo } = raw;
    const tracked = targets ?? null;
    const last = tracked ? (tracked.length > 0 ? tracked[tracked.length - 1] : -1) : raw.count - 1;
    let size = 16;
    while (size < (tracked ? tracked.length : raw.count) * 2)
        size *= 2;
    const mask = size - 1;
    // Per slot: hash high half, low half, 1 + occurrences so far (0 = empty slot).
    const slots = new Uint32Array(size * 3);
    const filter = new Int32Array(tracked ? 2048 : 0);
    for (const line of tracked ?? []) {
        const at = probe(slots, mask, hi[line], lo[line]);
        slots[at] = hi[line];
        slots[at + 1] = lo[line];
        slots[at + 2] = 1;
        const l = lo[line];
        filter[(l >>> 5) & 2047] |= 1 << (l & 31);
    }
    const result = new Uint32Array(tracked ? tracked.length : raw.count);
    let next = 0;
    for (let line = 0; line <= last; line++) {
        const l = lo[line];
        if (tracked && (filter[(l >>> 5) & 2047] & (1 << (l & 31))) === 0)
            continue;
        const at = probe(slots, mask, hi[line], l);
        if (slots[at + 2] === 0) {
            if (tracked)
                continue;
            slots[at] = hi[line];
            slots[at + 1] = l;
            slots[at + 2] = 1;
        }
        const k = slots[at + 2]++;
        if (!tracked)
            result[line] = k;
        else if (line === tracked[next])
            result[next++] = k;
    }
    return result;
}
/** The offset in `slots` of the entry for hash hi:lo, or of the empty entry where it belongs (linear probing). */
function probe(slots, mask, hi, lo) {
    let at = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) & mask;
    while (slots[at * 3 + 2] !== 0 && (slots[at * 3] !== hi || slots[at * 3 + 1] !== lo))
        at = (at + 1) & mask;
    return at * 3;
}
const HEX_DIGITS = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
/**
 * Writes `hex:k` for one line (lowercase, no zero padding, as codeql-action prints an unsigned 64-bit number) and a
 * trailing LF into `out` at `at`; returns the new end. Number#toString(16) would do, but costs a microsecond a line.
 */
function writeValue(out, at, hi, lo, k) {
    let p = at;
    let shift = 28;
    if (hi !== 0) {
        while ((hi >>> shift) === 0)
            shift -= 4;
        for (; shift >= 0; shift -= 4)
            out[p++] = HEX_DIGITS[(hi >>> shift) & 15];
        shift = 28;
    }
    else {
        while (shift > 0 && (lo >>> shift) === 0)
            shift -= 4;
    }
    for (; shift >= 0; shift -= 4)
        out[p++] = HEX_DIGITS[(lo >>> shift) & 15];
    out[p++] = 58; // ':'
    const digitsAt = p;
    do {
        out[p++] = 48 + (k % 10);
        k = Math.floor(k / 10);
    } while (k > 0);
    out.subarray(digitsAt, p).reverse();
    out[p++] = 10;
    return p;
}
/** Formats the given lines (0-based) with their `:k` counters, all at once: one buffer, one decode, one split. */
function formatValues(raw, lines, occurrence) {
    const count = lines ? lines.length : raw.count;
    if (count === 0)
        return [];
    // 16 hex digits, ':', 10 decimal digits, LF.
    const out = external_node_buffer_.Buffer.allocUnsafe(count * 28);
    let end = 0;
    for (let i = 0; i < count; i++) {
        const line = lines ? lines[i] : i;
        end = writeValue(out, end, raw.hi[line], raw.lo[line], occurrence[i]);
    }
    return out.toString('latin1', 0, end - 1).split('\n');
}
/**
 * The primaryLocationLineHash of every line (index 0 = line 1; "a\n" has two lines). Bytes are decoded as UTF-8.
 * Building a string per line dominates the cost: prefer {@link lineHashesFor} when only some lines are needed.
 */
function computeLineHashes(content) {
    const raw = hashLines(toUnits(content));
    return formatValues(raw, undefined, countOccurrences(raw));
}
/**
 * The primaryLocationLineHash of the given 1-based lines only. Lines past the end of the text are left out of the
 * map. Bytes are decoded as UTF-8. Hashing stops after the last line asked for; the lines before it are still
 * hashed, for the `:k` counter.
 */
function lineHashesFor(content, lines) {
    const wanted = [...new Set(lines)].filter(l => Number.isInteger(l) && l >= 1).sort((a, b) => a - b);
    const values = new Map();
    if (wanted.length === 0)
        return values;
    const raw = hashLines(toUnits(content), wanted[wanted.length - 1]);
    const targets = wanted.filter(l => l <= raw.count).map(l => l - 1);
    const formatted = formatValues(raw, targets, countOccurrences(raw, targets));
    targets.forEach((line, i) => values.set(line + 1, formatted[i]));
    return values;
}

;// CONCATENATED MODULE: ./shared/sarif/fingerprint-files.ts
/**
 * Applies line-hash fingerprints to a SARIF log: finds the local file behind each result's first location, reads
 * each file once, and sets `partialFingerprints.primaryLocationLineHash` the way codeql-action does.
 */





/** Files larger than this are not fingerprinted: a string that size would strain memory for no real gain. */
const MAX_FILE_BYTES = 128 * 1024 * 1024;
/**
 * The local path a result's artifact location points at, or undefined when it is not a local file (http:, etc.).
 * Relative URIs (with no base, `%SRCROOT%`, or a base we cannot resolve to a file URI) resolve against the checkout.
 */
function resolveArtifactPath(location, checkoutRoot, bases = {}) {
    const uri = location.uri;
    if (/^file:/i.test(uri))
        return fileUrlToPathOrUndefined(uri);
    // A scheme other than a Windows drive letter means a non-file URI.
    if (/^[a-z][a-z0-9+.-]+:/i.test(uri))
        return undefined;
    let root = checkoutRoot;
    const base = location.uriBaseId && location.uriBaseId !== '%SRCROOT%' ? bases[location.uriBaseId]?.uri : undefined;
    if (base && /^file:/i.test(base))
        root = fileUrlToPathOrUndefined(base.endsWith('/') ? base : `${base}/`) ?? root;
    return external_node_path_default().resolve(root, safeDecode(uri));
}
function fileUrlToPathOrUndefined(uri) {
    try {
        return (0,external_node_url_.fileURLToPath)(uri);
    }
    catch {
        return undefined;
    }
}
function safeDecode(uri) {
    try {
        return decodeURIComponent(uri);
    }
    catch {
        return uri;
    }
}
/**
 * Sets `partialFingerprints.primaryLocationLineHash` on every result whose first location names an existing local
 * file and a `region.startLine` inside it. Other partial fingerprints are kept and an existing line hash is never
 * replaced. Each file is read once. Missing files are skipped (logged at debug level and returned as resolved paths).
 * Mutates `log`.
 */
async function addFingerprints(log, checkoutRoot, logger) {
    const byFile = new Map();
    for (const run of log.runs) {
        for (const result of run.results ?? []) {
            if (result.partialFingerprints?.primaryLocationLineHash !== undefined)
                continue;
            const physical = result.locations?.[0]?.physicalLocation;
            const artifact = physical?.artifactLocation;
            const line = physical?.region?.startLine;
            if (!artifact?.uri || line === undefined || !Number.isInteger(line) || line < 1)
                continue;
            const file = resolveArtifactPath(artifact, checkoutRoot, run.originalUriBaseIds);
            if (file === undefined)
                continue;
            const list = byFile.get(file) ?? [];
            list.push({ result, line });
            byFile.set(file, list);
        }
    }
    let added = 0;
    const missingFiles = [];
    for (const [file, wanted] of byFile) {
        const content = await readRegularFile(file, logger);
        if (content === undefined) {
            missingFiles.push(file);
            continue;
        }
        const hashes = lineHashesFor(content, wanted.map(w => w.line));
        for (const { result, line } of wanted) {
            const hash = hashes.get(line);
            if (hash === undefined) {
                logger.debug(`fingerprints: ${file} has no line ${line}; result left without a line hash`);
                continue;
            }
            result.partialFingerprints = { ...result.partialFingerprints, primaryLocationLineHash: hash };
            added++;
        }
    }
    return { added, missingFiles };
}
async function readRegularFile(file, logger) {
    try {
        const info = await (0,promises_namespaceObject.stat)(file);
        if (!info.isFile()) {
            logger.debug(`fingerprints: ${file} is not a regular file; skipped`);
            return undefined;
        }
        if (info.size > MAX_FILE_BYTES) {
            logger.debug(`fingerprints: ${file} is larger than ${MAX_FILE_BYTES} bytes; skipped`);
            return undefined;
        }
        return await (0,promises_namespaceObject.readFile)(file);
    }
    catch (err) {
        logger.debug(`fingerprints: cannot read ${file} (${errorMessage(err)}); skipped`);
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./shared/sarif/limits.ts
/**
 * GitHub rejects a whole SARIF upload when one object exceeds a hard limit ("Upload limits" in github-sarif.md).
 * A scanner that floods a repository with findings must not cost the user every alert, so before upload we cut the
 * log down to size: the most severe results survive, the rest are dropped, and the log and the run say so.
 */

/**
 * GitHub's hard limits: one over rejects the upload. "10 MB" is read as 10^7 bytes, the stricter reading.
 * Runs per file cannot be fixed by dropping data, so only validation checks them.
 */
const GITHUB_HARD_LIMITS = {
    runs: 20,
    resultsPerRun: 25_000,
    rulesPerRun: 25_000,
    locationsPerResult: 1_000,
    threadFlowLocationsPerResult: 10_000,
    tagsPerRule: 20,
    gzipBytes: 10_000_000
};
/** What we enforce: the hard limits, except tags, where GitHub shows only the first 10. */
const GITHUB_LIMITS = { ...GITHUB_HARD_LIMITS, tagsPerRule: 10 };
/**
 * Size of the log gzip-compressed as it is written to disk (indented by two spaces): an upload of the compact form is
 * never larger, so a log that fits by this measure fits either way.
 */
function gzipSize(log) {
    return (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(log, null, 2), 'utf8')).length;
}
const LEVEL_RANK = { error: 3, warning: 2, note: 1, none: 0 };
/**
 * Returns a log within `limits`: results beyond the per-run limit (and, after that, beyond the compressed-size limit)
 * are dropped least severe first (numeric security-severity of the result or its rule, then level error > warning >
 * note); locations, thread-flow locations and tags are cut to their limits keeping the first ones; when a run has too
 * many rules, only rules referenced by kept results stay and rule indexes are renumbered. Every cut is counted in the
 * run's `properties` ("devsecops/dropped-results", "devsecops/dropped-reason", ...) and logged, as a warning unless
 * only tags were cut. The input is not modified; unchanged parts are shared with it.
 */
function enforceLimits(log, logger, limits = GITHUB_LIMITS) {
    const reports = log.runs.map(() => emptyReport());
    const runs = log.runs.map((run, i) => limitRun(run, limits, reports[i]));
    let out = { ...log, runs };
    out = fitCompressedSize(out, limits.gzipBytes, reports, logger);
    out.runs = out.runs.map((run, i) => {
        const report = reports[i];
        const overHardLimit = report.droppedResults + report.droppedRules + report.truncatedLocations + report.truncatedThreadFlows > 0;
        if (!overHardLimit && report.truncatedTags === 0)
            return run;
        const name = `${run.tool.driver.name}${run.automationDetails?.id ? ` (${run.automationDetails.id})` : ''}`;
        // More than 10 tags is legal (GitHub just shows 10), so that alone is no warning.
        if (overHardLimit)
            logger.warning(describe(name, report));
        else
            logger.info(`SARIF run ${name}: kept the first ${limits.tagsPerRule} tags of ${report.truncatedTags} rule(s).`);
        const props = { ...run.properties };
        if (report.droppedResults > 0) {
            props['devsecops/dropped-results'] = report.droppedResults;
            props['devsecops/dropped-reason'] = report.reasons.join('; ');
        }
        if (report.droppedRules > 0)
            props['devsecops/dropped-rules'] = report.droppedRules;
        if (report.truncatedLocations > 0)
            props['devsecops/truncated-locations'] = report.truncatedLocations;
        if (report.truncatedThreadFlows > 0) {
            props['devsecops/truncated-thread-flow-locations'] = report.truncatedThreadFlows;
        }
        if (report.truncatedTags > 0)
            props['devsecops/truncated-tags'] = report.truncatedTags;
        return { ...run, properties: props };
    });
    return out;
}
function emptyReport() {
    return {
        droppedResults: 0,
        reasons: [],
        droppedRules: 0,
        truncatedLocations: 0,
        truncatedThreadFlows: 0,
        truncatedTags: 0
    };
}
function describe(name, r) {
    const parts = [];
    if (r.droppedResults > 0)
        parts.push(`dropped ${r.droppedResults} least severe result(s) (${r.reasons.join('; ')})`);
    if (r.droppedRules > 0)
        parts.push(`dropped ${r.droppedRules} rule(s) no kept result uses`);
    if (r.truncatedLocations > 0)
        parts.push(`cut the locations of ${r.truncatedLocations} result(s)`);
    if (r.truncatedThreadFlows > 0)
        parts.push(`cut the code flows of ${r.truncatedThreadFlows} result(s)`);
    if (r.truncatedTags > 0)
        parts.push(`cut the tags of ${r.truncatedTags} rule(s)`);
    return `SARIF run ${name} is over GitHub's upload limits: ${parts.join(', ')}.`;
}
function limitRun(run, limits, report) {
    let rules = run.tool.driver.rules ?? [];
    rules = rules.map(rule => {
        const tags = rule.properties?.['tags'];
        if (!Array.isArray(tags) || tags.length <= limits.tagsPerRule)
            return rule;
        report.truncatedTags++;
        return { ...rule, properties: { ...rule.properties, tags: tags.slice(0, limits.tagsPerRule) } };
    });
    let results = (run.results ?? []).map(result => limitResult(result, limits, report));
    const ruleOf = ruleResolver(rules);
    const tooManyRules = rules.length > limits.rulesPerRun;
    if (results.length > limits.resultsPerRun || tooManyRules) {
        const order = bySeverity(results, rules, ruleOf);
        const keep = new Array(results.length).fill(false);
        const usedRules = new Set();
        let kept = 0;
        let overResults = 0;
        let overRules = 0;
        for (const i of order) {
            if (kept >= limits.resultsPerRun) {
                overResults++;
                continue;
            }
            const r = ruleOf(results[i]);
            if (tooManyRules && r !== undefined && !usedRules.has(r)) {
                if (usedRules.size >= limits.rulesPerRun) {
                    overRules++;
                    continue;
                }
                usedRules.add(r);
            }
            keep[i] = true;
            kept++;
        }
        if (overResults > 0)
            report.reasons.push(`more than ${limits.resultsPerRun} results in the run`);
        if (overRules > 0)
            report.reasons.push(`results of rules beyond the ${limits.rulesPerRun}-rule limit`);
        report.droppedResults += overResults + overRules;
        results = results.filter((_, i) => keep[i]);
        if (tooManyRules) {
            const renumber = new Map();
            const keptRules = [];
            rules.forEach((rule, i) => {
                if (!usedRules.has(i))
                    return;
                renumber.set(i, keptRules.length);
                keptRules.push(rule);
            });
            report.droppedRules += rules.length - keptRules.length;
            results = results.map(result => renumberRule(result, ruleOf(result), renumber));
            rules = keptRules;
        }
    }
    const driver = run.tool.driver.rules ? { ...run.tool.driver, rules } : run.tool.driver;
    return { ...run, tool: { ...run.tool, driver }, ...(run.results ? { results } : {}) };
}
function limitResult(result, limits, report) {
    let out = result;
    if (result.locations && result.locations.length > limits.locationsPerResult) {
        report.truncatedLocations++;
        out = { ...out, locations: result.locations.slice(0, limits.locationsPerResult) };
    }
    const flows = result.codeFlows;
    const total = (flows ?? []).reduce((n, f) => n + (f.threadFlows ?? []).reduce((m, t) => m + (t.locations?.length ?? 0), 0), 0);
    if (flows && total > limits.threadFlowLocationsPerResult) {
        report.truncatedThreadFlows++;
        let budget = limits.threadFlowLocationsPerResult;
        const codeFlows = [];
        for (const flow of flows) {
            const threadFlows = [];
            for (const thread of flow.threadFlows ?? []) {
                const locations = (thread.locations ?? []).slice(0, budget);
                budget -= locations.length;
                // The schema wants at least one location per thread flow and one thread flow per code flow.
                if (locations.length > 0)
                    threadFlows.push({ ...thread, locations });
            }
            if (threadFlows.length > 0)
                codeFlows.push({ ...flow, threadFlows });
        }
        out = { ...out, codeFlows };
    }
    return out;
}
/** Maps a result to the index of its rule in `rules`, by index when given, else by id. */
function ruleResolver(rules) {
    const byId = new Map();
    rules.forEach((rule, i) => {
        if (!byId.has(rule.id))
            byId.set(rule.id, i);
    });
    return result => {
        const ref = result;
        const index = result.ruleIndex ?? ref.rule?.index;
        if (index !== undefined && index >= 0 && index < rules.length)
            return index;
        const id = result.ruleId ?? ref.rule?.id;
        return id === undefined ? undefined : byId.get(id);
    };
}
function renumberRule(result, old, renumber) {
    const ref = result;
    const index = old === undefined ? undefined : renumber.get(old);
    if (index === undefined || (result.ruleIndex === undefined && ref.rule?.index === undefined))
        return result;
    const out = { ...result };
    if (result.ruleIndex !== undefined)
        out.ruleIndex = index;
    if (ref.rule?.index !== undefined)
        out.rule = { ...ref.rule, index };
    return out;
}
function severityOf(result, rule) {
    const score = limits_securitySeverity(result.properties?.['security-severity']) ??
        limits_securitySeverity(rule?.properties?.['security-severity']) ??
        -1;
    // SARIF's default level is warning.
    const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
    return { score, level: LEVEL_RANK[level] ?? 0 };
}
/** Negative when `a` is less severe than `b`. */
function limits_compareSeverity(a, b) {
    return a.score - b.score || a.level - b.level;
}
function limits_securitySeverity(value) {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    return Number.isFinite(n) ? n : undefined;
}
/** Result indexes, most severe first; ties keep their original order. */
function bySeverity(results, rules, ruleOf) {
    const scores = results.map(result => {
        const r = ruleOf(result);
        return severityOf(result, r === undefined ? undefined : rules[r]);
    });
    return results.map((_, i) => i).sort((a, b) => limits_compareSeverity(scores[b], scores[a]) || a - b);
}
/**
 * Drops the least severe results across all runs, in batches sized from how far over the limit the log is, until
 * the compressed log fits. Rules stay: they are small next to results, and dropping them is what the rule limit is for.
 */
function fitCompressedSize(log, limit, reports, logger) {
    let size = gzipSize(log);
    if (size <= limit)
        return log;
    const ranked = [];
    log.runs.forEach((run, r) => {
        const rules = run.tool.driver.rules ?? [];
        const ruleOf = ruleResolver(rules);
        (run.results ?? []).forEach((result, index) => {
            const rule = ruleOf(result);
            ranked.push({ run: r, index, severity: severityOf(result, rule === undefined ? undefined : rules[rule]) });
        });
    });
    // Least severe first; among equals, later results go first.
    ranked.sort((a, b) => limits_compareSeverity(a.severity, b.severity) || b.run - a.run || b.index - a.index);
    const dropped = log.runs.map(() => new Set());
    let next = 0;
    let current = log;
    while (size > limit && next < ranked.length) {
        const remaining = ranked.length - next;
        // Aim 10% below the limit so one or two batches usually suffice; always drop at least 5%.
        const target = Math.floor(remaining * Math.min(0.95, (limit / size) * 0.9));
        const end = next + Math.max(1, remaining - target);
        for (; next < end; next++)
            dropped[ranked[next].run].add(ranked[next].index);
        current = {
            ...log,
            runs: log.runs.map((run, r) => dropped[r].size === 0 ? run : { ...run, results: (run.results ?? []).filter((_, i) => !dropped[r].has(i)) })
        };
        size = gzipSize(current);
    }
    dropped.forEach((set, r) => {
        if (set.size === 0)
            return;
        reports[r].droppedResults += set.size;
        reports[r].reasons.push(`the compressed log is over ${limit} bytes`);
    });
    if (size > limit) {
        logger.warning(`SARIF log is still ${size} bytes compressed without any results; GitHub may reject it.`);
    }
    return current;
}

;// CONCATENATED MODULE: ./shared/sarif/finalize.ts


async function finalizeSarif(log, checkoutRoot, logger) {
    const fp = await addFingerprints(log, checkoutRoot, logger);
    logger.debug(`Fingerprinted ${fp.added} result(s); ${fp.missingFiles.length} file(s) not in the checkout.`);
    return enforceLimits(log, logger);
}

;// CONCATENATED MODULE: ./actions/common/stage.ts
/**
 * What every stage does once its scanner has run, free of GitHub Actions specifics (the CLI uses it too): build and
 * write the SARIF, decide with the one gate, and render the summary.
 */








async function finishStage(o) {
    const warnings = o.warnings ?? [];
    o.run.invocation.warnings.push(...warnings);
    const sarifPath = (0,external_node_path_namespaceObject.resolve)(o.sarifPath);
    const sarif = await finalizeSarif(buildSarif([o.run], { checkoutRoot: o.root }), o.root, o.logger);
    try {
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(sarifPath), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`);
    }
    catch (err) {
        throw new ConfigurationError(`The SARIF file '${sarifPath}' cannot be written (${errorMessage(err)}).`);
    }
    o.logger.info(`SARIF written to ${sarifPath}.`);
    const decision = decide(o.run.findings, o.failOn, { ok: !o.error, error: o.error?.message }, o.exempt);
    const ruleTitles = new Map(o.run.rules.map(r => [r.id, r.title]));
    const duration = formatDuration(Date.now() - o.started);
    const summary = renderSummary({
        title: o.title,
        outcome: decision.outcome,
        reason: decision.reason,
        scanned: [...o.scanned, ['Scanner', `${o.run.tool.name} ${o.run.tool.version}`], ['Fail on', o.failOn], ['Duration', duration]],
        counts: decision.counts,
        findings: o.run.findings,
        columns: o.columns,
        ruleTitles,
        errors: o.error ? [o.error.message, ...o.error.lines] : undefined,
        exempt: o.exempt,
        exemptLabel: o.exemptLabel,
        notes: [
            ...warnings.map(w => `⚠️ ${w}`),
            ...(o.notes ?? []),
            ...(decision.outcome === 'failed' && o.onFailure ? [o.onFailure] : [])
        ]
    });
    o.logger.info(`${o.title.replace(/^\W+/u, '')}: ${decision.outcome} in ${duration}. ${decision.reason}`);
    return { outcome: decision.outcome, decision, findings: o.run.findings, sarifPath, summary, error: o.error?.message, ruleTitles, warnings };
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./actions/sast/stage.ts
/**
 * The SAST stage, free of GitHub Actions specifics so the action and `devsecops sast` run the same code: choose the
 * rules (registry packs, local rules, or our bundled ruleset when the registry cannot be reached), run Semgrep, and
 * on pull requests tell new findings from those already on the merge base, so only what a PR introduces fails it.
 */











function parseOnScannerError(value) {
    const v = (value || 'fail').trim().toLowerCase();
    if (v === 'fail' || v === 'warn')
        return v;
    throw new ConfigurationError(`Input 'on-scanner-error' is '${value}'; allowed values: fail, warn.`);
}
/** The `paths-ignore` input: one glob per line or comma-separated. */
function parsePathsIgnore(value) {
    return value.split(/[\n,]+/).map(s => s.trim()).filter(Boolean);
}
const key = (f) => f.identity.join('\u0000');
async function runSastStage(o) {
    const started = Date.now();
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(o.root)) || !(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.resolve)(o.root)).isDirectory()) {
        throw new ConfigurationError(`The path to scan '${o.root}' is not a directory.`);
    }
    const root = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.resolve)(o.root));
    let configs = parseConfigs(o.config, root);
    const warnings = [];
    if (configs.some(isRegistryConfig)) {
        const check = await o.logger.group('Check the Semgrep registry', () => checkRegistry(configs, { baseUrl: o.registryUrl }));
        if (!check.reachable) {
            const sentence = `The Semgrep registry cannot be reached for '${check.pack}' (${check.reason})`;
            if (!o.offlineFallback)
                throw new ConfigurationError(`${sentence}; set offline-fallback to use the bundled ruleset instead, or name local rules in 'config'.`);
            warnings.push(`${sentence}: scanned with the bundled ruleset instead.`);
            o.logger.warning(warnings[warnings.length - 1]);
            configs = [...new Set([...configs.filter(c => !isRegistryConfig(c)), bundledRulesDir()])];
        }
    }
    const baseline = o.newFindingsOnly ? await findBaseline(root, o) : undefined;
    let version = TOOLS.semgrep.version;
    let run;
    let error;
    let preExisting = [];
    let scannedFiles;
    try {
        const bin = await o.logger.group('Get Semgrep', o.scanner);
        version = bin.version;
        const head = await o.logger.group('Scan with Semgrep', () => runSemgrep({ binary: bin.path, root, configs, exclude: o.pathsIgnore, logger: o.logger }));
        scannedFiles = head.report.scannedFiles;
        const rep = head.report;
        for (const w of rep.warnings)
            o.logger.warning(`Semgrep: ${w}`);
        run = {
            stage: 'sast',
            tool: { name: 'Semgrep', version, informationUri: SEMGREP_URI },
            rules: rep.rules,
            findings: rep.findings,
            invocation: { successful: rep.errors.length === 0, exitCode: head.exitCode, errors: rep.errors, warnings: rep.warnings }
        };
        if (baseline) {
            const counts = await o.logger.group(`Scan the merge base ${baseline.slice(0, 7)}`, () => baselineCounts(root, baseline, configs, o.pathsIgnore, bin.path, o.logger));
            for (const f of rep.findings) {
                const left = counts.get(key(f)) ?? 0;
                if (left > 0) {
                    counts.set(key(f), left - 1);
                    preExisting.push(f);
                    f.properties = { ...f.properties, baseline: 'pre-existing' };
                }
                else
                    f.properties = { ...f.properties, baseline: 'new' };
            }
            o.logger.info(`${plural(rep.findings.length - preExisting.length, 'new finding')}, ${preExisting.length} already on the merge base.`);
        }
        if (rep.errors.length > 0) {
            const broken = { message: `Semgrep reported ${plural(rep.errors.length, 'error')}, so the scan is not complete.`, lines: rep.errors.slice(0, 20) };
            // warn: the errors are reported and the findings still gate; but a scan with errors is never a pass.
            const pre = new Set(preExisting);
            const onFindings = decide(rep.findings, o.failOn, { ok: true }, f => pre.has(f));
            if (o.onScannerError === 'warn' && onFindings.outcome === 'failed')
                warnings.push(...broken.lines.map(e => `Semgrep error (on-scanner-error: warn): ${e}`));
            else
                error = broken;
        }
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            throw err;
        error = { message: errorMessage(err), lines: err instanceof ScannerError ? err.details : [] };
        preExisting = [];
    }
    if (error) {
        o.logger.error(`The SAST scan did not complete: ${error.message}`);
        for (const l of error.lines)
            o.logger.error(`  ${l}`);
    }
    run ??= {
        stage: 'sast',
        tool: { name: 'Semgrep', version, informationUri: SEMGREP_URI },
        rules: [],
        findings: [],
        invocation: { successful: false, errors: [error?.message ?? 'unknown error', ...(error?.lines ?? [])], warnings: [] }
    };
    const pre = new Set(preExisting);
    const shownConfigs = configs.map(c => (c === bundledRulesDir() ? 'bundled ruleset' : c.startsWith(root) ? c.slice(root.length + 1) || '.' : c));
    run.properties = { configs: shownConfigs.join(' '), ...(baseline ? { baseline } : {}), ...(scannedFiles !== undefined ? { files: scannedFiles } : {}) };
    const result = await finishStage({
        title: '🔍 SAST',
        root,
        run,
        failOn: o.failOn,
        sarifPath: o.sarifPath,
        started,
        logger: o.logger,
        scanned: [
            ['Rules', shownConfigs.join(', ')],
            ...(scannedFiles !== undefined ? [['Files', String(scannedFiles)]] : []),
            ['Gate', baseline ? `new findings only (merge base ${baseline.slice(0, 7)})` : 'all findings']
        ],
        columns: SAST_COLUMNS,
        error,
        exempt: f => pre.has(f),
        exemptLabel: 'pre-existing',
        warnings,
        onFailure: 'Each finding says what to do instead. A false positive? Add `nosemgrep: <rule-id>` with a reason on that line, or the path to .semgrepignore.'
    });
    return { ...result, preExisting, baseline, configs };
}
const SAST_COLUMNS = [{ header: 'Status', value: f => (f.properties?.baseline === 'pre-existing' ? 'pre-existing' : f.properties?.baseline === 'new' ? 'new' : '') }];
/** The merge base to compare with: an explicit base, or a pull request's base; none for pushes and schedules. */
async function findBaseline(root, o) {
    if (!(await tryGit(root, ['rev-parse', '--git-dir'])))
        return undefined;
    const isPr = o.event && ['pull_request', 'pull_request_target', 'merge_group'].includes(o.event.name);
    if (!o.base && !isPr)
        return undefined;
    const scope = await o.logger.group('Find the merge base', () => resolveScope(root, { scope: o.base ? 'range' : 'auto', base: o.base, event: o.event }, o.logger));
    if (scope.kind !== 'range' || !scope.base)
        return undefined;
    return (await git(root, ['merge-base', scope.base, scope.head])).trim();
}
/** Runs the same rules on the merge base, in a temporary worktree, and counts each finding identity. */
async function baselineCounts(root, sha, configs, exclude, binary, logger) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-base-'));
    const tree = (0,external_node_path_namespaceObject.join)(dir, 'tree');
    await git(root, ['worktree', 'add', '--detach', '--quiet', tree, sha]);
    try {
        // Local rule paths inside the repository are taken from the head, so both sides run the same rules.
        const base = await runSemgrep({ binary, root: tree, configs, exclude, logger });
        const counts = new Map();
        for (const f of base.report.findings)
            counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
        return counts;
    }
    finally {
        await tryGit(root, ['worktree', 'remove', '--force', tree]);
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/git/event.ts
/** Reads the GitHub event that triggered a run from the runner's environment. */

/** The triggering event, or undefined outside GitHub Actions. An unreadable payload counts as empty. */
function readEventContext(env = process.env) {
    const name = env.GITHUB_EVENT_NAME;
    if (!name || !env.GITHUB_ACTIONS)
        return undefined;
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return { name, payload };
}

;// CONCATENATED MODULE: ./shared/report/table.ts

function renderTable(findings, columns = [], ruleTitles) {
    const headers = ['SEVERITY', 'RULE', 'LOCATION', ...columns.map(c => c.header.toUpperCase())];
    const rows = sortFindings(findings).map(f => [
        f.severity,
        ruleTitles?.get(f.ruleId) ? `${ruleTitles.get(f.ruleId)} (${f.ruleId})` : f.ruleId,
        summary_location(f),
        ...columns.map(c => c.value(f))
    ]);
    const widths = headers.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map(r => r[i].length))));
    const line = (cells) => cells.map((c, i) => (c.length > widths[i] ? `${c.slice(0, widths[i] - 1)}…` : c.padEnd(widths[i]))).join('  ').trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./shared/tools/errors.ts

/**
 * A downloaded file does not match its pinned digest. Never retried and never answered with a fallback: the bytes
 * on offer are not the ones that were published, which is a reason to stop, not to try something else.
 */
class ChecksumError extends ScannerError {
    url;
    expected;
    actual;
    name = 'ChecksumError';
    constructor(url, expected, actual) {
        super(`Checksum mismatch for ${url}: expected sha256 ${expected}, got ${actual}. ` +
            'The file was discarded; refusing to install it or to fall back to another source.');
        this.url = url;
        this.expected = expected;
        this.actual = actual;
    }
}
/** An archive holds an entry that would land outside its target directory, or is not a readable archive. */
class UnsafeArchiveError extends ScannerError {
    name = 'UnsafeArchiveError';
}
/** A download failed for good (after retries, or at once for a non-retryable status). */
class DownloadError extends ScannerError {
    url;
    status;
    attempts;
    name = 'DownloadError';
    constructor(url, message, 
    /** The HTTP status of the last attempt, when there was a response. */
    status, 
    /** One line per attempt: what happened. */
    attempts) {
        super(message, attempts);
        this.url = url;
        this.status = status;
        this.attempts = attempts;
    }
}
/** No source could provide the tool. The message lists every URL and method tried and why each failed. */
class ToolInstallError extends ScannerError {
    tool;
    version;
    attempts;
    name = 'ToolInstallError';
    constructor(tool, version, attempts, hint = '') {
        const lines = attempts.map(a => `${a.method} ${a.target}: ${a.reason}`);
        super(`Could not install ${tool} ${version}. Tried: ${lines.length ? lines.join('; ') : 'nothing'}.${hint ? ` ${hint}` : ''}`, lines);
        this.tool = tool;
        this.version = version;
        this.attempts = attempts;
    }
}

;// CONCATENATED MODULE: ./shared/tools/archive.ts
/**
 * Lists archive entries exactly as stored (names, types, link targets), so they can be judged before anything is
 * written. Parsing the headers ourselves avoids guessing at `tar -tv` output, whose format varies between GNU tar and
 * bsdtar and is ambiguous for names with spaces or " -> " in them.
 */




/** The kind of a release file, from its name. */
function archiveKind(fileName) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return 'tar.gz';
    if (lower.endsWith('.zip'))
        return 'zip';
    return 'raw';
}
/** Lists the members of a gzip-compressed tar file (ustar, GNU long names and PAX path/linkpath records). */
async function listTarGz(path) {
    const entries = [];
    let pending = Buffer.alloc(0);
    let skip = 0; // data bytes (padded) still to pass over
    let collect;
    let longName;
    let longLink;
    let ended = false;
    try {
        for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path).pipe((0,external_node_zlib_.createGunzip)())) {
            if (ended)
                continue;
            pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
            for (;;) {
                if (skip > 0) {
                    const n = Math.min(skip, pending.length);
                    pending = pending.subarray(n);
                    skip -= n;
                    if (skip > 0)
                        break;
                }
                if (collect) {
                    const padded = Math.ceil(collect.size / 512) * 512;
                    if (pending.length < padded)
                        break;
                    const data = pending.subarray(0, collect.size);
                    pending = pending.subarray(padded);
                    if (collect.kind === 'L')
                        longName = cString(data);
                    else if (collect.kind === 'K')
                        longLink = cString(data);
                    else {
                        const pax = parsePax(data);
                        longName = pax.path ?? longName;
                        longLink = pax.linkpath ?? longLink;
                    }
                    collect = undefined;
                    continue;
                }
                if (pending.length < 512)
                    break;
                const header = pending.subarray(0, 512);
                pending = pending.subarray(512);
                if (header.every(b => b === 0)) {
                    ended = true;
                    break;
                }
                const flag = String.fromCharCode(header[156] || 48);
                const size = parseSize(header.subarray(124, 136));
                if (flag === 'L' || flag === 'K' || flag === 'x') {
                    collect = { kind: flag, size };
                    continue;
                }
                if (flag === 'g') {
                    skip = Math.ceil(size / 512) * 512;
                    continue;
                }
                const prefix = header.subarray(257, 262).toString() === 'ustar' ? cString(header.subarray(345, 500)) : '';
                const base = cString(header.subarray(0, 100));
                const name = longName ?? (prefix ? `${prefix}/${base}` : base);
                const link = longLink ?? cString(header.subarray(157, 257));
                longName = longLink = undefined;
                const type = tarType(flag);
                entries.push(type === 'symlink' || type === 'hardlink' ? { name, type, linkname: link } : { name, type });
                skip = type === 'file' || type === 'other' ? Math.ceil(size / 512) * 512 : 0;
            }
        }
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError)
            throw err;
        throw new UnsafeArchiveError(`Not a readable tar.gz archive (${path}): ${err.message}`);
    }
    if (!ended && (skip > 0 || collect || pending.length > 0)) {
        throw new UnsafeArchiveError(`Truncated tar.gz archive (${path}): it ends in the middle of an entry`);
    }
    return entries;
}
/** Lists the members of a zip file from its central directory, reading symlink targets from the entries' data. */
async function listZip(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        const read = async (position, length) => {
            if (position < 0 || length < 0 || position + length > size)
                throw new UnsafeArchiveError(`Truncated zip archive (${path})`);
            const buf = Buffer.alloc(length);
            await handle.read(buf, 0, length, position);
            return buf;
        };
        const tailLength = Math.min(size, 65_557);
        const tail = await read(size - tailLength, tailLength);
        const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
        if (eocd < 0)
            throw new UnsafeArchiveError(`Not a zip archive, or a truncated one (${path}): no end of central directory`);
        let count = tail.readUInt16LE(eocd + 10);
        let cdSize = tail.readUInt32LE(eocd + 12);
        let cdOffset = tail.readUInt32LE(eocd + 16);
        if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
            const locator = eocd - 20;
            if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
                throw new UnsafeArchiveError(`Broken zip64 archive (${path})`);
            const record = await read(Number(tail.readBigUInt64LE(locator + 8)), 56);
            count = Number(record.readBigUInt64LE(32));
            cdSize = Number(record.readBigUInt64LE(40));
            cdOffset = Number(record.readBigUInt64LE(48));
        }
        const cd = await read(cdOffset, cdSize);
        const entries = [];
        let at = 0;
        for (let i = 0; i < count; i++) {
            if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50)
                throw new UnsafeArchiveError(`Corrupt zip central directory (${path})`);
            const host = cd.readUInt8(at + 5);
            const method = cd.readUInt16LE(at + 10);
            const compressed = cd.readUInt32LE(at + 20);
            const nameLength = cd.readUInt16LE(at + 28);
            const extraLength = cd.readUInt16LE(at + 30);
            const commentLength = cd.readUInt16LE(at + 32);
            const mode = host === 3 ? cd.readUInt32LE(at + 38) >>> 16 : 0;
            const local = cd.readUInt32LE(at + 42);
            const name = cd.subarray(at + 46, at + 46 + nameLength).toString('utf8');
            at += 46 + nameLength + extraLength + commentLength;
            const kind = mode & 0o170000;
            if (kind === 0o120000) {
                const header = await read(local, 30);
                const dataAt = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
                const raw = await read(dataAt, compressed);
                const target = (method === 8 ? (0,external_node_zlib_.inflateRawSync)(raw) : raw).toString('utf8');
                entries.push({ name, type: 'symlink', linkname: target });
            }
            else if (name.endsWith('/') || kind === 0o040000) {
                entries.push({ name, type: 'dir' });
            }
            else {
                entries.push({ name, type: kind === 0 || kind === 0o100000 ? 'file' : 'other' });
            }
        }
        return entries;
    }
    catch (err) {
        if (err instanceof UnsafeArchiveError)
            throw err;
        throw new UnsafeArchiveError(`Not a readable zip archive (${path}): ${err.message}`);
    }
    finally {
        await handle.close();
    }
}
function tarType(flag) {
    if (flag === '0' || flag === '7' || flag === '\0')
        return 'file';
    if (flag === '5')
        return 'dir';
    if (flag === '2')
        return 'symlink';
    if (flag === '1')
        return 'hardlink';
    return 'other';
}
function cString(buf) {
    const end = buf.indexOf(0);
    return buf.subarray(0, end < 0 ? buf.length : end).toString('utf8');
}
// Sizes are octal text, or big-endian binary when the top bit of the first byte is set (GNU, for files >= 8 GiB).
function parseSize(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const text = cString(field).trim();
    const value = text ? parseInt(text, 8) : 0;
    if (!Number.isFinite(value) || value < 0)
        throw new UnsafeArchiveError(`Corrupt tar header: size "${text}"`);
    return value;
}
// PAX records are "<byte length> <key>=<value>\n"; values may hold newlines, so the length is what delimits them.
function parsePax(data) {
    const out = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = space < 0 ? NaN : parseInt(data.subarray(at, space).toString(), 10);
        if (!Number.isFinite(length) || length <= 0 || at + length > data.length)
            throw new UnsafeArchiveError('Corrupt PAX header');
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        const key = record.slice(0, eq);
        if (key === 'path')
            out.path = record.slice(eq + 1);
        if (key === 'linkpath')
            out.linkpath = record.slice(eq + 1);
        at += length;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/tools/cache.ts
/**
 * The tool cache: `<root>/<tool>/<version>/<arch>` plus an `<arch>.complete` marker, the layout of the runner's
 * RUNNER_TOOL_CACHE. On a runner it goes through @actions/tool-cache; elsewhere (the CLI, tests) the same layout
 * lives under our own root. The marker is written last, so an install that died half-way is never found.
 */




/** Where our own cache lives when no runner tool cache is there: $DEVSECOPS_CACHE_DIR or ~/.cache/devsecops/tools. */
function defaultCacheRoot(env = process.env) {
    return env['DEVSECOPS_CACHE_DIR'] || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache', 'devsecops', 'tools');
}
/**
 * Opens the cache: `cacheDir` when given, else the runner's RUNNER_TOOL_CACHE through @actions/tool-cache, else
 * our own root. @actions/tool-cache reads `process.env` itself, so it is used only when `env` agrees with it.
 */
async function openToolCache(options = {}) {
    const env = options.env ?? process.env;
    if (options.cacheDir)
        return new LocalToolCache(options.cacheDir);
    const runnerCache = env['RUNNER_TOOL_CACHE'];
    if (runnerCache && runnerCache === process.env['RUNNER_TOOL_CACHE']) {
        // Loaded lazily: it pulls in @actions/core and an HTTP client that nothing else here needs.
        const tc = await __nccwpck_require__.e(/* import() */ 991).then(__nccwpck_require__.bind(__nccwpck_require__, 5991));
        return new ActionsToolCache(runnerCache, env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), tc);
    }
    return new LocalToolCache(runnerCache || defaultCacheRoot(env));
}
class LocalToolCache {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    dir(tool, version, arch) {
        return (0,external_node_path_namespaceObject.join)(this.root, tool, version, arch);
    }
    async find(tool, version, arch) {
        const dir = this.dir(tool, version, arch);
        return (0,external_node_fs_namespaceObject.existsSync)(dir) && (0,external_node_fs_namespaceObject.existsSync)(`${dir}.complete`) ? dir : undefined;
    }
    async add(sourceDir, tool, version, arch) {
        const dir = this.dir(tool, version, arch);
        // Another process may have finished the same install meanwhile: keep the complete one.
        if (await this.find(tool, version, arch)) {
            await (0,promises_namespaceObject.rm)(sourceDir, { recursive: true, force: true });
            return dir;
        }
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true }); // leftovers of an install that never got its marker
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(dir, '..'), { recursive: true });
        try {
            await (0,promises_namespaceObject.rename)(sourceDir, dir);
        }
        catch (err) {
            const code = err.code;
            if ((code === 'ENOTEMPTY' || code === 'EEXIST') && (await this.find(tool, version, arch))) {
                await (0,promises_namespaceObject.rm)(sourceDir, { recursive: true, force: true }); // lost a race to an identical install
                return dir;
            }
            if (code !== 'EXDEV' && code !== 'EPERM')
                throw err;
            await (0,promises_namespaceObject.cp)(sourceDir, dir, { recursive: true, verbatimSymlinks: true });
            await (0,promises_namespaceObject.rm)(sourceDir, { recursive: true, force: true });
        }
        await (0,promises_namespaceObject.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    async buildInPlace(tool, version, arch, build) {
        const dir = this.dir(tool, version, arch);
        await (0,promises_namespaceObject.rm)(`${dir}.complete`, { force: true });
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        try {
            await build(dir);
        }
        catch (err) {
            await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
            throw err;
        }
        await (0,promises_namespaceObject.writeFile)(`${dir}.complete`, '');
        return dir;
    }
    async scratch(prefix) {
        const parent = (0,external_node_path_namespaceObject.join)(this.root, '.tmp');
        await (0,promises_namespaceObject.mkdir)(parent, { recursive: true });
        return (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(parent, `${prefix}-`));
    }
}
class ActionsToolCache extends LocalToolCache {
    temp;
    tc;
    kind = 'actions';
    constructor(root, temp, tc) {
        super(root);
        this.temp = temp;
        this.tc = tc;
    }
    async find(tool, version, arch) {
        return this.tc.find(tool, version, arch) || undefined;
    }
    async add(sourceDir, tool, version, arch) {
        try {
            return await this.tc.cacheDir(sourceDir, tool, version, arch);
        }
        finally {
            await (0,promises_namespaceObject.rm)(sourceDir, { recursive: true, force: true });
        }
    }
    async scratch(prefix) {
        await (0,promises_namespaceObject.mkdir)(this.temp, { recursive: true });
        return (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(this.temp, `devsecops-${prefix}-`));
    }
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./shared/tools/download.ts
/**
 * Downloads with retry and sha256 verification. Only transient failures are retried (network errors, cut-off
 * bodies, HTTP 5xx and 429); any other 4xx fails at once because asking again will not change the answer.
 */








/** Why one attempt failed, and whether another attempt could help. */
class AttemptError extends Error {
    retryable;
    status;
    retryAfterMs;
    constructor(message, retryable, status, retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.status = status;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The sha256 (lower-case hex) of a file on disk. */
async function sha256File(path) {
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    return hash.digest('hex');
}
/**
 * Downloads `url` to `dest`, retrying transient failures with exponential backoff, and returns the file's sha256.
 * Throws a DownloadError whose `attempts` say what each try ran into.
 */
async function downloadFile(url, dest, options = {}) {
    const log = options.logger ?? silentLogger;
    const maxAttempts = Math.max(1, options.attempts ?? 4);
    const baseDelay = options.baseDelayMs ?? 1000;
    const maxDelay = options.maxDelayMs ?? 30_000;
    const sleep = options.sleep ?? ((ms) => new Promise(resolve => setTimeout(resolve, ms)));
    const history = [];
    const started = Date.now();
    for (let attempt = 1;; attempt++) {
        try {
            const { sha256, bytes } = await attemptDownload(url, dest, options.timeoutMs ?? 600_000);
            return { path: dest, sha256, bytes, attempts: attempt, ms: Date.now() - started };
        }
        catch (err) {
            await (0,promises_namespaceObject.rm)(dest, { force: true });
            const failure = err instanceof AttemptError ? err : new AttemptError(errorMessage(err), false);
            history.push(`attempt ${attempt}: ${failure.message}`);
            if (!failure.retryable || attempt >= maxAttempts) {
                const why = failure.retryable
                    ? `gave up after ${attempt} attempt${attempt > 1 ? 's' : ''}`
                    : 'not retried: the server will answer the same way again';
                throw new DownloadError(url, `Download of ${url} failed: ${failure.message} (${why})`, failure.status, history);
            }
            const backoff = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
            const delay = Math.min(maxDelay, Math.max(backoff, failure.retryAfterMs ?? 0));
            const next = `retry ${attempt} of ${maxAttempts - 1} in ${formatDuration(delay)}`;
            log.warning(`Download of ${url} failed (${failure.message}); ${next}`);
            await sleep(delay);
        }
    }
}
/**
 * Downloads `url` and checks it against `expectedSha256`. A mismatch deletes the file and throws a ChecksumError
 * (never retried: the server handed over whole bytes, just not the published ones).
 */
async function downloadVerified(url, dest, expectedSha256, options = {}) {
    const result = await downloadFile(url, dest, options);
    const expected = expectedSha256.toLowerCase();
    if (result.sha256 !== expected) {
        await (0,promises_namespaceObject.rm)(dest, { force: true });
        throw new ChecksumError(url, expected, result.sha256);
    }
    return result;
}
async function attemptDownload(url, dest, timeoutMs) {
    let response;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        response = await fetch(url, { signal, redirect: 'follow', headers: { 'user-agent': 'devsecops-installer' } });
    }
    catch (err) {
        throw new AttemptError(`network error: ${networkReason(err)}`, true);
    }
    if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        const status = response.status;
        const retryable = status >= 500 || status === 429;
        const label = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
        throw new AttemptError(label, retryable, status, retryAfter(response.headers.get('retry-after')));
    }
    if (!response.body)
        throw new AttemptError('empty response body', true, response.status);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const meter = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    try {
        await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_.Readable.fromWeb(response.body), meter, (0,external_node_fs_namespaceObject.createWriteStream)(dest));
    }
    catch (err) {
        throw new AttemptError(`connection broke after ${bytes} bytes: ${networkReason(err)}`, true, response.status);
    }
    if (Number.isFinite(declared) && declared !== bytes) {
        throw new AttemptError(`truncated body: got ${bytes} of ${declared} bytes`, true, response.status);
    }
    return { sha256: hash.digest('hex'), bytes };
}
/** undici hides the useful part (ECONNREFUSED, ETIMEDOUT, ...) in `cause`. */
function networkReason(err) {
    const cause = err?.cause;
    if (cause?.code)
        return cause.code;
    if (cause?.message)
        return cause.message;
    if (err?.name === 'TimeoutError')
        return 'timed out';
    return errorMessage(err);
}
function retryAfter(value) {
    if (!value)
        return undefined;
    const seconds = Number(value);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

;// CONCATENATED MODULE: ./shared/tools/extract.ts
/**
 * Safe extraction: an archive may only ever write inside its target directory. Three layers, because each alone
 * has had holes in some tar or unzip build:
 * 1. list every entry (archive.ts) and refuse the archive if any name is absolute or has a `..` component, any
 *    symlink target leaves the tree, or any entry is a device/FIFO;
 * 2. extract into a fresh, empty directory with the system tool (never with -P or equivalents);
 * 3. walk the result and refuse it if any symlink resolves outside or any special file appeared.
 */






/** Why an archive member name is unsafe, or undefined when it is fine. */
function unsafeName(name) {
    if (!name || name.includes('\0'))
        return 'empty name or NUL byte';
    if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name))
        return 'absolute path';
    if (name.split(/[\\/]/).includes('..'))
        return "'..' component";
    if (name.includes(':'))
        return 'colon (a drive or an NTFS stream on Windows)';
    return undefined;
}
/**
 * Why a symlink target is unsafe, or undefined. Only relative targets without `..` are allowed: a lexical check of
 * `a/../b` is not enough once `a` is itself a symlink, while a target that only descends can never climb out.
 */
function unsafeLinkTarget(target) {
    if (!target)
        return 'empty link target';
    if (/^[\\/]/.test(target) || /^[A-Za-z]:/.test(target))
        return `absolute link target ${target}`;
    if (target.split(/[\\/]/).includes('..'))
        return `link target ${target} climbs with '..'`;
    return undefined;
}
/** Throws an UnsafeArchiveError naming every entry that could write outside the target directory. */
function checkEntries(entries, archive) {
    const problems = [];
    for (const entry of entries) {
        const reason = unsafeName(entry.name) ??
            (entry.type === 'symlink' ? unsafeLinkTarget(entry.linkname ?? '') : undefined) ??
            (entry.type === 'hardlink' ? unsafeName(entry.linkname ?? '') : undefined) ??
            (entry.type === 'other' ? 'device, FIFO or unknown entry type' : undefined);
        if (reason)
            problems.push(`${JSON.stringify(entry.name)} (${reason})`);
    }
    if (problems.length) {
        const shown = problems.slice(0, 5).join(', ') + (problems.length > 5 ? `, and ${problems.length - 5} more` : '');
        const count = `${problems.length} unsafe entr${problems.length > 1 ? 'ies' : 'y'}`;
        throw new UnsafeArchiveError(`Refusing to extract ${archive}: ${count}: ${shown}`);
    }
}
/** Lists the entries of a tar.gz or zip archive. */
async function listArchive(archive, kind) {
    return kind === 'zip' ? listZip(archive) : listTarGz(archive);
}
/**
 * Extracts `archive` into `dest`, which must not exist yet or be empty. On any failure `dest` is removed, so a
 * half-extracted tree is never left behind. Throws UnsafeArchiveError for unsafe or unreadable archives.
 */
async function extractArchive(archive, kind, dest, logger = silentLogger) {
    const started = Date.now();
    await (0,promises_namespaceObject.mkdir)(dest, { recursive: true });
    if ((await (0,promises_namespaceObject.readdir)(dest)).length > 0)
        throw new Error(`Extraction target ${dest} is not empty`);
    try {
        const entries = await listArchive(archive, kind);
        checkEntries(entries, archive);
        const [command, args] = kind === 'tar.gz'
            ? ['tar', ['-xzf', archive, '-C', dest, '--no-same-owner']]
            : process.platform === 'win32'
                ? ['tar', ['-xf', archive, '-C', dest]] // Windows ships bsdtar, which reads zip; it has no unzip
                : ['unzip', ['-q', '-o', archive, '-d', dest]];
        const result = await runProcess(command, args, { timeoutMs: 600_000 });
        if (result.code !== 0) {
            throw new UnsafeArchiveError(`${command} could not extract ${archive} (exit ${result.code}): ${outputTail(result)}`);
        }
        await verifyTree(dest);
        logger.info(`Extracted ${entries.length} entries from ${archive} in ${formatDuration(Date.now() - started)}`);
    }
    catch (err) {
        await (0,promises_namespaceObject.rm)(dest, { recursive: true, force: true });
        throw err;
    }
}
/** Walks `root` and throws if any symlink resolves outside it or anything other than files, dirs and links is there. */
async function verifyTree(root) {
    const base = await (0,promises_namespaceObject.realpath)(root);
    const inside = (p) => {
        const rel = (0,external_node_path_namespaceObject.relative)(base, p);
        return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
    };
    const walk = async (dir) => {
        for (const name of await (0,promises_namespaceObject.readdir)(dir)) {
            const path = (0,external_node_path_namespaceObject.join)(dir, name);
            const info = await (0,promises_namespaceObject.lstat)(path);
            if (info.isSymbolicLink()) {
                const target = await (0,promises_namespaceObject.realpath)(path).catch(async () => (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(path), await (0,promises_namespaceObject.readlink)(path)));
                if (!inside(target))
                    throw new UnsafeArchiveError(`Extracted symlink ${path} points outside ${root}`);
            }
            else if (info.isDirectory()) {
                await walk(path);
            }
            else if (!info.isFile()) {
                throw new UnsafeArchiveError(`Extracted special file ${path}`);
            }
        }
    };
    await walk(base);
}

;// CONCATENATED MODULE: ./shared/tools/platform.ts
/**
 * Platform naming for the installer. Keys use Node's own names (`process.platform`-`process.arch`), so one lookup
 * works on every runner without a translation table that could drift from what Node reports.
 */
/** Every platform key, in the order the specs list them. */
const PLATFORM_KEYS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];
/**
 * The platform key of this machine (or of the given platform/arch), e.g. `linux-x64`, `darwin-arm64`, `win32-x64`.
 * Unsupported combinations (e.g. `freebsd-x64`) are returned as they are: no spec has an asset for them, so the
 * installer goes straight to the package-manager fallback.
 */
function platformKey(platform = process.platform, arch = process.arch) {
    return `${platform}-${arch}`;
}
/** True when `key` is one of the platforms specs may pin. */
function isPlatformKey(key) {
    return PLATFORM_KEYS.includes(key);
}
/** The file name of an executable on this platform (`gitleaks` -> `gitleaks.exe` on Windows). */
function executableName(name, platform = process.platform) {
    return platform === 'win32' && !name.toLowerCase().endsWith('.exe') ? `${name}.exe` : name;
}

;// CONCATENATED MODULE: ./shared/tools/fallback.ts
/**
 * Package-manager fallbacks, for when no verified download is possible: `go install` of the pinned module version
 * (the Go checksum database vouches for the source) or `pip install <pkg>==<version>` into a private virtualenv.
 */





/** The command line a Go fallback runs, for logs and error messages. */
function goInstallArgs(fallback, version) {
    const ldflags = fallback.versionVariable ? ['-ldflags', `-X ${fallback.versionVariable}=${version}`] : [];
    return ['install', ...ldflags, `${fallback.package}@v${version}`];
}
/**
 * Builds `fallback.package` at `v<version>` with CGO off into `outDir` (as GOBIN) and returns the binary's path.
 * `-ldflags -X` sets the version variable, so `--version` reports the real version rather than a placeholder.
 */
async function goInstall(fallback, version, binary, outDir, options = {}) {
    const log = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    const go = await findExecutable('go', env);
    if (!go)
        throw new Error('go is not on PATH');
    const args = goInstallArgs(fallback, version);
    log.info(`Building with: CGO_ENABLED=0 GOBIN=${outDir} go ${args.map(quote).join(' ')} (minutes on a cold Go cache)`);
    // go install is silent while it compiles; say it is still working so a long build does not look hung.
    const started = Date.now();
    const heartbeat = setInterval(() => log.info(`  still building (${formatDuration(Date.now() - started)})…`), 30_000);
    const result = await runProcess(go, args, {
        env: { ...env, CGO_ENABLED: '0', GOBIN: outDir },
        timeoutMs: options.timeoutMs ?? 1_800_000,
        onLine: line => log.debug(`go: ${line}`)
    }).finally(() => clearInterval(heartbeat));
    if (result.code !== 0) {
        const why = result.timedOut ? 'timed out' : `exit ${result.code}`;
        throw new Error(`go install failed (${why}): ${outputTail(result)}`);
    }
    log.info(`go install finished in ${formatDuration(result.ms)}`);
    // go names the binary after the package's last element, skipping a /vN major-version suffix.
    const expected = executableName(binary);
    const files = await (0,promises_namespaceObject.readdir)(outDir);
    const found = files.includes(expected) ? expected : files.length === 1 ? files[0] : undefined;
    if (!found)
        throw new Error(`go install succeeded but ${expected} is not in ${outDir} (found: ${files.join(', ') || 'nothing'})`);
    return (0,external_node_path_namespaceObject.join)(outDir, found);
}
/** Where a virtualenv keeps its executables. */
function venvBin(venvDir) {
    return (0,external_node_path_namespaceObject.join)(venvDir, process.platform === 'win32' ? 'Scripts' : 'bin');
}
/**
 * Creates a virtualenv at `venvDir` and installs `<package>==<version>` into it; returns the tool's entry point.
 * The usual pip variables (PIP_INDEX_URL, PIP_FIND_LINKS, PIP_NO_INDEX, ...) in `env` are honoured, which is how a
 * mirror or an offline wheel directory is used.
 */
async function pipInstall(fallback, version, binary, venvDir, options = {}) {
    const log = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    const python = (await findExecutable('python3', env)) ?? (await findExecutable('python', env));
    if (!python)
        throw new Error('python3 is not on PATH');
    const onLine = (line) => log.debug(`pip: ${line}`);
    const timeoutMs = options.timeoutMs ?? 1_800_000;
    const venv = await runProcess(python, ['-m', 'venv', venvDir], { env, timeoutMs, onLine });
    if (venv.code !== 0)
        throw new Error(`python3 -m venv failed (exit ${venv.code}): ${outputTail(venv)}`);
    const venvPython = (0,external_node_path_namespaceObject.join)(venvBin(venvDir), executableName('python'));
    const requirement = `${fallback.package}==${version}`;
    log.info(`Installing ${requirement} into ${venvDir}`);
    const pipEnv = { ...env, PIP_DISABLE_PIP_VERSION_CHECK: '1', PYTHONDONTWRITEBYTECODE: '1' };
    const pip = await runProcess(venvPython, ['-m', 'pip', 'install', '--no-input', requirement], { env: pipEnv, timeoutMs, onLine });
    if (pip.code !== 0) {
        const why = pip.timedOut ? 'timed out' : `exit ${pip.code}`;
        throw new Error(`pip install ${requirement} failed (${why}): ${outputTail(pip)}`);
    }
    log.info(`pip install finished in ${formatDuration(venv.ms + pip.ms)}`);
    const entry = (0,external_node_path_namespaceObject.join)(venvBin(venvDir), executableName(binary));
    const files = await (0,promises_namespaceObject.readdir)(venvBin(venvDir));
    if (!files.includes(executableName(binary))) {
        throw new Error(`pip installed ${requirement} but it has no ${executableName(binary)} entry point`);
    }
    return entry;
}
function quote(arg) {
    return /[\s"']/.test(arg) ? `"${arg.replace(/"/g, '\\"')}"` : arg;
}

;// CONCATENATED MODULE: ./shared/tools/locate.ts
/**
 * Finding a tool's executable in an install directory and asking a binary which version it is.
 */



/**
 * Finds `fileName` in `dir`: at the top, in a virtualenv's bin/Scripts, or (for archives that wrap their files in
 * a folder) up to three levels down. Returns the shallowest match.
 */
async function locateBinary(dir, fileName, depth = 3) {
    let level = [dir];
    for (let d = 0; d <= depth && level.length; d++) {
        const next = [];
        for (const current of level) {
            const entries = await (0,promises_namespaceObject.readdir)(current, { withFileTypes: true }).catch(() => []);
            for (const entry of entries) {
                const path = (0,external_node_path_namespaceObject.join)(current, entry.name);
                if (entry.name === fileName && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))))
                    return path;
                if (entry.isDirectory())
                    next.push(path);
            }
        }
        level = next.sort();
    }
    return undefined;
}
async function isFile(path) {
    return (await (0,promises_namespaceObject.stat)(path).catch(() => undefined))?.isFile() ?? false;
}
/** Runs the tool's version command and returns its combined output ('' if it could not run). */
async function versionOutput(binary, args, env = process.env) {
    try {
        const result = await runProcess(binary, args, { env, timeoutMs: 30_000 });
        return `${result.stdout}\n${result.stderr}`;
    }
    catch {
        return '';
    }
}
/**
 * True when the binary's version output names exactly `version` (so 8.30.1 does not accept 8.30.10, 18.30.1 or
 * 8.30.1-rc1).
 */
async function reportsVersion(binary, args, version, env = process.env) {
    return mentionsVersion(await versionOutput(binary, args, env), version);
}
/** True when `text` contains `version` as a whole version token. */
function mentionsVersion(text, version) {
    const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w.-])v?${escaped}(?![\\w-]|\\.\\d)`).test(text);
}
/** The first version-looking token in the binary's version output, or undefined. */
async function detectVersion(binary, args, env = process.env) {
    return /\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?/.exec(await versionOutput(binary, args, env))?.[0];
}

;// CONCATENATED MODULE: ./shared/tools/installer.ts
/**
 * Installs a pinned scanner. Order: (1) an explicit path, or the pinned version already on PATH; (2) the tool
 * cache; (3) the release download (or a mirror of it), sha256-verified and safely extracted; (4) `go install` /
 * `pip install` when no download is possible. Never "latest", never the GitHub API.
 */














const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
/** Installs (or finds) `spec`'s scanner and returns where it is, which version, and how it was obtained. */
async function installTool(spec, options = {}) {
    const log = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    const started = Date.now();
    const { version, checksum } = requestedVersion(spec, options, log);
    const label = `${spec.name} ${version}`;
    if (options.mirror && !/^https?:\/\/[^/]/i.test(options.mirror)) {
        throw new ConfigurationError(`${spec.name}: mirror "${options.mirror}" is not an http(s) URL`);
    }
    const explicit = explicitPath(spec, options, env);
    if (explicit)
        return useExplicit(spec, explicit, env, log);
    if (options.usePath !== false) {
        const onPath = await findExecutable(spec.binary, env);
        if (onPath && (await reportsVersion(onPath, spec.versionArgs, version, env))) {
            log.info(`${label}: using ${onPath} from PATH`);
            return { path: onPath, version, source: 'path' };
        }
        if (onPath)
            log.debug(`${label}: ${onPath} on PATH is another version; not using it`);
    }
    const cache = await openToolCache({ env, cacheDir: options.cacheDir });
    const arch = process.arch;
    const cachedDir = await cache.find(spec.name, version, arch);
    if (cachedDir) {
        const binary = await locateBinary(cachedDir, executableName(spec.binary));
        if (binary) {
            log.info(`${label}: found in the tool cache at ${binary}`);
            return { path: binary, version, source: 'cache' };
        }
        log.warning(`${label}: the tool cache entry ${cachedDir} has no ${spec.binary}; installing again`);
    }
    const attempts = [];
    const plan = downloadPlan(spec, version, checksum, options.mirror);
    if ('url' in plan) {
        try {
            const path = await downloadAndCache(spec, version, plan, cache, options, log);
            log.info(`${label}: installed from ${plan.url} in ${formatDuration(Date.now() - started)}`);
            return { path, version, source: 'download' };
        }
        catch (err) {
            // Only "could not get the file" falls through; a checksum mismatch or unsafe archive stops here.
            if (!(err instanceof DownloadError))
                throw err;
            attempts.push({ method: 'download', target: plan.url, reason: err.message.replace(/^Download of \S+ failed: /, '') });
            log.warning(`${label}: ${err.message}`);
        }
    }
    else {
        attempts.push({ method: 'download', target: `(${platformKey()})`, reason: plan.reason });
        log.info(`${label}: no download: ${plan.reason}`);
    }
    if (options.allowFallback === false) {
        throw new ToolInstallError(spec.name, version, attempts, 'The package-manager fallback is disabled.');
    }
    const path = await installWithFallback(spec, version, cache, attempts, options, log);
    const method = spec.fallback?.kind === 'pip' ? 'pip install' : 'go install';
    log.info(`${label}: installed with ${method} in ${formatDuration(Date.now() - started)}`);
    return { path, version, source: 'fallback' };
}
/** Runs the spec's go/pip fallback into the cache; on failure throws a ToolInstallError listing every attempt. */
async function installWithFallback(spec, version, cache, attempts, options, log) {
    const fallback = spec.fallback;
    if (!fallback)
        throw new ToolInstallError(spec.name, version, attempts, `${spec.name} has no package-manager fallback.`);
    const method = fallback.kind === 'go' ? 'go install' : 'pip install';
    const target = fallback.kind === 'go' ? goInstallArgs(fallback, version).slice(1).join(' ') : `${fallback.package}==${version}`;
    log.info(`${spec.name} ${version}: falling back to ${method} ${target}`);
    const buildOptions = { logger: log, env: options.env ?? process.env, timeoutMs: options.buildTimeoutMs };
    try {
        if (fallback.kind === 'pip') {
            let entry = '';
            // A virtualenv hard-codes its own location, so it is built where it will stay.
            await cache.buildInPlace(spec.name, version, process.arch, async (dir) => {
                entry = await pipInstall(fallback, version, spec.binary, (0,external_node_path_namespaceObject.join)(dir, 'venv'), buildOptions);
            });
            return entry;
        }
        const scratch = await cache.scratch(spec.name);
        try {
            const bin = (0,external_node_path_namespaceObject.join)(scratch, 'bin');
            const built = await goInstall(fallback, version, spec.binary, bin, buildOptions);
            const dir = await cache.add(bin, spec.name, version, process.arch);
            return (0,external_node_path_namespaceObject.join)(dir, (0,external_node_path_namespaceObject.relative)(bin, built));
        }
        finally {
            await (0,promises_namespaceObject.rm)(scratch, { recursive: true, force: true });
        }
    }
    catch (err) {
        attempts.push({ method, target, reason: errorMessage(err) });
        throw new ToolInstallError(spec.name, version, attempts);
    }
}
function requestedVersion(spec, options, log) {
    const version = (options.version ?? spec.version).trim().replace(/^v/, '');
    if (!EXACT_VERSION.test(version)) {
        throw new ConfigurationError(`${spec.name}: version "${options.version}" is not an exact release (e.g. ${spec.version}); "latest" and ranges are not allowed`);
    }
    if (options.checksum === undefined || options.checksum === '')
        return { version };
    const checksum = options.checksum.trim().toLowerCase().replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(checksum)) {
        throw new ConfigurationError(`${spec.name}: checksum "${options.checksum}" is not a sha256 (64 hex digits)`);
    }
    if (!spec.release)
        log.warning(`${spec.name}: the checksum option is ignored; ${spec.name} has no release download`);
    const key = platformKey();
    const pinned = isPlatformKey(key) ? spec.release?.assets[key]?.sha256 : undefined;
    if (version === spec.version && pinned && pinned !== checksum) {
        throw new ConfigurationError(`${spec.name}: checksum ${checksum} contradicts the pinned sha256 ${pinned} of ${spec.name} ${version}; ` +
            'the checksum option only applies together with another version');
    }
    return { version, checksum };
}
function explicitPath(spec, options, env) {
    // Absolute from the start: scanners run in another working directory than the one the path was given in.
    if (options.path)
        return { path: (0,external_node_path_namespaceObject.resolve)(options.path), from: 'the path option' };
    const variable = pathVariable(spec);
    const value = env[variable];
    return value ? { path: (0,external_node_path_namespaceObject.resolve)(value), from: variable } : undefined;
}
async function useExplicit(spec, explicit, env, log) {
    const info = await (0,promises_namespaceObject.stat)(explicit.path).catch(() => undefined);
    const path = info?.isDirectory() ? (0,external_node_path_namespaceObject.join)(explicit.path, executableName(spec.binary)) : explicit.path;
    const file = info?.isDirectory() ? await (0,promises_namespaceObject.stat)(path).catch(() => undefined) : info;
    if (!file?.isFile()) {
        throw new ConfigurationError(`${spec.name}: the explicit path ${path} (from ${explicit.from}) does not exist or is not a file; ` +
            `point it at the ${spec.binary} executable or unset it to let the installer fetch ${spec.name} ${spec.version}`);
    }
    const version = (await detectVersion(path, spec.versionArgs, env)) ?? 'unknown';
    if (version !== spec.version)
        log.warning(`${spec.name}: ${path} reports version ${version}; the pinned version is ${spec.version}`);
    log.info(`${spec.name}: using ${path} (from ${explicit.from})`);
    return { path, version, source: 'explicit' };
}
function downloadPlan(spec, version, checksum, mirror) {
    const key = platformKey();
    if (!spec.release)
        return { reason: `${spec.name} has no release download; it is installed with its package manager` };
    const asset = isPlatformKey(key) ? spec.release.assets[key] : undefined;
    if (!asset)
        return { reason: `no release asset with a confirmed sha256 is pinned for ${key}` };
    const sha256 = version === spec.version ? asset.sha256 : checksum;
    if (!sha256) {
        return { reason: `no checksum given for version ${version} (only ${spec.version} is pinned); refusing an unverified download` };
    }
    const file = fillTemplate(asset.file, version);
    const base = mirror ? mirror.replace(/\/+$/, '') : fillTemplate(spec.release.baseUrl, version);
    return { url: `${base}/${file}`, file, sha256 };
}
async function downloadAndCache(spec, version, plan, cache, options, log) {
    const scratch = await cache.scratch(spec.name);
    try {
        const archive = (0,external_node_path_namespaceObject.join)(scratch, plan.file);
        log.info(`${spec.name} ${version}: downloading ${plan.url}`);
        const got = await downloadVerified(plan.url, archive, plan.sha256, { ...options.download, logger: log });
        log.info(`${spec.name} ${version}: downloaded ${(got.bytes / 1_048_576).toFixed(1)} MiB in ${formatDuration(got.ms)}` +
            `${got.attempts > 1 ? ` (${got.attempts} attempts)` : ''}; sha256 ${got.sha256} verified`);
        const content = (0,external_node_path_namespaceObject.join)(scratch, 'content');
        const binaryName = executableName(spec.binary);
        const kind = archiveKind(plan.file);
        if (kind === 'raw') {
            await (0,promises_namespaceObject.mkdir)(content);
            await (0,promises_namespaceObject.rename)(archive, (0,external_node_path_namespaceObject.join)(content, binaryName));
        }
        else {
            await extractArchive(archive, kind, content, log);
        }
        const binary = await locateBinary(content, binaryName);
        if (!binary)
            throw new ScannerError(`${plan.file} from ${plan.url} does not contain ${binaryName}`);
        await (0,promises_namespaceObject.chmod)(binary, 0o755);
        const dir = await cache.add(content, spec.name, version, process.arch);
        return (0,external_node_path_namespaceObject.join)(dir, (0,external_node_path_namespaceObject.relative)(content, binary));
    }
    finally {
        await (0,promises_namespaceObject.rm)(scratch, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./shared/scanners/install.ts
/** Binds a scanner name and the user's install options to the installer, for the stages to call when they need it. */



function toolNames() {
    return Object.keys(TOOLS);
}
/** Looks up a scanner by name; a wrong name lists the allowed ones. */
function toolSpec(name) {
    if (!(name in TOOLS))
        throw new ConfigurationError(`Unknown tool '${name}'; allowed: ${toolNames().join(', ')}.`);
    return TOOLS[name];
}
/** A function that finds or installs the scanner when called, so that nothing is installed for a bad input. */
function scannerFor(name, choice) {
    return async () => {
        const tool = await installTool(toolSpec(name), {
            logger: choice.logger,
            path: choice.path || undefined,
            version: choice.version || undefined,
            checksum: choice.checksum || undefined,
            mirror: choice.mirror || undefined
        });
        return { path: tool.path, version: tool.version };
    };
}

;// CONCATENATED MODULE: ./cli/sast.ts
/** `devsecops sast`: the SAST stage in a terminal; its flags mirror the action's inputs. */











function flag(value, name, fallback) {
    if (value === undefined)
        return fallback;
    if (value === true || value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new ConfigurationError(`Option '--${name}' is '${String(value)}'; allowed values: true, false.`);
}
async function sastCommand(p, logger) {
    const v = p.values;
    const root = (0,external_node_path_namespaceObject.resolve)(p.positionals[0] ?? '.');
    const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim();
    const result = await runSastStage({
        root,
        config: v.config ?? DEFAULT_SEMGREP_CONFIG,
        offlineFallback: flag(v['offline-fallback'], 'offline-fallback', true),
        pathsIgnore: parsePathsIgnore(v['paths-ignore'] ?? ''),
        newFindingsOnly: flag(v['new-findings-only'], 'new-findings-only', true),
        base: v.base,
        event: readEventContext(),
        failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
        onScannerError: parseOnScannerError(v['on-scanner-error'] ?? 'fail'),
        sarifPath: v.sarif ? (0,external_node_path_namespaceObject.resolve)(v.sarif) : (0,external_node_path_namespaceObject.join)(gitDir || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops'), 'devsecops', 'sast.sarif'),
        scanner: scannerFor('semgrep', { path: v['semgrep-path'], logger }),
        logger
    });
    if (v.summary) {
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(v.summary)), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.resolve)(v.summary), result.summary);
    }
    const out = [];
    const word = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR';
    out.push(`sast: ${word}: ${result.decision.reason}`);
    if (result.findings.length > 0)
        out.push('', renderTable(result.findings, SAST_COLUMNS, result.ruleTitles));
    if (result.error)
        out.push('', `The scan did not complete: ${result.error}`);
    for (const w of result.warnings)
        out.push('', `warning: ${w}`);
    out.push('', `SARIF: ${result.sarifPath}`);
    process.stdout.write(`${out.join('\n')}\n`);
    if (result.outcome === 'error' && v['on-scanner-error'] === 'warn')
        return 0;
    return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2;
}

;// CONCATENATED MODULE: ./shared/scanners/gitleaks-rules.ts
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
];
/** Matches that rest on entropy or a keyword alone, with no provider-specific shape. */
const GENERIC = [/generic/i, /high[-_ ]?entropy/i, /^password$|generic[-_ ]password/i];
const WORDS = {
    aws: 'AWS', gcp: 'GCP', api: 'API', jwt: 'JWT', ssh: 'SSH', pypi: 'PyPI', npm: 'npm', github: 'GitHub',
    gitlab: 'GitLab', rsa: 'RSA', pgp: 'PGP', pat: 'PAT', oauth: 'OAuth', id: 'ID', url: 'URL', sdk: 'SDK',
    pkcs12: 'PKCS#12', dsa: 'DSA', ec: 'EC', ibm: 'IBM', oci: 'OCI', gcm: 'GCM', ssl: 'SSL', tls: 'TLS'
};
/** "aws-access-token" -> "AWS access token". */
function humanize(ruleId) {
    const words = ruleId.split(/[-_\s]+/).filter(Boolean);
    return words
        .map((w, i) => (Object.hasOwn(WORDS, w.toLowerCase()) ? WORDS[w.toLowerCase()] : i === 0 ? w[0].toUpperCase() + w.slice(1) : w.toLowerCase()))
        .join(' ');
}
/** Our severity for a kind of secret. */
function secretSeverity(ruleId, name = '', tags = []) {
    const text = [ruleId, name, ...tags].join(' ');
    if (GENERIC.some(re => re.test(ruleId) || re.test(name)))
        return 'medium';
    if (CRITICAL.some(re => re.test(text)))
        return 'critical';
    return 'high';
}
/** A complete rule description for a gitleaks rule id. */
function secretRule(ruleId, name, description, tags = []) {
    const title = name?.trim() || humanize(ruleId);
    const severity = secretSeverity(ruleId, name, tags);
    const what = description?.trim() || `A credential of the kind "${title}" in the code or its history.`;
    const helpText = [
        `${what}`,
        '',
        'A secret in a repository must be treated as compromised, even after the commit is removed: anyone with read ' +
            'access, a fork or a clone made before the fix still has it.',
        '1. Revoke or rotate the credential at its issuer first.',
        '2. Remove it from the code and load it at run time from a secret store or an environment variable.',
        '3. If the repository is shared, rewrite the history that holds it (git filter-repo) and ask collaborators to re-clone.',
        'False positive? Add the finding to .gitleaksignore, or an allowlist to .gitleaks.toml, with a comment saying why.'
    ].join('\n');
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
    ].join('\n');
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
    };
}

;// CONCATENATED MODULE: ./shared/scanners/gitleaks-report.ts
/**
 * Reads every report gitleaks has written over its versions into our finding model: v8 JSON and CSV (PascalCase
 * fields), v8 SARIF (commit data in partialFingerprints), v7 JSON (camelCase, display names as rules) and v7 SARIF
 * (no ruleId in results). Secret values, matched lines, authors and e-mails are never copied into a finding; they
 * are returned in `sensitive` so the caller can mask them before anything is logged.
 */


/** Parses a gitleaks report (format detected from the content). Throws ScannerError when it is unreadable. */
function parseGitleaksReport(text) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    if (trimmed === '')
        return { findings: [], rules: [], sensitive: [], secrets: [], format: 'empty' };
    if (trimmed.startsWith('RuleID,'))
        return fromLeaks(parseCsv(trimmed), 'v8-csv');
    let data;
    try {
        data = JSON.parse(trimmed);
    }
    catch (err) {
        throw new ScannerError(`The gitleaks report is not valid JSON, SARIF or CSV (${err.message}).`);
    }
    if (Array.isArray(data)) {
        if (data.length === 0)
            return { findings: [], rules: [], sensitive: [], secrets: [], format: 'empty' };
        if (data.some(e => !e || typeof e !== 'object' || Array.isArray(e))) {
            throw new ScannerError('The gitleaks report lists something that is not a leak record (null, a number or a list).');
        }
        const first = data[0];
        if (first && typeof first === 'object' && 'RuleID' in first)
            return fromLeaks(v8Json(data), 'v8-json');
        if (first && typeof first === 'object' && ('offender' in first || 'rule' in first))
            return fromLeaks(v7Json(data), 'v7-json');
        throw new ScannerError('The gitleaks report is a JSON array whose entries have neither RuleID (v8) nor rule/offender (v7).');
    }
    if (data && typeof data === 'object' && Array.isArray(data.runs)) {
        const runs = data.runs;
        if (runs.some(r => !r || typeof r !== 'object'))
            throw new ScannerError('The gitleaks SARIF report has a run that is not an object.');
        return gitleaks_report_fromSarif(data);
    }
    throw new ScannerError('The gitleaks report is JSON but neither a list of leaks nor a SARIF log.');
}
function fromLeaks(parsed, format) {
    const rules = new Map();
    const findings = [];
    for (const leak of parsed.leaks) {
        if (!rules.has(leak.ruleId))
            rules.set(leak.ruleId, secretRule(leak.ruleId, leak.ruleName, leak.description, leak.tags));
        findings.push(toFinding(leak, rules.get(leak.ruleId)));
    }
    const secrets = [...new Set(parsed.secrets.filter(v => v && !/^(REDACTED|\*+)$/.test(v.trim())))];
    return { findings, rules: [...rules.values()], sensitive: parsed.sensitive.filter(Boolean), secrets, format };
}
function toFinding(leak, rule) {
    const short = leak.commit ? leak.commit.slice(0, 7) : undefined;
    const where = `${leak.file}${leak.startLine ? `:${leak.startLine}` : ''}`;
    const when = short ? ` in commit ${short}${leak.date ? ` (${leak.date.slice(0, 10)})` : ''}` : '';
    return {
        ruleId: leak.ruleId,
        message: `${rule.title} found at ${where}${when}. Revoke or rotate it, then remove it from the code.`,
        severity: rule.severity,
        location: {
            path: leak.file,
            startLine: leak.startLine,
            endLine: leak.endLine,
            startColumn: leak.startColumn,
            endColumn: leak.endColumn
        },
        // A leak is a fact about one commit and line; it does not move, so the line is part of its identity.
        identity: [leak.ruleId, leak.file, leak.commit ?? 'worktree', String(leak.startLine ?? 0)],
        properties: {
            ...(leak.commit ? { commit: leak.commit } : {}),
            ...(leak.date ? { commitDate: leak.date } : {})
        }
    };
}
const gitleaks_report_str = (v) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const num = (v) => {
    const n = typeof v === 'number' ? v : Number.parseInt(gitleaks_report_str(v), 10);
    return Number.isFinite(n) ? n : undefined;
};
/** gitleaks writes dates as RFC 3339 in real scans; keep anything else as it came. */
function isoDate(v) {
    const s = gitleaks_report_str(v).trim();
    if (!s)
        return undefined;
    const d = new Date(s);
    if (!/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(d.getTime()))
        return s;
    // Staged and working-tree leaks carry Go's zero time (0001-01-01): no date at all.
    return d.getUTCFullYear() < 1971 ? undefined : d.toISOString();
}
function v8Json(rows) {
    const sensitive = [];
    const secrets = [];
    const leaks = rows.map(r => {
        secrets.push(gitleaks_report_str(r.Secret), gitleaks_report_str(r.Match));
        sensitive.push(gitleaks_report_str(r.Secret), gitleaks_report_str(r.Match), gitleaks_report_str(r.Email), gitleaks_report_str(r.Author));
        const tags = Array.isArray(r.Tags) ? r.Tags.map(gitleaks_report_str) : gitleaks_report_str(r.Tags).split(/[\s,]+/);
        return {
            ruleId: gitleaks_report_str(r.RuleID) || 'unknown-secret',
            description: gitleaks_report_str(r.Description) || undefined,
            file: gitleaks_report_str(r.File),
            startLine: num(r.StartLine),
            endLine: num(r.EndLine),
            startColumn: num(r.StartColumn),
            endColumn: num(r.EndColumn),
            commit: gitleaks_report_str(r.Commit) || undefined,
            date: isoDate(r.Date),
            tags: tags.filter(Boolean)
        };
    });
    return { leaks, sensitive, secrets };
}
function v7Json(rows) {
    const sensitive = [];
    const secrets = [];
    const leaks = rows.map(r => {
        secrets.push(gitleaks_report_str(r.offender), gitleaks_report_str(r.line));
        sensitive.push(gitleaks_report_str(r.offender), gitleaks_report_str(r.line), gitleaks_report_str(r.email), gitleaks_report_str(r.author));
        const name = gitleaks_report_str(r.rule) || 'Unknown secret';
        return {
            ruleId: slug(name),
            ruleName: name,
            file: gitleaks_report_str(r.file),
            startLine: num(r.lineNumber),
            commit: gitleaks_report_str(r.commit) || undefined,
            date: isoDate(r.date),
            tags: gitleaks_report_str(r.tags).split(',').map(t => t.trim()).filter(Boolean)
        };
    });
    return { leaks, sensitive, secrets };
}
/** A minimal RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
function parseCsv(text) {
    const rows = [[]];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"')
                (field += '"'), i++;
            else if (c === '"')
                quoted = false;
            else
                field += c;
        }
        else if (c === '"')
            quoted = true;
        else if (c === ',')
            rows[rows.length - 1].push(field), (field = '');
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                i++;
            rows[rows.length - 1].push(field);
            field = '';
            rows.push([]);
        }
        else
            field += c;
    }
    rows[rows.length - 1].push(field);
    const [header, ...body] = rows.filter(r => r.length > 1 || r[0] !== '');
    const objects = body.map(cells => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    return v8Json(objects);
}
function gitleaks_report_fromSarif(log) {
    const leaks = [];
    const sensitive = [];
    const secrets = [];
    let v7 = false;
    for (const run of log.runs) {
        const names = new Map();
        for (const r of run.tool?.driver?.rules ?? [])
            if (r.id)
                names.set(r.id, { name: r.name, short: r.shortDescription?.text });
        for (const res of run.results ?? []) {
            const loc = res.locations?.[0]?.physicalLocation;
            const region = loc?.region ?? {};
            const fp = res.partialFingerprints ?? {};
            const props = res.properties ?? {};
            secrets.push(gitleaks_report_str(region.snippet?.text), gitleaks_report_str(props.offender));
            sensitive.push(gitleaks_report_str(region.snippet?.text), gitleaks_report_str(fp.email), gitleaks_report_str(fp.author), gitleaks_report_str(props.offender), gitleaks_report_str(props.email), gitleaks_report_str(props.author));
            // v7 results have no ruleId: the rule's display name starts the message ("AWS Access Key secret detected").
            let ruleId = gitleaks_report_str(res.ruleId);
            let ruleName;
            if (!ruleId) {
                v7 = true;
                ruleName = gitleaks_report_str(res.message?.text).replace(/ secret detected.*$/s, '') || 'Unknown secret';
                ruleId = slug(ruleName);
            }
            else {
                const known = names.get(ruleId);
                // Before 8.19 the rule's shortDescription held its regex; its name is the readable title then.
                ruleName = known?.name ?? (known?.short && !looksLikeRegex(known.short) ? known.short : undefined);
            }
            const tags = Array.isArray(props.tags) ? props.tags.map(gitleaks_report_str) : gitleaks_report_str(props.tags).split(',').map(t => t.trim());
            leaks.push({
                ruleId,
                ruleName,
                file: gitleaks_report_str(loc?.artifactLocation?.uri),
                startLine: num(region.startLine),
                endLine: num(region.endLine),
                startColumn: num(region.startColumn),
                endColumn: num(region.endColumn),
                commit: gitleaks_report_str(fp.commitSha ?? props.commit) || undefined,
                date: isoDate(fp.date ?? props.date),
                tags: tags.filter(Boolean)
            });
        }
    }
    return fromLeaks({ leaks, sensitive, secrets }, v7 ? 'v7-sarif' : 'v8-sarif');
}
function looksLikeRegex(s) {
    return /[\\()[\]{}|?*+^$]/.test(s) && !/\s[a-z]+\s/i.test(s.replace(/\(\?i\)/g, ''));
}
/** "AWS Access Key" -> "aws-access-key". */
function slug(name) {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown-secret';
}

;// CONCATENATED MODULE: ./shared/scanners/gitleaks.ts
/**
 * The gitleaks adapter: how to call it for each scope and how to read what it wrote. gitleaks runs with --redact,
 * so secret values never even reach this process; the report's e-mails and authors are dropped by the parser.
 *
 * A secret scan that quietly sees less than it claims is worse than none, so: git's own output is pinned against
 * user and repository settings that would hide diffs, staged files are scanned as their staged content (no diff
 * that .gitattributes could turn into "Binary files differ"), and any error gitleaks logs fails the scan.
 */








const GITLEAKS_URI = 'https://github.com/gitleaks/gitleaks';
/** An exit code gitleaks uses only for "leaks found", so that 1 (its error code) stays an error. */
const LEAKS_EXIT = 42;
const DEFAULT_TIMEOUT_SECONDS = 30 * 60;
/**
 * git settings that change what `git log -p` prints (colour codes, a hidden root commit, signatures, prefixes)
 * would make gitleaks miss secrets. Passed as GIT_CONFIG_* variables, they outrank every config file.
 */
const PINNED_GIT_CONFIG = [
    ['color.ui', 'never'],
    ['color.diff', 'never'],
    ['log.showRoot', 'true'],
    ['log.showSignature', 'false'],
    ['diff.noprefix', 'false'],
    ['diff.mnemonicPrefix', 'false'],
    ['diff.relative', 'false'],
    ['core.quotePath', 'false']
];
/** The argument list for a scope. Exported for tests and for the log. */
function gitleaksArgs(o, reportPath, target = '.') {
    const sub = o.subdir && o.subdir !== '.' ? o.subdir : '';
    const mode = o.scope.kind === 'working-tree' || o.scope.kind === 'staged'
        ? // Relative to the folder gitleaks runs in, so paths and .gitleaksignore fingerprints stay stable.
            ['dir', sub && o.scope.kind === 'working-tree' ? sub : target]
        : ['git', '--log-opts', `${logOptions(o.scope) ?? ''}${sub ? ` -- ${sub}` : ''}`, o.root];
    const ignore = (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(o.root, '.gitleaksignore')) ? ['--gitleaks-ignore-path', o.root] : [];
    return [
        ...mode,
        ...(o.config ? ['--config', o.config] : []),
        ...ignore,
        '--report-format', 'json',
        '--report-path', reportPath,
        '--redact',
        '--no-banner',
        '--no-color',
        '--exit-code', String(LEAKS_EXIT),
        '--log-level', 'info'
    ];
}
/** Runs gitleaks on the scope and returns the run for the SARIF builder. Throws ScannerError when it breaks. */
async function runGitleaks(o) {
    if (o.config && !(0,external_node_fs_namespaceObject.existsSync)(o.config)) {
        throw new ConfigurationError(`The gitleaks config file '${o.config}' does not exist.`);
    }
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-gitleaks-'));
    const reportPath = (0,external_node_path_namespaceObject.join)(dir, 'report.json');
    const startTime = new Date();
    try {
        let cwd = o.root;
        if (o.scope.kind === 'staged') {
            cwd = (0,external_node_path_namespaceObject.join)(dir, 'staged');
            const n = await exportStaged(o.root, cwd, o.subdir);
            o.logger.info(`Scanning the staged content of ${n} file${n === 1 ? '' : 's'}.`);
        }
        const args = gitleaksArgs(o, reportPath);
        o.logger.info(`Running gitleaks ${o.version}: gitleaks ${args.map(a => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`);
        const timeout = o.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
        let res;
        try {
            res = await runProcess(o.binary, args, {
                cwd,
                env: { ...process.env, ...pinnedGitEnv() },
                timeoutMs: timeout * 1000,
                onLine: line => o.logger.debug(`gitleaks: ${stripAnsi(line)}`)
            });
        }
        catch (err) {
            throw new ScannerError(`gitleaks could not be started (${err.message}).`);
        }
        const endTime = new Date();
        if (res.timedOut)
            throw new ScannerError(`gitleaks did not finish within ${timeout} s.`);
        const lines = res.stderr.split('\n').map(l => stripAnsi(l).trim()).filter(Boolean);
        if (res.code !== 0 && res.code !== LEAKS_EXIT) {
            throw new ScannerError(`gitleaks failed with exit code ${res.code}.`, telling(lines));
        }
        // gitleaks logs git's failures (an unreadable object, a broken config) and still exits 0 with an empty report.
        const errors = lines.filter(l => /\b(ERR|FTL|PNC)\b|^panic:|fatal:/.test(l));
        if (errors.length > 0)
            throw new ScannerError('gitleaks reported errors, so the scan is not complete.', errors.slice(0, 8));
        // gitleaks' own count leaves out commits with nothing to diff, so only "none at all" is a sure sign of trouble.
        const seen = /(\d+) commits scanned/.exec(lines.join('\n'));
        if (o.expectedCommits && seen && Number(seen[1]) === 0) {
            throw new ScannerError(`gitleaks scanned none of the ${o.expectedCommits} commits in scope, so the scan is not complete.`);
        }
        const text = (0,external_node_fs_namespaceObject.existsSync)(reportPath) ? (0,external_node_fs_namespaceObject.readFileSync)(reportPath, 'utf8') : '';
        // gitleaks always writes at least "[]": nothing at all means it did not get to the end.
        if (!text.trim())
            throw new ScannerError('gitleaks finished but wrote no report.', telling(lines));
        const report = parseGitleaksReport(text);
        // Secrets are masked before anything else is logged; e-mails and authors are simply never used.
        for (const value of report.secrets)
            o.logger.mask(value);
        if (res.code === LEAKS_EXIT && report.findings.length === 0) {
            throw new ScannerError('gitleaks said it found leaks but its report lists none.');
        }
        for (const f of report.findings)
            f.location.path = repoPath(cwd, f.location.path);
        return {
            stage: 'secrets',
            tool: { name: 'gitleaks', version: o.version, informationUri: GITLEAKS_URI },
            rules: report.rules,
            findings: report.findings,
            invocation: { successful: true, exitCode: res.code, errors: [], warnings: [], startTime, endTime }
        };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/** The GIT_CONFIG_* variables that pin git's output for gitleaks. */
function pinnedGitEnv() {
    const env = { GIT_CONFIG_COUNT: String(PINNED_GIT_CONFIG.length) };
    PINNED_GIT_CONFIG.forEach(([k, v], i) => {
        env[`GIT_CONFIG_KEY_${i}`] = k;
        env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    return env;
}
/** Writes the staged version of every added or changed file into `dest`, keeping repository-relative paths. */
async function exportStaged(root, dest, subdir) {
    const pathspec = subdir && subdir !== '.' ? ['--', subdir] : [];
    const names = (await git(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', ...pathspec]))
        .split('\0')
        .filter(Boolean);
    const prefix = `${dest}/`;
    for (let i = 0; i < names.length; i += 200) {
        await git(root, ['checkout-index', '--force', `--prefix=${prefix}`, '--', ...names.slice(i, i + 200)]);
    }
    if (names.length === 0)
        (0,external_node_fs_namespaceObject.mkdirSync)(dest, { recursive: true });
    return names.length;
}
/** The lines of gitleaks' output that say what went wrong: errors first (a panic's cause, not its stack), then the end. */
function telling(lines) {
    const cause = lines.filter(l => /error|panic|fatal|invalid|cannot|failed/i.test(l) && !/^\s*(goroutine|\/|[a-z0-9_./]+\(0x)/i.test(l));
    return [...new Set([...cause.slice(0, 4), ...lines.slice(-4)])].slice(0, 8);
}
function stripAnsi(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
}
/** gitleaks reports paths as given on the command line; we publish them relative to the repository. */
function repoPath(root, file) {
    const abs = (0,external_node_path_namespaceObject.isAbsolute)(file) ? file : (0,external_node_path_namespaceObject.resolve)(root, file);
    const rel = (0,external_node_path_namespaceObject.relative)(root, abs);
    return rel.startsWith('..') ? file : rel.split('\\').join('/');
}

;// CONCATENATED MODULE: ./actions/secrets/stage.ts
/**
 * The secrets stage, free of GitHub Actions specifics so the action and the `devsecops` command run exactly the
 * same code: resolve the scope, get gitleaks, scan, write SARIF, gate, and render the summary.
 */








/** Columns of the secrets findings table: when and where the secret entered. */
const SECRET_COLUMNS = [
    { header: 'Commit', value: f => (typeof f.properties?.commit === 'string' ? f.properties.commit.slice(0, 7) : 'not committed') },
    { header: 'Date', value: f => (typeof f.properties?.commitDate === 'string' ? f.properties.commitDate.slice(0, 10) : '') }
];
async function runSecretsStage(o) {
    const started = Date.now();
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(o.root)) || !(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.resolve)(o.root)).isDirectory()) {
        throw new ConfigurationError(`The path to scan '${o.root}' is not a directory.`);
    }
    const given = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.resolve)(o.root));
    const needsGit = o.scope !== 'working-tree';
    const top = await topLevel(given);
    if (needsGit && !top) {
        throw new ConfigurationError(`'${o.root}' is not a git repository; scope '${o.scope}' needs one (use scope 'working-tree' for a plain folder).`);
    }
    // Findings are published relative to the repository's top level, which is what code scanning resolves paths
    // against; a path inside the repository limits the scan to that folder.
    const root = top ?? given;
    const subdir = (0,external_node_path_namespaceObject.relative)(root, given).split('\\').join('/');
    const config = findConfig(given, root, o.config);
    // Whatever limits the scan's coverage must reach the summary and the SARIF.
    const coverageWarnings = [];
    const scopeLogger = { ...o.logger, warning: m => (coverageWarnings.push(m), o.logger.warning(m)) };
    let scope = { kind: o.scope === 'staged' ? 'staged' : o.scope === 'working-tree' ? 'working-tree' : 'full-history', reason: 'as requested' };
    let error;
    let errorLines = [];
    try {
        if (needsGit) {
            scope = await o.logger.group('Resolve what to scan', () => resolveScope(root, { scope: o.scope, base: o.base, head: o.head, event: o.event }, scopeLogger));
        }
    }
    catch (err) {
        if (!(err instanceof IncompleteHistoryError))
            throw err;
        error = err.message;
    }
    const [commits, files] = needsGit && !error ? await Promise.all([countCommits(root, scope, subdir), countFiles(root, scope, subdir)]) : [undefined, undefined];
    const counted = [commits !== undefined ? plural(commits, 'commit') : '', files !== undefined ? plural(files, 'file') : ''].filter(Boolean);
    o.logger.info(`Scope: ${describeScope(scope)}${subdir ? ` in ${subdir}/` : ''}, ${scope.reason}${counted.length ? `; ${counted.join(', ')}` : ''}.`);
    if (config)
        o.logger.info(`gitleaks config: ${(0,external_node_path_namespaceObject.relative)(root, config) || config}.`);
    // Until the scanner reports otherwise, the version is the one we pinned and tried to install.
    let version = TOOLS.gitleaks.version;
    let run;
    if (!error) {
        try {
            const bin = await o.logger.group('Get gitleaks', o.scanner);
            version = bin.version;
            run = await o.logger.group('Scan for secrets', () => runGitleaks({ binary: bin.path, version, root, subdir, scope, config, expectedCommits: subdir ? undefined : commits, logger: o.logger }));
        }
        catch (err) {
            if (err instanceof ConfigurationError)
                throw err;
            error = errorMessage(err);
            errorLines = err instanceof ScannerError ? err.details : [];
        }
    }
    if (error) {
        o.logger.error(`The secret scan did not complete: ${error}`);
        for (const l of errorLines)
            o.logger.error(`  ${l}`);
    }
    run ??= {
        stage: 'secrets',
        tool: { name: 'gitleaks', version, informationUri: GITLEAKS_URI },
        rules: [],
        findings: [],
        invocation: { successful: false, errors: [error ?? 'unknown error', ...errorLines], warnings: [] }
    };
    run.properties = {
        scope: scope.kind,
        ...(subdir ? { path: subdir } : {}),
        ...(scope.kind === 'range' ? { base: scope.base, head: scope.head } : {}),
        ...(commits !== undefined ? { commits } : {}),
        ...(files !== undefined ? { files } : {})
    };
    const result = await finishStage({
        title: '🔑 Secrets',
        root,
        run,
        failOn: o.failOn,
        sarifPath: o.sarifPath,
        started,
        logger: o.logger,
        scanned: [
            ['Scope', `${describeScope(scope)}${subdir ? ` in ${subdir}/` : ''}, ${scope.reason}`],
            ...(config ? [['Config', (0,external_node_path_namespaceObject.relative)(root, config) || config]] : []),
            ...(commits !== undefined ? [['Commits', String(commits)]] : []),
            ...(files !== undefined ? [['Files', String(files)]] : [])
        ],
        columns: SECRET_COLUMNS,
        error: error ? { message: error, lines: errorLines } : undefined,
        warnings: coverageWarnings.map(w => `Partial coverage: ${w}`),
        onFailure: 'Treat every secret found as compromised: revoke or rotate it first, then remove it from the code and history.'
    });
    return { ...result, scope };
}
/** The repository's top level, or undefined outside a git repository. */
async function topLevel(dir) {
    const top = (await tryGit(dir, ['rev-parse', '--show-toplevel']))?.trim();
    return top ? (0,external_node_fs_namespaceObject.realpathSync)(top) : undefined;
}
/** The config to use: the one given (relative to the scanned path), else a .gitleaks.toml in the path or the top level. */
function findConfig(given, root, config) {
    if (config) {
        const file = (0,external_node_path_namespaceObject.resolve)(given, config);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            throw new ConfigurationError(`The gitleaks config file '${config}' does not exist.`);
        return file;
    }
    // Passed explicitly (gitleaks would look only in the folder it scans, which for staged changes is a copy).
    return [(0,external_node_path_namespaceObject.join)(given, '.gitleaks.toml'), (0,external_node_path_namespaceObject.join)(root, '.gitleaks.toml')].find(f => (0,external_node_fs_namespaceObject.existsSync)(f));
}

;// CONCATENATED MODULE: ./cli/secrets.ts
/** `devsecops secrets`: the secrets stage in a terminal, with a readable table. */










async function secretsCommand(p, logger) {
    const v = p.values;
    const root = (0,external_node_path_namespaceObject.resolve)(p.positionals[0] ?? '.');
    const base = v.base;
    const scope = parseScope(v.scope ?? (base ? 'range' : 'auto'), '--scope');
    const result = await runSecretsStage({
        root,
        scope,
        base,
        event: readEventContext(),
        config: v.config,
        failOn: parseFailOn(v['fail-on'] ?? 'low', '--fail-on'),
        sarifPath: v.sarif ? (0,external_node_path_namespaceObject.resolve)(v.sarif) : await defaultSarifPath(root),
        scanner: scannerFor('gitleaks', { path: v['gitleaks-path'], logger }),
        logger
    });
    if (v.summary) {
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(v.summary)), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.resolve)(v.summary), result.summary);
    }
    const out = [];
    const icon = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR';
    out.push(`secrets: ${icon}: ${result.decision.reason}`);
    if (result.findings.length > 0)
        out.push('', renderTable(result.findings, SECRET_COLUMNS, result.ruleTitles));
    if (result.error)
        out.push('', `The scan did not complete: ${result.error}`);
    if (result.outcome === 'failed' && scope === 'staged') {
        out.push('', 'The commit was stopped because the staged changes hold a secret. Remove it from the file and stage the file', 'again (load the value from an environment variable or a secret store). A false positive? Add the fingerprint', "gitleaks prints with --verbose, or 'FILE:RULE:LINE', to .gitleaksignore with a comment saying why.");
    }
    out.push('', `SARIF: ${result.sarifPath}`);
    process.stdout.write(`${out.join('\n')}\n`);
    return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2;
}
/** Inside the repository's git folder, so a scan never leaves files that `git add -A` would pick up. */
async function defaultSarifPath(root) {
    const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim();
    return (0,external_node_path_namespaceObject.join)(gitDir || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops'), 'devsecops', 'secrets.sarif');
}

;// CONCATENATED MODULE: ./cli/tools.ts
/** `devsecops install <tool>` and `devsecops hook install`. */






async function installCommand(p, logger) {
    const name = p.positionals[0];
    if (!name)
        throw new ConfigurationError(`Which tool? devsecops install <tool>, one of: ${toolNames().join(', ')}.`);
    const v = p.values;
    const tool = await installTool(toolSpec(name), { logger, version: v.version, checksum: v.checksum });
    process.stdout.write(`${tool.path}\n`);
    logger.info(`${name} ${tool.version} (${tool.source})`);
    return 0;
}
const MARKER = '# devsecops pre-commit hook';
async function hookCommand(p, logger) {
    const [action, path] = p.positionals;
    if (action !== 'install' && action !== 'uninstall') {
        throw new ConfigurationError(`Unknown hook action '${action ?? ''}'; allowed: install, uninstall.`);
    }
    const root = (0,external_node_path_namespaceObject.resolve)(path ?? '.');
    const hooksDir = (0,external_node_path_namespaceObject.resolve)(root, (await git(root, ['rev-parse', '--git-path', 'hooks'])).trim());
    const hook = (0,external_node_path_namespaceObject.join)(hooksDir, 'pre-commit');
    const ours = (0,external_node_fs_namespaceObject.existsSync)(hook) && (0,external_node_fs_namespaceObject.readFileSync)(hook, 'utf8').includes(MARKER);
    if ((0,external_node_fs_namespaceObject.existsSync)(hook) && !ours) {
        throw new ConfigurationError(`${hook} exists and is not ours; add 'devsecops secrets --scope staged' to it yourself.`);
    }
    if (action === 'uninstall') {
        if (ours)
            (0,external_node_fs_namespaceObject.rmSync)(hook);
        logger.info(ours ? `Removed ${hook}.` : 'No devsecops pre-commit hook is installed.');
        return 0;
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(hooksDir, { recursive: true });
    // `devsecops` on PATH wins (a global install that gets updated); otherwise the command that installed the hook.
    const self = `"${process.execPath}" "${(0,external_node_path_namespaceObject.resolve)(process.argv[1] ?? 'devsecops')}"`;
    (0,external_node_fs_namespaceObject.writeFileSync)(hook, [
        '#!/bin/sh',
        `${MARKER}: stops a commit whose staged changes hold a secret.`,
        '# Skip it once with git commit --no-verify; remove it with devsecops hook uninstall.',
        'top=$(git rev-parse --show-toplevel)',
        'if command -v devsecops >/dev/null 2>&1; then',
        '  exec devsecops secrets --scope staged "$top"',
        'fi',
        `exec ${self} secrets --scope staged "$top"`,
        ''
    ].join('\n'));
    (0,external_node_fs_namespaceObject.chmodSync)(hook, 0o755);
    logger.info(`Installed ${hook}: every commit now scans its staged changes for secrets.`);
    return 0;
}

;// CONCATENATED MODULE: ./cli/main.ts
/**
 * The `devsecops` command: the same stages as the actions, run locally or as a pre-commit hook.
 * Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error (bad usage, missing tool, broken scan).
 */










const USAGE = `Usage: devsecops <command> [options]

Commands:
  secrets [path]        Scan a repository for leaked secrets with gitleaks.
      --scope S         auto | range | full-history | working-tree | staged (default: auto:
                        the event's commits in CI, base..HEAD with --base, else the full history)
      --base REF        Scan REF..HEAD (implies --scope range unless --scope is given)
      --config FILE     gitleaks config, relative to the path (default: its .gitleaks.toml)
      --sarif FILE      Where to write SARIF (default: devsecops/secrets.sarif in the repository's .git
                        folder, so it is never committed; a temporary folder for a plain folder)
      --fail-on SEV     critical | high | medium | low | info | never (default: low = any secret)
      --summary FILE    Also write the Markdown summary to FILE
      --gitleaks-path P Use this gitleaks binary
  sast [path]           Static analysis with Semgrep (flags mirror the sast action's inputs).
      --config C        Registry packs (p/...), local rules, or 'bundled' (default:
                        p/security-audit p/secrets p/owasp-top-ten)
      --offline-fallback true|false   Bundled rules when the registry is unreachable (default true)
      --paths-ignore P  Globs to leave out, comma-separated
      --base REF        Gate only on findings new since the merge base with REF
      --new-findings-only true|false  (default true; needs --base or a pull request event)
      --fail-on SEV     critical | high | medium | low | info | never (default: high)
      --on-scanner-error fail|warn    (default fail)
      --sarif FILE, --summary FILE, --semgrep-path P
  install <tool>        Install a pinned scanner into the tool cache and print its path.
      --version V       Another version (needs --checksum for a download; else go/pip is used)
      --checksum SHA    sha256 of the release archive for --version
  hook install [path]   Install a git pre-commit hook that runs 'devsecops secrets --scope staged'.
  hook uninstall [path] Remove that hook.

Options for every command:
  --verbose             Debug output
  --help, -h            This text
  --version             The devsecops version

Exit codes: 0 passed, 1 findings at or above --fail-on, 2 error.`;
async function main(argv, logger) {
    const [command, ...rest] = argv;
    const verbose = rest.includes('--verbose');
    const log = logger ?? consoleLogger({ verbose });
    try {
        switch (command) {
            case 'secrets':
                return await secretsCommand(parse(rest, SECRETS_OPTIONS), log);
            case 'sast':
                return await sastCommand(parse(rest, SAST_OPTIONS), log);
            case 'install':
                return await installCommand(parse(rest, INSTALL_OPTIONS), log);
            case 'hook':
                return await hookCommand(parse(rest, {}, 2), log);
            case '--version':
            case '-v':
                process.stdout.write(`devsecops ${packageVersion()}\n`);
                return 0;
            case undefined:
            case '--help':
            case '-h':
            case 'help':
                process.stdout.write(`${USAGE}\n`);
                return command === undefined ? 2 : 0;
            default:
                throw new ConfigurationError(`Unknown command '${command}'; commands: secrets, sast, install, hook. See devsecops --help.`);
        }
    }
    catch (err) {
        // Errors we raise on purpose say what went wrong in a sentence; anything else is a bug worth reporting.
        const expected = err instanceof ConfigurationError || err instanceof ScannerError || err instanceof GitError;
        log.error(expected ? errorMessage(err) : `internal error, please report it: ${err instanceof Error ? `${err.name}: ` : ''}${errorMessage(err)}`);
        if (!expected && err instanceof Error && err.stack)
            log.debug(err.stack);
        return 2;
    }
}
/** The package version, from the package.json above this file (cli/ in the sources, dist/cli/ in the bundle). */
function packageVersion() {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4; i++, dir = (0,external_node_path_namespaceObject.dirname)(dir)) {
        try {
            const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(dir, 'package.json'), 'utf8'));
            if (pkg.name === 'devsecops' && pkg.version)
                return pkg.version;
        }
        catch {
            // not here; look one folder up
        }
    }
    return 'unknown';
}
const COMMON = { verbose: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
const SECRETS_OPTIONS = {
    scope: { type: 'string' },
    base: { type: 'string' },
    config: { type: 'string' },
    sarif: { type: 'string' },
    'fail-on': { type: 'string' },
    summary: { type: 'string' },
    'gitleaks-path': { type: 'string' }
};
const SAST_OPTIONS = {
    config: { type: 'string' },
    'offline-fallback': { type: 'string' },
    'paths-ignore': { type: 'string' },
    'new-findings-only': { type: 'string' },
    base: { type: 'string' },
    'fail-on': { type: 'string' },
    'on-scanner-error': { type: 'string' },
    sarif: { type: 'string' },
    summary: { type: 'string' },
    'semgrep-path': { type: 'string' }
};
const INSTALL_OPTIONS = { version: { type: 'string' }, checksum: { type: 'string' } };
function parse(args, spec, maxPositionals = 1) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args, options: { ...COMMON, ...spec }, allowPositionals: true, strict: true });
        if (values.help) {
            process.stdout.write(`${USAGE}\n`);
            process.exit(0);
        }
        if (positionals.length > maxPositionals) {
            throw new ConfigurationError(`Unexpected argument '${positionals[maxPositionals]}'. See devsecops --help.`);
        }
        return { values: values, positionals };
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            throw err;
        // Node's own wording adds a hint about '--' that does not apply here; keep its first sentence.
        const first = errorMessage(err).split(/\. (?=To )/)[0].replace(/\.$/, '');
        throw new ConfigurationError(`${first}. See devsecops --help.`);
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(751);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
