#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 751:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9895);

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

/***/ 9895:
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

;// CONCATENATED MODULE: ./shared/git/baseline.ts
/**
 * The base a pull request is compared with, for new-findings-only gating: the merge base of the PR's base and HEAD
 * (or of an explicit revision and HEAD), and a temporary worktree of it so the same scanner can run there.
 */






const PR_EVENTS = ['pull_request', 'pull_request_target', 'merge_group'];
/** The merge base to compare with: an explicit base, or a pull request's base; none for pushes and schedules. */
async function findMergeBase(root, o) {
    if (!(await tryGit(root, ['rev-parse', '--git-dir']))) {
        if (o.base)
            throw new ConfigurationError(`A base revision ('${o.base}') was given, but '${root}' is not in a git repository, so there is nothing to compare with.`);
        return undefined;
    }
    const isPr = o.event !== undefined && PR_EVENTS.includes(o.event.name);
    if (!o.base && !isPr)
        return undefined;
    const scope = await o.logger.group('Find the merge base', () => resolveScope(root, { scope: o.base ? 'range' : 'auto', base: o.base, event: o.event }, o.logger));
    if (scope.kind !== 'range' || !scope.base)
        return undefined;
    return (await git(root, ['merge-base', scope.base, scope.head])).trim();
}
/** Checks `sha` out in a temporary detached worktree, runs `fn` there, and removes the worktree whatever happens. */
async function inWorktree(root, sha, fn) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-base-'));
    const tree = (0,external_node_path_namespaceObject.join)(dir, 'tree');
    await git(root, ['worktree', 'add', '--detach', '--quiet', tree, sha]);
    try {
        return await fn(tree);
    }
    finally {
        await tryGit(root, ['worktree', 'remove', '--force', tree]);
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
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
/** The last few lines of a program's output that look like errors (ANSI colours stripped), for error details. */
function errorLines(result, looksLikeError, lines = 6) {
    return `${result.stderr}\n${result.stdout}`
        .split(/\r?\n/)
        .map(l => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
        .filter(l => looksLikeError.test(l))
        .slice(-lines);
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
/**
 * A scanner's or advisory's severity label on our scale: CRITICAL/HIGH/MEDIUM (MODERATE)/LOW/INFO, SARIF levels
 * (error, warning, note), NONE and NEGLIGIBLE. An unknown label is `medium`: reported as a warning, never hidden.
 */
function labelSeverity(label) {
    switch (label.trim().toUpperCase()) {
        case 'CRITICAL':
            return 'critical';
        case 'HIGH':
        case 'ERROR':
            return 'high';
        case 'MEDIUM':
        case 'MODERATE':
        case 'WARNING':
            return 'medium';
        case 'LOW':
        case 'NOTE':
            return 'low';
        case 'INFO':
        case 'NONE':
        case 'NEGLIGIBLE':
            return 'info';
        default:
            return 'medium';
    }
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

;// CONCATENATED MODULE: ./shared/json.ts
/** Reading parsed JSON of unknown shape (scanner reports, advisory records) without casts at every step. */
/** `v` as an object; `{}` for anything else (arrays, null, scalars). */
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
/** `v` as an array; `[]` for anything else. */
const arr = (v) => (Array.isArray(v) ? v : []);
/** `v` as a string; `''` for anything else. */
const str = (v) => (typeof v === 'string' ? v : '');

;// CONCATENATED MODULE: ./shared/scanners/semgrep-report.ts
/**
 * Reads Semgrep's JSON report (and, for older pipelines, its SARIF) into our finding model. Semgrep exits 0 on many
 * internal errors, so its `errors[]` (or SARIF error notifications) are returned for the stage to judge; results
 * suppressed in the source (`nosemgrep`) are counted, not reported.
 */




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
/**
 * Semgrep prefixes the ids of rules it loads from a folder with that folder's path, so the same rule would get
 * another id in every checkout location and its alerts would never match across runs. Rule files named one by one
 * keep their own ids.
 */
function expandConfigs(configs) {
    return configs.flatMap(c => {
        if (isRegistryConfig(c) || !(0,external_node_fs_namespaceObject.existsSync)(c) || !(0,external_node_fs_namespaceObject.statSync)(c).isDirectory())
            return [c];
        const files = (0,external_node_fs_namespaceObject.readdirSync)(c, { recursive: true })
            .filter(f => /\.ya?ml$/.test(f) && !f.split(/[\\/]/).some(part => part.startsWith('.')))
            .map(f => (0,external_node_path_namespaceObject.join)(c, f))
            .sort();
        if (files.length === 0)
            throw new ConfigurationError(`The rules folder '${c}' holds no .yaml or .yml files.`);
        return files;
    });
}
async function runSemgrep(o) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-semgrep-'));
    const out = (0,external_node_path_namespaceObject.join)(dir, 'report.json');
    const args = [
        'scan',
        ...expandConfigs(o.configs).flatMap(c => ['--config', c]),
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
        // Many findings share a file: read each once.
        const sources = new Map();
        const source = (path) => {
            if (!sources.has(path))
                sources.set(path, readSource(o.root, path));
            return sources.get(path);
        };
        const report = parseSemgrepReport(text, source);
        restoreRuleIds(report, localRuleIds(expandConfigs(o.configs)));
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
/** The ids the local rule files declare (registry packs keep Semgrep's ids). */
function localRuleIds(configFiles) {
    const ids = new Set();
    for (const file of configFiles) {
        if (isRegistryConfig(file) || !(0,external_node_fs_namespaceObject.existsSync)(file) || (0,external_node_fs_namespaceObject.statSync)(file).isDirectory())
            continue;
        try {
            const doc = (0,dist/* parse */.qg)((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
            for (const rule of doc?.rules ?? [])
                if (typeof rule?.id === 'string')
                    ids.add(rule.id);
        }
        catch {
            // Semgrep reports a file it cannot parse itself; nothing to restore from it.
        }
    }
    return ids;
}
/**
 * Semgrep prefixes the ids of rules from local files with the file's folder path (`work.repo.rules.py-xss`), which
 * differs between checkouts and would orphan alerts: the ids are put back to what the rule files declare.
 */
function restoreRuleIds(report, ids) {
    if (ids.size === 0)
        return;
    const original = (checkId) => {
        if (ids.has(checkId))
            return checkId;
        const parts = checkId.split('.');
        for (let i = 1; i < parts.length; i++) {
            const tail = parts.slice(i).join('.');
            if (ids.has(tail))
                return tail;
        }
        return checkId;
    };
    for (const f of report.findings) {
        const id = original(f.ruleId);
        if (id !== f.ruleId)
            f.identity = f.identity.map(part => (part === f.ruleId ? id : part));
        f.ruleId = id;
    }
    for (const r of report.rules)
        r.id = original(r.id);
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
        versionVariable: 'github.com/aquasecurity/trivy/pkg/version/app.ver',
        // Trivy's release build (goreleaser.yml) sets GOEXPERIMENT=jsonv2: it imports encoding/json/v2.
        env: { GOEXPERIMENT: 'jsonv2' }
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
// Trivy's own database builder, for building Trivy's database from local OSV advisory records (the SCA stage's
// offline mode). It has no releases: the pinned version is the pseudo-version of the trivy-db module that Trivy
// v0.74.0's go.mod requires, so the database it writes has the schema that Trivy reads. Built with go install only.
const TRIVY_DB = {
    name: 'trivy-db',
    version: '0.0.0-20260813095258-0e0340a01b57',
    binary: 'trivy-db',
    versionArgs: ['--version'],
    fallback: { kind: 'go', package: 'github.com/aquasecurity/trivy-db/cmd/trivy-db' }
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
    'trivy-db': TRIVY_DB,
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
function decide(findings, failOn, scanner, exempt = () => false, 
/** Why an exempt finding does not gate (e.g. `pre-existing`), for the reason. */
exemptLabel = () => 'exempt') {
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
    const n = (k) => `${k} finding${k === 1 ? '' : 's'}`;
    const waived = failOn === 'never' ? [] : findings.filter(f => atLeast(f.severity, failOn));
    const why = [...new Set(waived.map(exemptLabel))].join(', ');
    const reason = findings.length === 0
        ? 'No findings.'
        : failOn === 'never'
            ? `${n(findings.length)} reported; the gate is off (fail-on: never).`
            : waived.length > 0
                ? `${n(waived.length)} at or above '${failOn}' ${waived.length === 1 ? 'does' : 'do'} not gate (${why}); ${findings.length - waived.length} below the threshold.`
                : `${n(findings.length)} below the '${failOn}' threshold.`;
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
/** A scanner's or advisory's own words in a cell, shown as written: markdown in them (links, emphasis) is not rendered. */
function literal(text) {
    return cell(text).replace(/([*_[\]`])/g, '\\$1');
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
    return [...findings].sort((a, b) => compareSeverity(a.severity, b.severity) ||
        a.location.path.localeCompare(b.location.path) ||
        (a.location.startLine ?? 0) - (b.location.startLine ?? 0) ||
        summary_location(a).localeCompare(summary_location(b)));
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
            const rule = title ? `${literal(clip(title))} (${code(clip(f.ruleId))})` : code(clip(f.ruleId));
            const mark = r.exempt?.(f) ? ` (${(typeof r.exemptLabel === 'function' ? r.exemptLabel(f) : r.exemptLabel) ?? 'not gating'})` : '';
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
    const own = rule.score !== undefined && Number.isFinite(rule.score) && rule.score > 0 && severityFromScore(rule.score) === rule.severity;
    const score = own ? rule.score.toFixed(1) : securitySeverity(rule.severity);
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
    const label = (f) => (typeof o.exemptLabel === 'function' ? o.exemptLabel(f) : (o.exemptLabel ?? 'exempt'));
    const decision = decide(o.run.findings, o.failOn, { ok: !o.error, error: o.error?.message }, o.exempt, label);
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
    const baseline = o.newFindingsOnly ? await findMergeBase(root, o) : undefined;
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
        onFailure: 'Each finding says what to do instead. A false positive? End that line with `# nosemgrep: <rule-id>` (with the reason in a comment above it), or add the path to .semgrepignore.'
    });
    return { ...result, preExisting, baseline, configs };
}
const SAST_COLUMNS = [{ header: 'Status', value: f => (f.properties?.baseline === 'pre-existing' ? 'pre-existing' : f.properties?.baseline === 'new' ? 'new' : '') }];
/** Runs the same rules on the merge base, in a temporary worktree, and counts each finding identity. */
async function baselineCounts(root, sha, configs, exclude, binary, logger) {
    // Local rule paths inside the repository are taken from the head, so both sides run the same rules.
    const base = await inWorktree(root, sha, tree => runSemgrep({ binary, root: tree, configs, exclude, logger }));
    const counts = new Map();
    for (const f of base.report.findings)
        counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
    return counts;
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
    const extra = Object.entries(fallback.env ?? {}).map(([k, v]) => `${k}=${v} `).join('');
    log.info(`Building with: CGO_ENABLED=0 ${extra}GOBIN=${outDir} go ${args.map(quote).join(' ')} (minutes on a cold Go cache)`);
    // go install is silent while it compiles; say it is still working so a long build does not look hung.
    const started = Date.now();
    const heartbeat = setInterval(() => log.info(`  still building (${formatDuration(Date.now() - started)})…`), 30_000);
    const result = await runProcess(go, args, {
        env: { ...env, ...fallback.env, CGO_ENABLED: '0', GOBIN: outDir },
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
        // Asking a version must not phone home: offline, Semgrep's own update check alone takes minutes.
        const quiet = { SEMGREP_ENABLE_VERSION_CHECK: '0', SEMGREP_SEND_METRICS: 'off' };
        const result = await runProcess(binary, args, { env: { ...env, ...quiet }, timeoutMs: 30_000 });
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

;// CONCATENATED MODULE: ./cli/flags.ts
/** Flag helpers shared by the `devsecops` commands. */

/** A true/false flag: absent means `fallback`; anything but true/false names the flag and the allowed values. */
function booleanFlag(value, name, fallback) {
    if (value === undefined)
        return fallback;
    if (value === true || value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new ConfigurationError(`Option '--${name}' is '${String(value)}'; allowed values: true, false.`);
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

;// CONCATENATED MODULE: ./cli/output.ts
/** What every `devsecops <stage>` command prints and writes, the same way for each stage. */





/** Inside the repository's git folder, so a scan never leaves files that `git add -A` would pick up. */
async function defaultSarifPath(root, stage) {
    const gitDir = (await tryGit(root, ['rev-parse', '--absolute-git-dir']))?.trim();
    return (0,external_node_path_namespaceObject.join)(gitDir || (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops'), 'devsecops', `${stage}.sarif`);
}
/** Prints the verdict, the findings table and where the SARIF is; writes the Markdown summary if asked. */
function report(stage, result, columns, options = {}) {
    if (options.summary) {
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(options.summary)), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.resolve)(options.summary), result.summary);
    }
    const word = result.outcome === 'passed' ? 'PASSED' : result.outcome === 'failed' ? 'FAILED' : 'ERROR';
    const out = [`${stage}: ${word}: ${result.decision.reason}`];
    if (result.findings.length > 0)
        out.push('', renderTable(result.findings, columns, result.ruleTitles));
    // The verdict already says why a scan broke; repeat the error only when it says more.
    if (result.error && !result.decision.reason.includes(result.error))
        out.push('', `The scan did not complete: ${result.error}`);
    for (const w of result.warnings)
        out.push('', `warning: ${w}`);
    if (options.advice?.length)
        out.push('', ...options.advice);
    out.push('', `SARIF: ${result.sarifPath}`);
    process.stdout.write(`${out.join('\n')}\n`);
}
/** 0 passed, 1 findings, 2 error. */
function exitCode(result) {
    return result.outcome === 'passed' ? 0 : result.outcome === 'failed' ? 1 : 2;
}

;// CONCATENATED MODULE: ./cli/sast.ts
/** `devsecops sast`: the SAST stage in a terminal; its flags mirror the action's inputs. */








async function sastCommand(p, logger) {
    const v = p.values;
    const root = (0,external_node_path_namespaceObject.resolve)(p.positionals[0] ?? '.');
    const result = await runSastStage({
        root,
        config: v.config ?? DEFAULT_SEMGREP_CONFIG,
        offlineFallback: booleanFlag(v['offline-fallback'], 'offline-fallback', true),
        pathsIgnore: parsePathsIgnore(v['paths-ignore'] ?? ''),
        newFindingsOnly: booleanFlag(v['new-findings-only'], 'new-findings-only', true),
        base: v.base,
        event: readEventContext(),
        failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
        onScannerError: parseOnScannerError(v['on-scanner-error'] ?? 'fail'),
        sarifPath: v.sarif ? (0,external_node_path_namespaceObject.resolve)(v.sarif) : await defaultSarifPath(root, 'sast'),
        scanner: scannerFor('semgrep', { path: v['semgrep-path'], logger }),
        logger
    });
    report('sast', result, SAST_COLUMNS, { summary: v.summary });
    if (result.outcome === 'error' && v['on-scanner-error'] === 'warn')
        return 0;
    return exitCode(result);
}

;// CONCATENATED MODULE: ./shared/sca/zip.ts
/**
 * A minimal ZIP writer (deflate, no ZIP64): enough to package advisory records the way OSV-Scanner's local database
 * stores them, without another dependency.
 */

/** Builds a ZIP archive holding the entries at its top level. */
function writeZip(entries) {
    const local = [];
    const central = [];
    let offset = 0;
    // 1980-01-01 00:00, the earliest DOS date: archives are reproducible for the same records.
    const dosTime = 0;
    const dosDate = (0 << 9) | (1 << 5) | 1;
    for (const e of entries) {
        const name = Buffer.from(e.name, 'utf8');
        const compressed = (0,external_node_zlib_.deflateRawSync)(e.data);
        const crc = (0,external_node_zlib_.crc32)(e.data) >>> 0;
        const header = Buffer.alloc(30);
        header.writeUInt32LE(0x04034b50, 0);
        header.writeUInt16LE(20, 4); // version needed
        header.writeUInt16LE(0x0800, 6); // UTF-8 names
        header.writeUInt16LE(8, 8); // deflate
        header.writeUInt16LE(dosTime, 10);
        header.writeUInt16LE(dosDate, 12);
        header.writeUInt32LE(crc, 14);
        header.writeUInt32LE(compressed.length, 18);
        header.writeUInt32LE(e.data.length, 22);
        header.writeUInt16LE(name.length, 26);
        header.writeUInt16LE(0, 28);
        local.push(header, name, compressed);
        const dir = Buffer.alloc(46);
        dir.writeUInt32LE(0x02014b50, 0);
        dir.writeUInt16LE(20, 4); // version made by
        dir.writeUInt16LE(20, 6);
        dir.writeUInt16LE(0x0800, 8);
        dir.writeUInt16LE(8, 10);
        dir.writeUInt16LE(dosTime, 12);
        dir.writeUInt16LE(dosDate, 14);
        dir.writeUInt32LE(crc, 16);
        dir.writeUInt32LE(compressed.length, 20);
        dir.writeUInt32LE(e.data.length, 24);
        dir.writeUInt16LE(name.length, 28);
        dir.writeUInt32LE(offset, 42);
        central.push(dir, name);
        offset += header.length + name.length + compressed.length;
    }
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...local, ...central, end]);
}

;// CONCATENATED MODULE: ./shared/sca/advisories.ts
/**
 * Local vulnerability data: a folder of OSV-format advisory records (JSON), for air-gapped runs and for private
 * advisories about in-house packages. Every record is read and checked before a scanner sees it, so a broken file
 * is named instead of being skipped silently; then the records are laid out the way each scanner's own database
 * builder or reader wants them.
 */






/** The ecosystems OSV-Scanner's local database gets an archive for (an empty one where no record names it). */
const KNOWN_ECOSYSTEMS = ['npm', 'PyPI', 'Go', 'Maven', 'crates.io', 'RubyGems', 'Packagist', 'NuGet', 'Pub', 'Hex', 'SwiftURL'];
/** Every `*.json` file below `dir`, following symbolic links (each real folder once, so a link loop ends). */
function walk(dir, out = [], seen = new Set()) {
    const real = (0,external_node_fs_namespaceObject.realpathSync)(dir);
    if (seen.has(real))
        return out;
    seen.add(real);
    for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.'))
            continue;
        const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        let kind = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
        if (entry.isSymbolicLink()) {
            try {
                const st = (0,external_node_fs_namespaceObject.statSync)(full);
                kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
            }
            catch {
                throw new ConfigurationError(`'${full}' in the advisory folder is a broken symbolic link.`);
            }
        }
        if (kind === 'dir')
            walk(full, out, seen);
        else if (kind === 'file' && entry.name.toLowerCase().endsWith('.json'))
            out.push(full);
    }
    return out;
}
/** Reads and checks every `*.json` record under `dir` (recursively). */
function loadAdvisories(dir, inputName = 'vulnerability-db') {
    let kind = 'missing';
    try {
        kind = (0,external_node_fs_namespaceObject.statSync)(dir).isDirectory() ? 'folder' : 'file';
    }
    catch {
        kind = 'missing';
    }
    const want = 'it must be a folder of OSV-format advisory records (*.json)';
    if (kind === 'missing')
        throw new ConfigurationError(`The ${inputName} '${dir}' does not exist; ${want}.`);
    if (kind === 'file')
        throw new ConfigurationError(`The ${inputName} '${dir}' is a file; ${want}.`);
    const files = walk(dir).sort();
    if (files.length === 0)
        throw new ConfigurationError(`The ${inputName} folder '${dir}' holds no *.json advisory records.`);
    const records = [];
    const seen = new Map();
    for (const file of files) {
        const rel = (0,external_node_path_namespaceObject.relative)(dir, file).replace(/\\/g, '/');
        const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
        let data;
        try {
            data = JSON.parse(text.replace(/^\uFEFF/, ''));
        }
        catch (err) {
            throw new ConfigurationError(`Advisory record '${rel}' in '${dir}' is not valid JSON (${err.message}).`);
        }
        if (!data || typeof data !== 'object' || Array.isArray(data)) {
            throw new ConfigurationError(`Advisory record '${rel}' in '${dir}' is ${Array.isArray(data) ? 'a JSON array' : 'not a JSON object'}; each file must hold one OSV record (an object with 'id' and 'affected').`);
        }
        const r = obj(data);
        const id = typeof r.id === 'string' ? r.id.trim() : '';
        if (!/^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id))
            throw new ConfigurationError(`Advisory record '${rel}' has no usable 'id' (OSV records need one, e.g. "GHSA-xxxx-xxxx-xxxx" or "ACME-2026-0001").`);
        if (!Array.isArray(r.affected) || r.affected.length === 0)
            throw new ConfigurationError(`Advisory record '${rel}' (${id}) has no 'affected' packages, so it cannot match anything.`);
        const ecosystems = new Set();
        for (const a of r.affected) {
            const p = obj(obj(a).package);
            const eco = typeof p.ecosystem === 'string' ? p.ecosystem.split(':')[0] : '';
            if (!eco || typeof p.name !== 'string' || !p.name)
                throw new ConfigurationError(`Advisory record '${rel}' (${id}) has an 'affected' entry without package.ecosystem and package.name.`);
            ecosystems.add(eco);
        }
        if (seen.has(id))
            throw new ConfigurationError(`Advisory id ${id} is in both '${seen.get(id)}' and '${rel}'; keep one.`);
        seen.set(id, rel);
        records.push({
            id,
            text,
            data: r,
            file: rel,
            published: typeof r.published === 'string' ? r.published : undefined,
            aliases: Array.isArray(r.aliases) ? r.aliases.filter((x) => typeof x === 'string') : [],
            ecosystems: [...ecosystems]
        });
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const r of records)
        hash.update(r.id).update('\0').update(r.text).update('\0');
    return { dir, records, digest: hash.digest('hex').slice(0, 16) };
}
/** PEP 503: Python package names compare lower-cased, with runs of `-`, `_` and `.` as one `-`. */
function normalizePythonName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
/**
 * OSV-Scanner's local matcher compares PyPI names exactly, after lower-casing the names it reads from lockfiles:
 * a record naming `PyYAML` or `Django` would never match. Its records get the normalised names instead.
 */
function pythonNamesNormalized(r) {
    const affected = (Array.isArray(r.data.affected) ? r.data.affected : []).map(a => {
        const p = obj(obj(a).package);
        const python = typeof p.ecosystem === 'string' && p.ecosystem.split(':')[0] === 'PyPI' && typeof p.name === 'string';
        return python ? { ...obj(a), package: { ...p, name: normalizePythonName(p.name) } } : a;
    });
    return JSON.stringify({ ...r.data, affected });
}
/**
 * Lays the records out as OSV-Scanner's local database reads them: `<dir>/osv-scalibr/<Ecosystem>/all.zip`, each
 * zip holding that ecosystem's records at its top level (a record spanning ecosystems goes into each). An empty zip
 * is written for every known ecosystem without records, so OSV-Scanner reads "no advisories" there rather than
 * failing for lack of a database.
 */
function writeOsvScannerDb(set, outDir) {
    const byEcosystem = new Map();
    for (const e of KNOWN_ECOSYSTEMS)
        byEcosystem.set(e, []);
    for (const r of set.records)
        for (const e of r.ecosystems)
            byEcosystem.set(e, [...(byEcosystem.get(e) ?? []), r]);
    const written = [];
    for (const [ecosystem, records] of byEcosystem) {
        const dir = (0,external_node_path_namespaceObject.join)(outDir, 'osv-scalibr', ecosystem);
        (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
        const text = (r) => (ecosystem === 'PyPI' ? pythonNamesNormalized(r) : r.text);
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, 'all.zip'), writeZip(records.map(r => ({ name: `${r.id}.json`, data: Buffer.from(text(r), 'utf8') }))));
        if (records.length > 0)
            written.push(ecosystem);
    }
    return written;
}
/**
 * Lays the records out as Trivy's database builder reads them, in `cacheDir`:
 * - every record as GitHub's advisory database: `ghsa/advisories/github-reviewed/YYYY/MM/<id>/<id>.json`, dated by
 *   the record's `published` month;
 * - records about Go modules also as the Go vulnerability database (`govulndb/data/osv/<id>.json`): the builder
 *   takes the standard library and `golang.org/x/*` advisories only from there and skips them in GitHub's.
 * Returns the builder's source names to pass as `--only-update`.
 */
function writeTrivyDbSources(set, cacheDir) {
    const goDir = (0,external_node_path_namespaceObject.join)(cacheDir, 'govulndb', 'data', 'osv');
    (0,external_node_fs_namespaceObject.mkdirSync)(goDir, { recursive: true });
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.join)(cacheDir, 'ghsa', 'advisories', 'github-reviewed'), { recursive: true });
    for (const r of set.records) {
        const m = /^(\d{4})-(\d{2})/.exec(r.published ?? '');
        const [year, month] = m ? [m[1], m[2]] : ['1970', '01'];
        const dir = (0,external_node_path_namespaceObject.join)(cacheDir, 'ghsa', 'advisories', 'github-reviewed', year, month, r.id);
        (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
        // Both of the builder's readers require a database_specific object; GitHub's records have one, private ones may not.
        const text = r.data.database_specific && typeof r.data.database_specific === 'object' ? r.text : JSON.stringify({ ...r.data, database_specific: {} });
        (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, `${r.id}.json`), text);
        if (r.ecosystems.includes('Go'))
            (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(goDir, `${r.id}.json`), text);
    }
    return ['ghsa', 'govulndb'];
}
/**
 * The fixed versions the records themselves give for `pkg` under any of `ids` (a record's id or aliases), from their
 * `fixed` events; undefined when no record names that package. With local records this is the one source of fixes
 * for both scanners: a database builder may read other fields (GitHub's `last_known_affected_version_range`) as a fix.
 */
function recordFixes(set, ids, pkg) {
    const wanted = new Set(ids.map(i => i.toUpperCase()));
    // Names compare loosely (case, and `-`/`_`/`.` runs), as the most forgiving ecosystem (PyPI) does.
    const name = normalizePythonName(pkg);
    for (const r of set.records) {
        if (!wanted.has(r.id.toUpperCase()) && !r.aliases.some(a => wanted.has(a.toUpperCase())))
            continue;
        const entries = (Array.isArray(r.data.affected) ? r.data.affected : []).map(obj).filter(a => {
            const p = obj(a.package);
            return typeof p.name === 'string' && normalizePythonName(p.name) === name;
        });
        if (entries.length === 0)
            continue;
        const fixed = entries.flatMap(a => (Array.isArray(a.ranges) ? a.ranges : []).flatMap(range => (Array.isArray(obj(range).events) ? obj(range).events : []).map(e => obj(e).fixed)));
        return [...new Set(fixed.filter((f) => typeof f === 'string' && f.length > 0))];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./shared/sca/locate.ts
/**
 * Finds the line of a lockfile or manifest that declares a package, so a finding points at the place a person edits
 * (or the line a lockfile diff shows), not at line 1. Scanners that report lines (Trivy, for some formats) are
 * trusted first; this fills the gaps, for every format the SCA stage reads. Matching is by the format's own
 * declaration syntax, with the version checked nearby so that the right one of several copies is chosen.
 */

const locate_escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** PEP 503: names compare case-insensitively, with runs of `-`, `_` and `.` equal. */
function pythonName(name) {
    return name
        .split(/[-_.]+/)
        .map(locate_escape)
        .join('[-_.]+');
}
function patterns(file, name, version) {
    const n = locate_escape(name);
    const v = locate_escape(version.replace(/^v/, ''));
    const anyV = `v?${v}`;
    switch (file) {
        case 'package-lock.json':
        case 'npm-shrinkwrap.json':
            return [
                { decl: new RegExp(`^\\s*"(?:[^"]*node_modules/)?${n}"\\s*:\\s*\\{`), version: new RegExp(`"version"\\s*:\\s*"${v}"`), window: 40, next: /^\s*"[^"]+"\s*:\s*\{/ }
            ];
        case 'yarn.lock':
            return [{ decl: new RegExp(`^"?${n}@[^\\n]*:\\s*$`), version: new RegExp(`^\\s+version:?\\s+"?${v}"?\\s*$`), window: 3, next: /^\S/ }];
        case 'pnpm-lock.yaml':
            return [
                { decl: new RegExp(`^\\s+['"]?/?${n}[@/]${v}(?:[(_][^:]*)?['"]?:\\s*$`) },
                { decl: new RegExp(`^\\s+['"]?${n}['"]?:\\s*(?:\\{?\\s*)?$`), version: new RegExp(`version:\\s*['"]?${v}(?:[(_]|['"]?\\s*$)`), window: 3 },
                { decl: new RegExp(`^\\s+['"]?${n}['"]?:\\s*['"]?${v}`) }
            ];
        case 'poetry.lock':
        case 'uv.lock':
        case 'pdm.lock':
            return [{ decl: new RegExp(`^name\\s*=\\s*"${pythonName(name)}"\\s*$`, 'i'), version: new RegExp(`^version\\s*=\\s*"${v}"`), window: 3, next: /^\[/ }];
        case 'Pipfile.lock':
            return [{ decl: new RegExp(`^\\s*"${pythonName(name)}"\\s*:\\s*\\{`, 'i'), version: new RegExp(`"version"\\s*:\\s*"==${v}"`), window: 20, next: /^\s*"[^"]+"\s*:\s*\{/ }];
        case 'Cargo.lock':
            return [{ decl: new RegExp(`^name\\s*=\\s*"${n}"\\s*$`), version: new RegExp(`^version\\s*=\\s*"${v}"`), window: 2, next: /^\[/ }];
        case 'Gemfile.lock':
        case 'gems.locked':
            return [{ decl: new RegExp(`^\\s{4}${n} \\(${v}(?:-[^)]*)?\\)\\s*$`) }, { decl: new RegExp(`^\\s{4}${n} \\(`) }];
        case 'composer.lock':
            return [{ decl: new RegExp(`^\\s*"name"\\s*:\\s*"${n}"`, 'i'), version: new RegExp(`"version"\\s*:\\s*"${anyV}"`), window: 3 }];
        case 'go.mod':
            return [{ decl: new RegExp(`^\\s*(?:require\\s+)?${n}\\s+${anyV}(?:\\s|$)`) }, { decl: new RegExp(`^\\s*(?:require\\s+)?${n}\\s+v`) }];
        case 'go.sum':
            return [{ decl: new RegExp(`^${n}\\s+${anyV}\\s`) }];
        case 'pom.xml': {
            const [, artifact = name] = name.split(':');
            return [
                { decl: new RegExp(`<artifactId>\\s*${locate_escape(artifact)}\\s*</artifactId>`), version: new RegExp(`<version>\\s*${v}\\s*</version>`), window: 3 },
                { decl: new RegExp(`<artifactId>\\s*${locate_escape(artifact)}\\s*</artifactId>`) }
            ];
        }
        case 'packages.lock.json':
            return [{ decl: new RegExp(`^\\s*"${n}"\\s*:\\s*\\{`, 'i'), version: new RegExp(`"resolved"\\s*:\\s*"${v}"`), window: 4 }];
        default:
            if (/requirements.*\.(txt|in)$/i.test(file) || file === 'constraints.txt') {
                return [
                    { decl: new RegExp(`^\\s*${pythonName(name)}\\s*(?:\\[[^\\]]*\\])?\\s*===?\\s*${v}\\b`, 'i') },
                    { decl: new RegExp(`^\\s*${pythonName(name)}\\s*(?:\\[[^\\]]*\\])?\\s*(?:[=<>!~;@]|$)`, 'i') }
                ];
            }
            if (/\.csproj$|\.fsproj$|\.vbproj$|^packages\.config$/i.test(file)) {
                return [{ decl: new RegExp(`["']${n}["']`, 'i') }];
            }
            return [];
    }
}
/**
 * The line range that declares `name@version` in a file with the given text; undefined when it cannot be found
 * (a finding then points at line 1 of the file and says so).
 */
function locatePackage(path, text, name, version) {
    if (!name)
        return undefined;
    const lines = text.split(/\r?\n/);
    const file = (0,external_node_path_namespaceObject.basename)(path);
    const candidates = [...patterns(file, name, version), ...genericPatterns(name, version)];
    for (const p of candidates) {
        let firstDecl;
        for (let i = 0; i < lines.length; i++) {
            if (!p.decl.test(lines[i]))
                continue;
            firstDecl ??= i;
            if (!p.version)
                return { startLine: i + 1 };
            const window = p.window ?? 0;
            for (let j = i; j <= Math.min(lines.length - 1, i + window); j++) {
                if (j > i && (p.decl.test(lines[j]) || p.next?.test(lines[j])))
                    break;
                if (p.version.test(lines[j]))
                    return { startLine: i + 1, ...(j > i ? { endLine: j + 1 } : {}) };
            }
        }
        // A declaration whose version is written elsewhere (a property, a range) is still the right line.
        if (firstDecl !== undefined && p.version)
            return { startLine: firstDecl + 1 };
    }
    return undefined;
}
/** For formats we do not know: a line naming the package and its version, else the package alone. */
function genericPatterns(name, version) {
    const n = `(?<![\\w@/.-])${locate_escape(name)}(?![\\w-])`;
    return [{ decl: new RegExp(`${n}.*${locate_escape(version.replace(/^v/, ''))}`) }, { decl: new RegExp(n) }];
}

;// CONCATENATED MODULE: ./shared/sca/manifests.ts
/**
 * The lockfiles and manifests a repository holds, found before any scanner runs, so the summary can say what was
 * there and what the scanner really read: a lockfile it skipped is named, never silently left out.
 */


const BY_NAME = {
    'package-lock.json': 'npm',
    'npm-shrinkwrap.json': 'npm',
    'yarn.lock': 'npm',
    'pnpm-lock.yaml': 'npm',
    'bun.lock': 'npm',
    'poetry.lock': 'Python',
    'Pipfile.lock': 'Python',
    'uv.lock': 'Python',
    'pdm.lock': 'Python',
    'go.mod': 'Go',
    'pom.xml': 'Maven',
    'gradle.lockfile': 'Gradle',
    'Cargo.lock': 'Rust',
    'Gemfile.lock': 'Ruby',
    'gems.locked': 'Ruby',
    'composer.lock': 'PHP',
    'packages.lock.json': 'NuGet',
    'pubspec.lock': 'Dart',
    'mix.lock': 'Elixir',
    'conan.lock': 'C/C++',
    'Package.resolved': 'Swift',
    'Podfile.lock': 'CocoaPods'
};
/** Folders never worth walking: installed dependencies and VCS data. */
// Build output (dist/, target/) is walked: the scanners read lockfiles there too, and the summary lists what they read.
const SKIP = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.tox', '.gradle', '.terraform']);
/** The ecosystem a lockfile or manifest name belongs to, or undefined when it is none we know. */
function manifestEcosystem(file) {
    if (BY_NAME[file])
        return BY_NAME[file];
    if (/^requirements.*\.txt$/i.test(file))
        return 'Python';
    return undefined;
}
/**
 * Is `path` (relative to the scanned folder) inside one of the folders to leave out? A bare name (`fixtures`) matches
 * a folder of that name at any depth, a path (`test/fixtures`) the folder at that path. The lockfile search and the
 * scanners' results are filtered by this one rule, whatever the scanners' own pattern syntax.
 */
function isSkipped(path, skipDirs) {
    const parts = path.split('/');
    return skipDirs
        .map(d => d.replace(/\\/g, '/').replace(/^\.\/|\/$/g, ''))
        .filter(Boolean)
        .some(d => (d.includes('/') ? path.startsWith(`${d}/`) : parts.slice(0, -1).includes(d)));
}
/**
 * The dependency files under `root`, in one walk. `skipDirs` are left out as {@link isSkipped} says. At most `limit`
 * files of each kind are listed.
 */
function findDependencyFiles(root, skipDirs = [], limit = 5000) {
    const out = [];
    const packageJsons = [];
    const walk = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (out.length >= limit)
                return;
            const rel = (0,external_node_path_namespaceObject.relative)(root, (0,external_node_path_namespaceObject.join)(dir, e.name)).replace(/\\/g, '/');
            if (e.isDirectory()) {
                if (!SKIP.has(e.name) && !isSkipped(`${rel}/x`, skipDirs))
                    walk((0,external_node_path_namespaceObject.join)(dir, e.name));
            }
            else if (e.isFile()) {
                const ecosystem = manifestEcosystem(e.name);
                if (ecosystem)
                    out.push({ path: rel, ecosystem });
                else if (e.name === 'package.json' && packageJsons.length < limit)
                    packageJsons.push(rel);
            }
        }
    };
    walk(root);
    // Files a requirements file pulls in (`-r base.txt`) are manifests too, whatever their names: some scanners do not
    // follow the include, and the summary must then say that base.txt was not read.
    const listed = new Set(out.map(m => m.path));
    for (const m of [...out]) {
        for (const inc of requirementIncludes(root, m.path)) {
            if (!listed.has(inc)) {
                listed.add(inc);
                out.push({ path: inc, ecosystem: 'Python', includedBy: m.path });
            }
        }
    }
    return { manifests: out.sort((a, b) => a.path.localeCompare(b.path)), packageJsons };
}
/** Every known lockfile or manifest under `root` (see {@link findDependencyFiles}). */
function findManifests(root, skipDirs = [], limit = 5000) {
    return findDependencyFiles(root, skipDirs, limit).manifests;
}
/**
 * The files a pip requirements file includes with `-r`/`--requirement` or `-c`/`--constraint`, recursively, relative
 * to `root`; only those that exist inside it.
 */
function requirementIncludes(root, path, seen = new Set()) {
    if (!/\.(txt|in)$/i.test(path) || seen.has(path))
        return [];
    seen.add(path);
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, path), 'utf8');
    }
    catch {
        return [];
    }
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+)(\S+)/.exec(line);
        if (!m || /^[a-z]+:\/\//i.test(m[1]))
            continue;
        const inc = (0,external_node_path_namespaceObject.normalize)((0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), m[1])).replace(/\\/g, '/');
        if (inc.startsWith('..') || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, inc)) || !(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(root, inc)).isFile())
            continue;
        out.push(inc, ...requirementIncludes(root, inc, seen));
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/sca/severity.ts
/** CVSS v3 qualitative bands: 9.0-10.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low, 0 none. */
function severityFromCvssScore(score) {
    if (score >= 9.0)
        return 'critical';
    if (score >= 7.0)
        return 'high';
    if (score >= 4.0)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'info';
}
const WEIGHTS = {
    AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
    AC: { L: 0.77, H: 0.44 },
    UI: { N: 0.85, R: 0.62 },
    C: { H: 0.56, L: 0.22, N: 0 },
    I: { H: 0.56, L: 0.22, N: 0 },
    A: { H: 0.56, L: 0.22, N: 0 }
};
/** CVSS v3.1's round-up to one decimal, done in integers so 4.000000001 does not become 4.1. */
function roundUp(x) {
    const i = Math.round(x * 100000);
    return i % 10000 === 0 ? i / 100000 : (Math.floor(i / 10000) + 1) / 10;
}
/**
 * The base score of a CVSS v3.0/v3.1 vector (`CVSS:3.1/AV:N/AC:L/...`); undefined for anything else or a vector
 * missing a base metric. Temporal and environmental metrics are ignored, as advisories rank by base score.
 */
function cvss3BaseScore(vector) {
    const m = /^CVSS:3\.[01]\/(.+)$/.exec(vector.trim());
    if (!m)
        return undefined;
    const metrics = new Map();
    for (const part of m[1].split('/')) {
        const [k, v] = part.split(':');
        if (k && v)
            metrics.set(k, v);
    }
    const get = (k) => WEIGHTS[k]?.[metrics.get(k) ?? ''];
    const scope = metrics.get('S');
    const pr = metrics.get('PR');
    const [av, ac, ui, c, i, a] = ['AV', 'AC', 'UI', 'C', 'I', 'A'].map(get);
    if (scope !== 'U' && scope !== 'C')
        return undefined;
    const prWeight = pr === 'N' ? 0.85 : pr === 'L' ? (scope === 'C' ? 0.68 : 0.62) : pr === 'H' ? (scope === 'C' ? 0.5 : 0.27) : undefined;
    if ([av, ac, ui, c, i, a, prWeight].some(x => x === undefined))
        return undefined;
    const iss = 1 - (1 - c) * (1 - i) * (1 - a);
    const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
    const exploitability = 8.22 * av * ac * prWeight * ui;
    if (impact <= 0)
        return 0;
    return scope === 'U' ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
/** The best score an OSV `severity[]` list gives: a numeric score as such, else a v3 vector computed. */
function scoreFromOsvSeverity(entries) {
    if (!Array.isArray(entries))
        return undefined;
    let best;
    for (const e of entries) {
        const score = typeof e === 'object' && e ? e.score : undefined;
        if (typeof score !== 'string' && typeof score !== 'number')
            continue;
        const n = typeof score === 'number' ? score : /^\d+(\.\d+)?$/.test(score.trim()) ? Number(score) : cvss3BaseScore(score);
        if (n !== undefined && Number.isFinite(n) && n >= 0 && n <= 10 && (best === undefined || n > best))
            best = n;
    }
    return best;
}

;// CONCATENATED MODULE: ./shared/sca/versions.ts
/**
 * Version arithmetic good enough to pick the upgrade to recommend: which of an advisory's fixed versions (there can
 * be one per maintained branch, e.g. qs 6.2.4 … 6.10.3) is the nearest one above what is installed. Matching a
 * version against an advisory's ranges is the scanner's job; this only orders versions the way the common ecosystems
 * do (numeric parts compared as numbers, a leading `v` ignored, pre-releases before their release).
 */
/** Splits `v1.2.3-rc.1+build` into comparable parts; build metadata is ignored. */
function parts(version) {
    const v = version.trim().replace(/^v(?=\d)/i, '').split('+')[0];
    const m = /^([0-9][0-9A-Za-z.]*?)(?:[-_.]?((?:a|b|c|rc|alpha|beta|pre|preview|dev|snapshot|m|milestone)[.-]?\d*.*|-.*))?$/i.exec(v);
    const releaseText = m ? m[1] : v;
    const preText = m?.[2]?.replace(/^-/, '') ?? '';
    const split = (s) => s
        .split(/[.\-_]|(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)/)
        .filter(Boolean)
        .map(x => (/^\d+$/.test(x) ? Number(x) : x.toLowerCase()));
    const release = split(releaseText);
    // 1.2 == 1.2.0: trailing zeros do not make a version newer.
    while (release.length > 1 && release[release.length - 1] === 0)
        release.pop();
    return { release, pre: preText ? split(preText) : [] };
}
function compareLists(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const x = a[i];
        const y = b[i];
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (x === y)
            continue;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        if (typeof x === 'number')
            return 1;
        if (typeof y === 'number')
            return -1;
        return x < y ? -1 : 1;
    }
    return 0;
}
/** Orders two versions: negative when `a` is older than `b`. */
function compareVersions(a, b) {
    const pa = parts(a);
    const pb = parts(b);
    const byRelease = compareLists(pa.release, pb.release);
    if (byRelease !== 0)
        return Math.sign(byRelease);
    // A pre-release sorts before its release.
    if (pa.pre.length === 0 || pb.pre.length === 0)
        return pa.pre.length === pb.pre.length ? 0 : pa.pre.length === 0 ? 1 : -1;
    return Math.sign(compareLists(pa.pre, pb.pre));
}
/** Splits a scanner's fixed-version text ("6.10.3, 6.9.7", "2.15.0 || 2.12.2") into versions. */
function splitVersions(text) {
    if (!text)
        return [];
    return [...new Set(text.split(/\s*(?:,|\|\||\s)\s*/).map(s => s.trim().replace(/^[<>=~^]+/, '')).filter(Boolean))];
}
/**
 * The version to upgrade to: the lowest fixed version above the installed one on the same major line when there
 * is one (the least disruptive upgrade), else the lowest above it, else the highest known.
 */
function pickFix(installed, fixed) {
    const above = fixed.filter(f => compareVersions(f, installed) > 0).sort(compareVersions);
    if (above.length === 0)
        return fixed.length > 0 ? [...fixed].sort(compareVersions).at(-1) : undefined;
    const major = parts(installed).release[0];
    return above.find(f => parts(f).release[0] === major) ?? above[0];
}

;// CONCATENATED MODULE: ./shared/sca/vulnerability.ts




/**
 * The advisory's severity on our scale: from its CVSS score where it has one (CVSS bands: 9.0 critical, 7.0 high,
 * 4.0 medium, above 0 low), else from its label. An advisory with neither is `medium`, so that it is reported as a
 * warning and is not silently ranked below the default threshold's neighbours as `info` would be.
 */
function advisorySeverity(v) {
    if (v.score !== undefined && Number.isFinite(v.score) && v.score > 0)
        return severityFromCvssScore(v.score);
    return labelSeverity(v.severityLabel ?? '');
}
/** The upgrade to recommend for this finding, or undefined when the advisory names no fix. */
function recommendedFix(v) {
    return pickFix(v.installed, v.fixed);
}
function advisoryUrl(v) {
    if (v.url)
        return v.url;
    const ghsa = [v.id, ...v.aliases].find(id => /^GHSA-/i.test(id));
    if (ghsa)
        return `https://github.com/advisories/${ghsa}`;
    const cve = [v.id, ...v.aliases].find(id => /^CVE-/i.test(id));
    if (cve)
        return `https://nvd.nist.gov/vuln/detail/${cve}`;
    if (/^(GO|PYSEC|RUSTSEC|OSV)-/i.test(v.id))
        return `https://osv.dev/vulnerability/${v.id}`;
    return undefined;
}
/** Advisory texts longer than this are cut before anything else is done with them (SARIF clips far shorter). */
const MAX_TEXT = 20_000;
/**
 * E-mail addresses, found from each `@` outwards with bounded parts (64 before it, 255 after, as RFC 5321 allows), so
 * the work stays linear in the text's length whatever it holds; letters of any script count.
 */
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,7}\.\p{L}{2,63}(?![\p{L}\p{N}-])/gu;
/** One line of advisory text, with any e-mail address (a reporter's, a maintainer's) taken out: we publish none. */
function cleanAdvisoryText(s) {
    return (s ?? '')
        .slice(0, MAX_TEXT)
        .replace(EMAIL, '[e-mail removed]')
        .replace(/\s+/g, ' ')
        .trim();
}
/** One rule per advisory and one finding per vulnerable package occurrence. */
/** Go module versions as go.mod and `go get` write them (`v0.17.0`); OSV records and some scanners drop the `v`. */
function goVersion(version) {
    return /^\d+\.\d+/.test(version) ? `v${version}` : version;
}
/** The same package and versions whichever scanner reported them. */
function normalizeVulnerability(v) {
    // Python names as PyPI normalises them (PEP 503), so `PyYAML` in one lockfile and `pyyaml` in another are one package.
    if (/^(pypi|pip|pipenv|poetry|uv|pdm|python-pkg|python)$/i.test(v.ecosystem))
        return { ...v, package: normalizePythonName(v.package) };
    const go = /^(go|gomod|gobinary|golang)$/i.test(v.ecosystem) && v.package !== 'stdlib' && v.package !== 'toolchain';
    if (!go)
        return v;
    return { ...v, installed: goVersion(v.installed), fixed: v.fixed.map(goVersion) };
}
function toFindings(input) {
    const rules = new Map();
    const fixesByRule = new Map();
    const findings = [];
    for (const v of input.map(normalizeVulnerability)) {
        const severity = advisorySeverity(v);
        const fix = recommendedFix(v);
        const ids = [v.id, ...v.aliases.filter(a => a !== v.id)];
        const title = cleanAdvisoryText(v.title) || `${v.package} is vulnerable (${v.id})`;
        if (!rules.has(v.id)) {
            const url = advisoryUrl(v);
            rules.set(v.id, {
                id: v.id,
                // The id is the rule's own; the title says what the advisory is about (GitHub shows both).
                title,
                description: cleanAdvisoryText(v.description) || title,
                helpText: '',
                helpUri: url,
                tags: ['vulnerability', 'dependency', ...(v.cwes ?? []).map(c => `external/cwe/${c.toLowerCase()}`)],
                severity,
                ...(v.score !== undefined ? { score: v.score } : {}),
                confidence: 'high'
            });
        }
        const perPackage = fixesByRule.get(v.id) ?? new Map();
        fixesByRule.set(v.id, perPackage);
        const fixes = perPackage.get(v.package) ?? new Set();
        perPackage.set(v.package, fixes);
        for (const f of v.fixed)
            fixes.add(f);
        const also = v.aliases.length > 0 ? ` (${v.aliases.join(', ')})` : '';
        const advice = fix ? `Upgrade ${v.package} to ${fix} or later.` : 'No fixed version is published yet.';
        findings.push({
            ruleId: v.id,
            message: `${v.package} ${v.installed} in ${v.subject ?? v.path} is vulnerable to ${v.id}${also}: ${title}. ${advice}`,
            severity,
            location: { path: v.path, startLine: v.startLine, endLine: v.endLine },
            ...(v.standIn ? { standIn: true } : {}),
            identity: ['sca', v.id, v.ecosystem.toLowerCase(), v.package, v.installed, v.subject ?? v.path],
            properties: {
                package: v.package,
                installedVersion: v.installed,
                ...(fix ? { fixedVersion: fix } : {}),
                ...(v.fixed.length > 0 ? { fixedVersions: v.fixed.join(', ') } : {}),
                ecosystem: v.ecosystem,
                ...(ids.length > 1 ? { aliases: v.aliases.join(', ') } : {}),
                ...(v.score !== undefined ? { cvssScore: v.score } : {}),
                ...(v.relationship ? { relationship: v.relationship } : {}),
                ...(v.startLine === undefined ? { lineUnknown: true } : {})
            }
        });
    }
    for (const [id, rule] of rules) {
        const perPackage = fixesByRule.get(id) ?? new Map();
        const lines = [...perPackage].map(([pkg, fixes]) => fixes.size > 0 ? `Upgrade ${pkg} to a fixed version: ${[...fixes].join(', ')} (the nearest one above the version you have).` : `No fixed version of ${pkg} is published yet: remove it, replace it, or accept the risk knowingly.`);
        rule.helpText = [rule.description, '', ...lines, ...(rule.helpUri ? ['', `Advisory: ${rule.helpUri}`] : [])].join('\n');
        rule.helpMarkdown = [
            `**${rule.title}**`,
            '',
            rule.description,
            '',
            ...lines.map(l => `- ${l}`),
            ...(rule.helpUri ? ['', `[Advisory](${rule.helpUri})`] : [])
        ].join('\n');
    }
    return { rules: [...rules.values()], findings };
}
/** The identity used to tell new vulnerabilities from those the base branch already had: version-independent. */
function baselineKey(f) {
    const [, id, ecosystem, pkg, , path] = f.identity;
    return [id, ecosystem, pkg, path].join('\u0000');
}

;// CONCATENATED MODULE: ./shared/sarif/import.ts
/**
 * Reads another tool's SARIF (Trivy's, OSV-Scanner's, ...) into plain records the adapters can map onto our model:
 * results with their rule, level, message, first location and properties, the rules with their texts and
 * `security-severity`, and the error notifications that say whether the scan is complete. Tolerant of the quirks
 * real tools write: `ruleIndex` without `ruleId`, `-1` sentinels, `file://` URIs, absolute paths, missing regions.
 */


const import_str = (v) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const pos = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined);
const import_text = (v) => import_str(obj(v).text);
/** True when the parsed JSON looks like a SARIF log. */
function isSarif(data) {
    const o = obj(data);
    return Array.isArray(o.runs) && (typeof o.version === 'string' || typeof o.$schema === 'string');
}
/** Turns a SARIF artifact URI into a path: `file:///x/y` -> `/x/y`, percent-decoding, no leading `./`. */
function uriToPath(uri) {
    let u = uri;
    if (/^file:/i.test(u))
        u = u.replace(/^file:(\/\/)?/i, '');
    try {
        u = decodeURIComponent(u);
    }
    catch {
        // keep it as written
    }
    return u.replace(/^\.\//, '');
}
function importSarif(data, toolLabel) {
    if (!isSarif(data))
        throw new ScannerError(`The ${toolLabel} report is not a SARIF log (no 'runs').`);
    return arr(obj(data).runs).map(raw => importRun(obj(raw)));
}
function importRule(r) {
    const id = import_str(r.id) ?? import_str(r.name) ?? 'unknown-rule';
    return {
        id,
        name: import_str(r.name),
        shortDescription: import_text(r.shortDescription),
        fullDescription: import_text(r.fullDescription),
        helpText: import_text(r.help),
        helpMarkdown: import_str(obj(r.help).markdown),
        helpUri: import_str(r.helpUri),
        level: import_str(obj(r.defaultConfiguration).level),
        properties: obj(r.properties),
        aliases: arr(r.deprecatedIds).filter((x) => typeof x === 'string' && x !== id)
    };
}
function importRun(run) {
    const driver = obj(obj(run.tool).driver);
    const rules = arr(driver.rules).map(r => importRule(obj(r)));
    const byId = new Map(rules.map(r => [r.id, r]));
    const results = [];
    for (const raw of arr(run.results)) {
        const r = obj(raw);
        const index = typeof r.ruleIndex === 'number' && r.ruleIndex >= 0 ? r.ruleIndex : undefined;
        const rule = (import_str(r.ruleId) && byId.get(import_str(r.ruleId))) || (index !== undefined ? rules[index] : undefined);
        const ruleId = import_str(r.ruleId) ?? rule?.id ?? 'unknown-rule';
        const physical = obj(obj(arr(r.locations)[0]).physicalLocation);
        const artifact = obj(physical.artifactLocation);
        const region = obj(physical.region);
        const uri = import_str(artifact.uri);
        results.push({
            ruleId,
            rule,
            level: import_str(r.level),
            message: import_text(r.message) ?? '',
            uri: uri ? uriToPath(uri) : undefined,
            uriBaseId: import_str(artifact.uriBaseId),
            startLine: pos(region.startLine),
            startColumn: pos(region.startColumn),
            endLine: pos(region.endLine),
            endColumn: pos(region.endColumn),
            properties: obj(r.properties),
            suppressed: arr(r.suppressions).some(s => {
                const status = import_str(obj(s).status);
                return status === undefined || status === 'accepted';
            })
        });
    }
    const errors = [];
    const warnings = [];
    let successful;
    for (const inv of arr(run.invocations).map(obj)) {
        if (typeof inv.executionSuccessful === 'boolean')
            successful = (successful ?? true) && inv.executionSuccessful;
        for (const n of [...arr(inv.toolExecutionNotifications), ...arr(inv.toolConfigurationNotifications)].map(obj)) {
            const message = import_text(n.message);
            if (!message)
                continue;
            if (import_str(n.level) === 'error')
                errors.push(message);
            else if (import_str(n.level) === 'warning')
                warnings.push(message);
        }
    }
    return {
        tool: { name: import_str(driver.name) ?? 'unknown', version: import_str(driver.version) ?? import_str(driver.semanticVersion) },
        rules,
        results,
        errors,
        warnings,
        successful,
        properties: obj(run.properties)
    };
}
/** A severity number from SARIF's `security-severity` property (a string or number in 0-10). */
function securitySeverityOf(properties) {
    const v = properties?.['security-severity'];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;
    return n !== undefined && n >= 0 && n <= 10 ? n : undefined;
}

;// CONCATENATED MODULE: ./shared/scanners/osv-report.ts
/**
 * Reads OSV-Scanner's reports (its JSON, v1 and v2, and its SARIF) into dependency vulnerabilities. OSV-Scanner groups
 * records that describe the same vulnerability (a GHSA and a RUSTSEC, say): each group becomes one finding, named by
 * its CVE where it has one (as Trivy names it), else its first id, with the other ids as aliases. Its SARIF marks
 * every result "warning"; we take the severity from the advisory instead.
 */






function relativePath(path, root) {
    const clean = path.replace(/\\/g, '/');
    if (root && (0,external_node_path_namespaceObject.isAbsolute)(clean)) {
        const rel = (0,external_node_path_namespaceObject.relative)(root, clean).replace(/\\/g, '/');
        if (rel && !rel.startsWith('..'))
            return rel;
    }
    return clean.replace(/^\.\//, '');
}
function parseOsvReport(text, options = {}) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new ScannerError(`The OSV-Scanner report is not valid JSON (${err.message}).`);
    }
    if (isSarif(data))
        return osv_report_fromSarif(data, options);
    const root = obj(data);
    if (!Array.isArray(root.results))
        throw new ScannerError("The OSV-Scanner report has no 'results': it is not an OSV-Scanner JSON or SARIF report.");
    return osv_report_fromJson(root, options);
}
/** The name an advisory is reported under: its CVE where it has one, else a GHSA, else its first id. */
function primaryId(ids) {
    return ids.find(i => /^CVE-/i.test(i)) ?? ids.find(i => /^GHSA-/i.test(i)) ?? ids[0];
}
const norm = (ecosystem, name) => {
    const e = ecosystem.split(':')[0].toLowerCase();
    return e === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : e === 'maven' || e === 'nuget' || e === 'packagist' ? name.toLowerCase() : name;
};
/** Every `fixed` event of the record's entries for this package. */
function fixedVersions(record, ecosystem, name) {
    const want = norm(ecosystem, name);
    const out = [];
    for (const a of arr(record.affected).map(obj)) {
        const p = obj(a.package);
        if (str(p.ecosystem).split(':')[0] !== ecosystem.split(':')[0] || norm(ecosystem, str(p.name)) !== want)
            continue;
        for (const range of arr(a.ranges).map(obj)) {
            for (const e of arr(range.events).map(obj))
                if (str(e.fixed))
                    out.push(...splitVersions(str(e.fixed)));
        }
    }
    return [...new Set(out)];
}
function osv_report_fromJson(root, options) {
    const sources = [];
    const vulnerabilities = [];
    for (const raw of arr(root.results)) {
        const result = obj(raw);
        const source = obj(result.source);
        const path = relativePath(str(source.path), options.root);
        const packages = arr(result.packages).map(obj);
        let count = 0;
        for (const p of packages) {
            const pkg = obj(p.package);
            const name = str(pkg.name);
            const version = str(pkg.version);
            const ecosystem = str(pkg.ecosystem);
            const records = new Map(arr(p.vulnerabilities).map(obj).map(v => [str(v.id), v]));
            const groups = arr(p.groups).map(obj);
            // Older reports may have no groups: every record is its own group.
            const grouped = groups.length > 0 ? groups.map(g => ({ ids: arr(g.ids).map(str).filter(Boolean), aliases: arr(g.aliases).map(str), max: str(g.max_severity) })) : [...records.keys()].map(id => ({ ids: [id], aliases: [], max: '' }));
            for (const group of grouped) {
                const recs = group.ids.map(id => records.get(id)).filter((r) => r !== undefined);
                const allIds = [...new Set([...group.ids, ...group.aliases, ...recs.flatMap(r => arr(r.aliases).map(str))].filter(Boolean))];
                if (allIds.length === 0)
                    continue;
                const id = primaryId(allIds);
                const scored = [/^\d+(\.\d+)?$/.test(group.max) ? Number(group.max) : undefined, ...recs.map(r => scoreFromOsvSeverity([...arr(r.severity), ...arr(r.affected).flatMap(a => arr(obj(a).severity))]))].filter((n) => n !== undefined && n > 0);
                const label = recs.map(r => str(obj(r.database_specific).severity)).find(Boolean);
                const first = recs[0] ?? {};
                count++;
                vulnerabilities.push({
                    id,
                    aliases: allIds.filter(x => x !== id),
                    package: name,
                    ecosystem,
                    installed: version,
                    fixed: [...new Set(recs.flatMap(r => fixedVersions(r, ecosystem, name)))],
                    path,
                    severityLabel: label,
                    score: scored.length > 0 ? Math.max(...scored) : undefined,
                    title: str(first.summary) || undefined,
                    description: str(first.details).split(/\n\s*\n/)[0] || undefined,
                    cwes: recs.flatMap(r => arr(obj(r.database_specific).cwe_ids).map(str)).filter(c => /^CWE-\d+$/i.test(c))
                });
            }
        }
        sources.push({ path, type: str(source.type), packages: packages.length, vulnerabilities: count });
    }
    return { format: 'json', sources, vulnerabilities, errors: [], warnings: [] };
}
function osv_report_fromSarif(data, options) {
    const runs = importSarif(data, 'OSV-Scanner');
    const vulnerabilities = [];
    const sources = new Map();
    const errors = [];
    const warnings = [];
    // OSV-Scanner writes one result per record of a group, all under the group's rule: keep one.
    const seen = new Set();
    for (const run of runs) {
        errors.push(...run.errors);
        warnings.push(...run.warnings);
        for (const r of run.results) {
            if (seen.has(`${r.ruleId}\u0000${r.message}\u0000${r.uri}`))
                continue;
            seen.add(`${r.ruleId}\u0000${r.message}\u0000${r.uri}`);
            // "Package 'ansi-html@0.0.1' is vulnerable to 'CVE-2021-23424' (also known as 'GHSA-…')."
            const m = /Package '(.+)@([^@']+)' is vulnerable/.exec(r.message);
            const path = relativePath(r.uri ?? '', options.root);
            const source = sources.get(path) ?? { path, type: 'lockfile', packages: 0, vulnerabilities: 0 };
            sources.set(path, source);
            source.vulnerabilities++;
            const ids = [r.ruleId, ...(r.rule?.aliases ?? [])];
            const id = primaryId(ids);
            const fixed = sarifFixedVersions(r.rule?.helpText ?? '', m?.[1] ?? '');
            vulnerabilities.push({
                id,
                aliases: [...new Set(ids)].filter(x => x !== id),
                package: m?.[1] ?? '',
                ecosystem: '',
                installed: m?.[2] ?? '',
                fixed,
                path,
                startLine: r.startLine,
                endLine: r.endLine,
                score: securitySeverityOf(r.rule?.properties),
                title: r.rule?.shortDescription?.replace(/^[^:]+:\s*/, ''),
                description: r.rule?.fullDescription
            });
        }
    }
    return { format: 'sarif', sources: [...sources.values()], vulnerabilities, errors, warnings };
}
/** The "Fixed Versions" table of OSV-Scanner's SARIF help text: `| id | package | version |` rows for a package. */
function sarifFixedVersions(help, pkg) {
    const after = help.split(/#+\s*Fixed Versions/i)[1] ?? '';
    const out = [];
    for (const row of after.split(/\r?\n/)) {
        const cells = row.split('|').map(c => c.trim());
        if (cells.length >= 5 && cells[2] === pkg && /^[0-9v]/.test(cells[3]))
            out.push(...splitVersions(cells[3]));
    }
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./shared/scanners/osv.ts
/**
 * The OSV-Scanner adapter for dependency scanning: `osv-scanner scan source` on a folder, either against osv.dev or,
 * air-gapped, against a local database laid out from OSV records (see shared/sca/advisories.ts). Its exit codes say
 * "vulnerabilities found" (1) apart from "no packages" (128) and real failures (127, 129, 130), and we keep them apart.
 */






const OSV_SCANNER_URI = 'https://google.github.io/osv-scanner/';
const EXIT_MEANING = {
    127: 'OSV-Scanner reported a general error',
    129: 'OSV-Scanner could not reach the OSV API',
    130: 'OSV-Scanner rejected its configuration'
};
const OSV_ERROR = /error|fail|cannot|unable|no offline|not found|invalid/i;
/** Runs OSV-Scanner recursively on `root`. Throws ScannerError when it could not scan. */
async function runOsvScanner(o) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-osv-'));
    const out = (0,external_node_path_namespaceObject.join)(dir, 'report.json');
    const args = [
        'scan',
        'source',
        '--format', 'json',
        '--output-file', out,
        // Every package (so the summary can say which lockfiles were read) and every vulnerability (none hidden as
        // "uncalled" or "unimportant": the gate and ignore lists decide, not the scanner).
        '--all-packages',
        '--all-vulns',
        // No call analysis: it builds the code under scan (Rust's runs build scripts), which a pull request controls,
        // and it needs the network. Reachability does not decide the gate here.
        '--no-call-analysis=all',
        ...(o.localDb ? ['--offline', '--local-db-path', o.localDb] : []),
        // OSV-Scanner skips folders by name; folders given as paths are filtered out of its report by the stage.
        ...(o.skipDirs ?? []).filter(d => !/[\\/:]/.test(d)).flatMap(d => ['--experimental-exclude', d]),
        '--recursive',
        '.'
    ];
    o.logger.info(`Running osv-scanner ${args.join(' ')}`);
    try {
        let res;
        try {
            res = await runProcess(o.binary, args, { cwd: o.root, timeoutMs: o.timeoutMs ?? 1_800_000, onLine: l => o.logger.debug(`osv-scanner: ${l}`) });
        }
        catch (err) {
            throw new ScannerError(`OSV-Scanner could not be started (${err.message}).`);
        }
        const text = (0,external_node_fs_namespaceObject.existsSync)(out) ? (0,external_node_fs_namespaceObject.readFileSync)(out, 'utf8') : '';
        if (res.code === 128) {
            // No package manifest at all: nothing to check (the stage says so from its own lockfile search).
            return { report: { format: 'json', sources: [], vulnerabilities: [], errors: [], warnings: [] }, exitCode: res.code, durationMs: res.ms };
        }
        if ((res.code !== 0 && res.code !== 1) || !text.trim()) {
            const meaning = EXIT_MEANING[res.code] ?? (res.timedOut ? 'OSV-Scanner timed out' : `OSV-Scanner exited with code ${res.code}`);
            throw new ScannerError(`${meaning}${text.trim() ? '' : ' and wrote no report'}${describeDbProblem(res, o.localDb)}.`, errorLines(res, OSV_ERROR));
        }
        return { report: parseOsvReport(text, { root: o.root }), exitCode: res.code, durationMs: res.ms };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/** A local database OSV-Scanner cannot read is the usual cause of an offline failure: say so in plain words. */
function describeDbProblem(res, localDb) {
    const text = `${res.stderr}\n${res.stdout}`;
    if (!localDb) {
        return /api\.osv\.dev|no such host|dial tcp|i\/o timeout|connection refused|rpc error/i.test(text)
            ? ': the OSV API (api.osv.dev) cannot be reached from this machine. Scan offline with vulnerability-db (CLI: --vulnerability-db) naming a folder of OSV advisory records'
            : '';
    }
    if (/no offline version|not available|no such file/i.test(text))
        return `: the local vulnerability database in '${localDb}' is missing`;
    if (/zip|corrupt|checksum|unexpected EOF|invalid/i.test(text))
        return `: the local vulnerability database in '${localDb}' is corrupt`;
    return '';
}

;// CONCATENATED MODULE: ./shared/scanners/trivy-report.ts
/**
 * Reads Trivy's reports into our model: the JSON report (schema 2, and the bare array of targets Trivy wrote before
 * v0.20) and Trivy's SARIF. Vulnerabilities become dependency vulnerabilities (pointing at the lockfile line Trivy
 * reports for the package, when it does); misconfigurations (`trivy config`) become findings on the resource's lines.
 * Packages in an image (OS packages, or language packages inside the image) have no file in the repository: they
 * point at a stand-in file and name the image target in the message.
 */





const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const line = (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : undefined);
function parseTrivyReport(text, options = {}) {
    let data;
    try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new ScannerError(`The Trivy report is not valid JSON (${err.message}).`);
    }
    if (isSarif(data))
        return trivy_report_fromSarif(data, options);
    if (Array.isArray(data))
        return trivy_report_fromJson({ Results: data }, 'legacy-json', options);
    const root = obj(data);
    if (!('Results' in root) && !('SchemaVersion' in root) && !('ArtifactName' in root)) {
        throw new ScannerError("The Trivy report has no 'Results': it is not a Trivy JSON or SARIF report.");
    }
    return trivy_report_fromJson(root, 'json', options);
}
/**
 * The CVSS base score from the source Trivy took the severity from, else GHSA's, NVD's, or any: the higher of its v4
 * and v3 scores, as the OSV-Scanner path takes the highest, so both scanners rank one advisory the same.
 */
function cvssScore(v) {
    const cvss = obj(v.CVSS);
    const order = [str(v.SeveritySource), 'ghsa', 'nvd', ...Object.keys(cvss)].filter(Boolean);
    for (const source of order) {
        const entry = obj(cvss[source]);
        const scores = [num(entry.V40Score), num(entry.V3Score)].filter((x) => x !== undefined && x > 0);
        if (scores.length > 0)
            return Math.max(...scores);
    }
    return undefined;
}
/**
 * The vulnerability's other ids: Trivy's vendor ids (the GHSA id of a CVE). References often link related but
 * different advisories, so they are read for an id only as a last resort.
 */
function aliasesOf(v, id) {
    const ids = new Set(arr(v.VendorIDs).map(str).filter(Boolean));
    if (ids.size === 0) {
        // Older reports have no vendor ids: a GHSA id is taken from the references only when they name exactly one.
        const named = new Set();
        for (const ref of [str(v.PrimaryURL), ...arr(v.References).map(str)]) {
            for (const m of ref.matchAll(/\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi))
                named.add(m[0]);
        }
        if (named.size === 1)
            ids.add([...named][0]);
    }
    ids.delete(id);
    return [...ids];
}
function trivy_report_fromJson(root, format, options) {
    const artifactType = str(root.ArtifactType) || undefined;
    const targets = [];
    const vulnerabilities = [];
    const rules = new Map();
    const findings = [];
    for (const raw of arr(root.Results)) {
        const result = obj(raw);
        const target = str(result.Target);
        const klass = str(result.Class);
        const type = str(result.Type);
        const packages = arr(result.Packages).map(obj);
        const vulns = arr(result.Vulnerabilities).map(obj);
        const misconfs = arr(result.Misconfigurations).map(obj).filter(m => str(m.Status) !== 'PASS' && str(m.Status) !== 'EXCEPTION');
        targets.push({ target, class: klass, type, packages: packages.length, vulnerabilities: vulns.length, misconfigurations: misconfs.length });
        // Where each package is declared: Trivy puts line ranges on packages, not on vulnerabilities.
        const byUid = new Map();
        const byId = new Map();
        for (const p of packages) {
            const uid = str(obj(p.Identifier).UID);
            if (uid)
                byUid.set(uid, p);
            if (str(p.ID))
                byId.set(str(p.ID), p);
            byId.set(`${str(p.Name)}@${str(p.Version)}`, p);
        }
        const inImage = klass === 'os-pkgs' || artifactType === 'container_image' || artifactType === 'vm';
        for (const v of vulns) {
            const id = str(v.VulnerabilityID);
            if (!id)
                continue;
            const pkgName = str(v.PkgName);
            const installed = str(v.InstalledVersion);
            const pkg = byUid.get(str(obj(v.PkgIdentifier).UID)) ?? byId.get(str(v.PkgID)) ?? byId.get(`${pkgName}@${installed}`);
            const loc = obj(arr(pkg?.Locations)[0]);
            const pkgPath = str(pkg?.FilePath) || str(v.PkgPath);
            vulnerabilities.push({
                id,
                aliases: aliasesOf(v, id),
                package: pkgName,
                ecosystem: type || klass,
                installed,
                fixed: splitVersions(str(v.FixedVersion)),
                path: inImage ? options.standIn ?? 'Dockerfile' : target,
                ...(inImage ? { standIn: true, subject: pkgPath ? `${target} (${pkgPath})` : target } : { startLine: line(loc.StartLine), endLine: line(loc.EndLine) }),
                severityLabel: str(v.Severity) || undefined,
                score: cvssScore(v),
                title: str(v.Title) || undefined,
                description: str(v.Description) || undefined,
                url: str(v.PrimaryURL) || undefined,
                cwes: arr(v.CweIDs).map(str).filter(c => /^CWE-\d+$/i.test(c)),
                relationship: str(pkg?.Relationship) || undefined
            });
        }
        for (const m of misconfs) {
            const id = str(m.AVDID) || str(m.ID);
            if (!id)
                continue;
            const severity = labelSeverity(str(m.Severity));
            if (!rules.has(id)) {
                const resolution = str(m.Resolution);
                rules.set(id, {
                    id,
                    title: str(m.Title) || id,
                    description: str(m.Description).trim() || str(m.Title) || id,
                    helpText: [str(m.Description).trim(), resolution ? `Fix: ${resolution}` : '', str(m.PrimaryURL)].filter(Boolean).join('\n\n'),
                    helpUri: str(m.PrimaryURL) || undefined,
                    tags: ['misconfiguration', type].filter(Boolean),
                    severity,
                    confidence: 'high'
                });
            }
            const cause = obj(m.CauseMetadata);
            const resource = str(cause.Resource);
            findings.push({
                ruleId: id,
                message: `${str(m.Message) || str(m.Title) || id}${resource ? ` (${resource})` : ''}`,
                severity,
                location: { path: target, startLine: line(cause.StartLine), endLine: line(cause.EndLine) },
                identity: ['trivy-config', id, target, resource || String(line(cause.StartLine) ?? '')]
            });
        }
    }
    return {
        format,
        version: str(obj(root.Trivy).Version) || undefined,
        artifactName: str(root.ArtifactName) || undefined,
        artifactType,
        targets,
        vulnerabilities,
        misconfigurations: { rules: [...rules.values()], findings },
        errors: [],
        warnings: []
    };
}
/** `Key: value` lines of Trivy's SARIF messages and help texts. */
function fields(text) {
    const m = new Map();
    for (const l of text.split(/\r?\n/)) {
        const match = /^([A-Za-z][A-Za-z ]+):\s*(.+)$/.exec(l.trim());
        if (match)
            m.set(match[1].toLowerCase(), match[2].trim());
    }
    return m;
}
function trivy_report_fromSarif(data, options) {
    const runs = importSarif(data, 'Trivy');
    const vulnerabilities = [];
    const rules = new Map();
    const findings = [];
    const targets = new Map();
    const errors = [];
    const warnings = [];
    let version;
    for (const run of runs) {
        version ??= run.tool.version;
        errors.push(...run.errors);
        warnings.push(...run.warnings);
        const image = typeof run.properties.imageName === 'string' ? run.properties.imageName : undefined;
        for (const r of run.results) {
            const f = fields(r.message);
            const tags = Array.isArray(r.rule?.properties.tags) ? (r.rule?.properties.tags).map(String) : [];
            const path = r.uri ?? '';
            const target = targets.get(path) ?? { target: path, class: '', type: '', packages: 0, vulnerabilities: 0, misconfigurations: 0 };
            targets.set(path, target);
            const score = securitySeverityOf(r.rule?.properties);
            const label = f.get('severity') ?? tags.find(t => /^(CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)$/.test(t));
            if (tags.includes('vulnerability') || f.has('installed version')) {
                target.vulnerabilities++;
                const inImage = Boolean(image) || r.uriBaseId === 'ROOTPATH';
                vulnerabilities.push({
                    id: r.ruleId,
                    aliases: r.rule?.aliases ?? [],
                    package: f.get('package') ?? '',
                    ecosystem: '',
                    installed: f.get('installed version') ?? '',
                    fixed: splitVersions(f.get('fixed version')),
                    path: inImage ? options.standIn ?? 'Dockerfile' : path,
                    ...(inImage ? { standIn: true, subject: image ?? path } : { startLine: r.startLine, endLine: r.endLine }),
                    severityLabel: label,
                    score: typeof r.rule?.properties.cvssv3_baseScore === 'number' ? r.rule.properties.cvssv3_baseScore : score,
                    title: r.rule?.shortDescription,
                    description: r.rule?.fullDescription,
                    url: r.rule?.helpUri
                });
            }
            else {
                target.misconfigurations++;
                const severity = label ? labelSeverity(label) : score !== undefined ? severityFromScore(score) : labelSeverity(r.level ?? '');
                if (!rules.has(r.ruleId)) {
                    rules.set(r.ruleId, {
                        id: r.ruleId,
                        title: r.rule?.shortDescription ?? r.ruleId,
                        description: r.rule?.fullDescription ?? r.rule?.shortDescription ?? r.ruleId,
                        helpText: r.rule?.helpText ?? '',
                        helpMarkdown: r.rule?.helpMarkdown,
                        helpUri: r.rule?.helpUri,
                        tags: ['misconfiguration'],
                        severity,
                        confidence: 'high'
                    });
                }
                findings.push({
                    ruleId: r.ruleId,
                    message: f.get('message') ?? (r.message.split('\n')[0] || r.ruleId),
                    severity,
                    location: { path: uriToPath(path), startLine: r.startLine, endLine: r.endLine },
                    identity: ['trivy-config', r.ruleId, path, String(r.startLine ?? '')]
                });
            }
        }
    }
    return {
        format: 'sarif',
        version,
        targets: [...targets.values()],
        vulnerabilities,
        misconfigurations: { rules: [...rules.values()], findings },
        errors,
        warnings
    };
}

;// CONCATENATED MODULE: ./shared/scanners/trivy.ts
/**
 * The Trivy adapter for dependency scanning: keeping its vulnerability database (downloaded with retries, from a
 * mirror if asked, reused while fresh; or built here from local OSV records with Trivy's own database builder), and
 * running `trivy fs` on a folder with everything else that would reach the network switched off.
 */








const TRIVY_URI = 'https://trivy.dev';
/** Where Trivy downloads its database from by default (its own order). */
const DEFAULT_DB_REPOSITORIES = ['mirror.gcr.io/aquasec/trivy-db:2', 'ghcr.io/aquasecurity/trivy-db:2'];
/** Switches that keep Trivy from reaching out for anything but the database. */
const QUIET_FLAGS = ['--skip-version-check', '--disable-telemetry', '--skip-java-db-update', '--offline-scan', '--no-progress'];
/** Reads `<cache>/db/metadata.json`; undefined when there is no database there. */
function readDbMetadata(cacheDir) {
    const db = (0,external_node_path_namespaceObject.join)(cacheDir, 'db', 'trivy.db');
    const meta = (0,external_node_path_namespaceObject.join)(cacheDir, 'db', 'metadata.json');
    if (!(0,external_node_fs_namespaceObject.existsSync)(db) || !(0,external_node_fs_namespaceObject.existsSync)(meta))
        return undefined;
    try {
        const m = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(meta, 'utf8'));
        const date = (v) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v) : undefined);
        return { version: typeof m.Version === 'number' ? m.Version : undefined, updatedAt: date(m.UpdatedAt), nextUpdate: date(m.NextUpdate), downloadedAt: date(m.DownloadedAt) };
    }
    catch {
        return {};
    }
}
/** True when the database was downloaded today (UTC): Trivy publishes a new one every few hours, we take one a day. */
function isFresh(meta, now = new Date()) {
    const at = meta?.downloadedAt ?? meta?.updatedAt;
    return Boolean(at && at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10));
}
const TRIVY_ERROR = /FATAL|ERROR|error|failed|denied|TOOMANYREQUESTS|rate/i;
/** Why a download failed, in a few words a person recognises. */
function downloadFailureReason(text) {
    if (/TOOMANYREQUESTS|429|rate limit/i.test(text))
        return 'the registry is rate-limiting downloads (HTTP 429)';
    if (/denied|unauthorized|401|403/i.test(text))
        return 'the registry refused access (401/403)';
    if (/no such host|lookup .* on|name resolution|dial tcp|connection refused|i\/o timeout|network is unreachable|TLS handshake/i.test(text))
        return 'the registry cannot be reached from this machine';
    if (/manifest unknown|not found|404/i.test(text))
        return 'the registry has no such database image';
    return 'the download failed';
}
/** Downloads the database into `cacheDir`, retrying with back-off. Throws ScannerError with one sentence on failure. */
async function downloadTrivyDb(o) {
    const attempts = o.attempts ?? 3;
    const backoff = o.backoffMs ?? ((n) => 5000 * 3 ** (n - 1));
    let last;
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const args = ['fs', '--download-db-only', '--cache-dir', o.cacheDir, '--db-repository', o.repositories.join(','), ...QUIET_FLAGS];
        o.logger.info(`Downloading the Trivy vulnerability database from ${o.repositories.join(', ')} (attempt ${attempt} of ${attempts})`);
        try {
            last = await runProcess(o.binary, args, { timeoutMs: 600_000, onLine: l => o.logger.debug(`trivy: ${l}`) });
        }
        catch (err) {
            throw new ScannerError(`Trivy could not be started (${err.message}).`);
        }
        if (last.code === 0 && readDbMetadata(o.cacheDir)) {
            o.logger.info(`Database downloaded in ${formatDuration(last.ms)}.`);
            return;
        }
        if (attempt < attempts) {
            const wait = backoff(attempt);
            o.logger.warning(`The database download failed (${downloadFailureReason(`${last.stderr}\n${last.stdout}`)}); retrying in ${formatDuration(wait)}.`);
            await new Promise(r => setTimeout(r, wait));
        }
    }
    const text = last ? `${last.stderr}\n${last.stdout}` : '';
    throw new ScannerError(`The Trivy vulnerability database could not be downloaded from ${o.repositories.join(', ')}: ${downloadFailureReason(text)}. Put a mirror you can reach in db-repository (CLI: --db-repository), or scan offline with vulnerability-db (CLI: --vulnerability-db) naming a folder of OSV advisory records.`, last ? errorLines(last, TRIVY_ERROR) : []);
}
/**
 * Builds Trivy's database from local OSV records with Trivy's own builder (`trivy-db build`), reading them as it
 * reads GitHub's advisory database, and installs it in `cacheDir`. A database built from the same records before is
 * reused.
 */
async function buildTrivyDb(o) {
    const stamp = (0,external_node_path_namespaceObject.join)(o.cacheDir, 'db', 'devsecops-advisories.txt');
    if (readDbMetadata(o.cacheDir) && (0,external_node_fs_namespaceObject.existsSync)(stamp) && (0,external_node_fs_namespaceObject.readFileSync)(stamp, 'utf8').trim() === o.advisories.digest) {
        o.logger.info(`Reusing the database built earlier from the same ${o.advisories.records.length} records.`);
        return;
    }
    const work = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-trivy-db-'));
    try {
        const src = (0,external_node_path_namespaceObject.join)(work, 'src');
        const out = (0,external_node_path_namespaceObject.join)(work, 'out');
        const sources = writeTrivyDbSources(o.advisories, src);
        // The builder also walks the CocoaPods specs to map pod names; an empty folder is enough.
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.join)(src, 'cocoapods-specs', 'Specs'), { recursive: true });
        (0,external_node_fs_namespaceObject.mkdirSync)(out, { recursive: true });
        const args = ['build', '--cache-dir', src, '--output-dir', out, '--update-interval', '24h', ...sources.flatMap(x => ['--only-update', x])];
        o.logger.info(`Building the Trivy database from ${o.advisories.records.length} advisory records: trivy-db ${args.join(' ')}`);
        let res;
        try {
            res = await runProcess(o.builder, args, { cwd: work, timeoutMs: 600_000, onLine: l => o.logger.debug(`trivy-db: ${l}`) });
        }
        catch (err) {
            throw new ScannerError(`Trivy's database builder could not be started (${err.message}).`);
        }
        if (res.code !== 0 || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(out, 'trivy.db')) || !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(out, 'metadata.json'))) {
            throw new ScannerError(`Trivy's database builder failed (exit ${res.code}) on the records in '${o.advisories.dir}': ${outputTail(res, 3)}`, errorLines(res, TRIVY_ERROR));
        }
        const dbDir = (0,external_node_path_namespaceObject.join)(o.cacheDir, 'db');
        (0,external_node_fs_namespaceObject.rmSync)(dbDir, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.mkdirSync)(dbDir, { recursive: true });
        (0,external_node_fs_namespaceObject.cpSync)((0,external_node_path_namespaceObject.join)(out, 'trivy.db'), (0,external_node_path_namespaceObject.join)(dbDir, 'trivy.db'));
        (0,external_node_fs_namespaceObject.cpSync)((0,external_node_path_namespaceObject.join)(out, 'metadata.json'), (0,external_node_path_namespaceObject.join)(dbDir, 'metadata.json'));
        (0,external_node_fs_namespaceObject.writeFileSync)(stamp, `${o.advisories.digest}\n`);
        o.logger.info(`Database built in ${formatDuration(res.ms)}.`);
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(work, { recursive: true, force: true });
    }
}
/** Runs `trivy fs` on `root` against the database already in `cacheDir`; never downloads anything. */
async function runTrivyFs(o) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-trivy-'));
    const out = (0,external_node_path_namespaceObject.join)(dir, 'report.json');
    const args = [
        'fs',
        '--scanners', 'vuln',
        '--format', 'json',
        '--list-all-pkgs',
        '--output', out,
        '--cache-dir', o.cacheDir,
        '--skip-db-update',
        ...QUIET_FLAGS,
        '--exit-code', '0',
        ...(o.skipDirs ?? []).flatMap(d => ['--skip-dirs', d]),
        '.'
    ];
    o.logger.info(`Running trivy ${args.join(' ')}`);
    try {
        let res;
        try {
            res = await runProcess(o.binary, args, { cwd: o.root, timeoutMs: o.timeoutMs ?? 1_800_000, onLine: l => o.logger.debug(`trivy: ${l}`) });
        }
        catch (err) {
            throw new ScannerError(`Trivy could not be started (${err.message}).`);
        }
        const text = (0,external_node_fs_namespaceObject.existsSync)(out) ? (0,external_node_fs_namespaceObject.readFileSync)(out, 'utf8') : '';
        if (res.code !== 0 || !text.trim()) {
            throw new ScannerError(`Trivy exited with code ${res.code}${text.trim() ? '' : ' and wrote no report'}${trivy_describeDbProblem(res)}.`, errorLines(res, TRIVY_ERROR));
        }
        return { report: parseTrivyReport(text), exitCode: res.code, durationMs: res.ms };
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    }
}
/** A database Trivy cannot open is the usual cause of a failed scan: say so in plain words. */
function trivy_describeDbProblem(res) {
    const text = `${res.stderr}\n${res.stdout}`;
    if (/first run cannot skip|--skip-db-update cannot be specified|db.*not found|no such file.*trivy\.db/i.test(text))
        return ': there is no vulnerability database in the cache';
    if (/(open|init|load).*(db|database)|bolt|invalid database|unexpected.*eof|metadata/i.test(text))
        return ': the vulnerability database is missing or corrupt';
    return '';
}

;// CONCATENATED MODULE: ./actions/sca/stage.ts
/**
 * The SCA stage, free of GitHub Actions specifics so the action and `devsecops sca` run the same code: find the
 * lockfiles, get the vulnerability data (Trivy's database, downloaded with retries or built here from local OSV
 * records; or OSV-Scanner's local database laid out from the same records), scan, point every finding at the line
 * that declares the package, and on pull requests tell the vulnerabilities a PR adds from those its base already had.
 */














const SCA_SCANNERS = ['trivy', 'osv-scanner'];
/** The `scanner` input. */
function parseScaScanner(value, inputName = 'scanner') {
    const v = (value || 'trivy').trim().toLowerCase();
    if (SCA_SCANNERS.includes(v))
        return v;
    throw new ConfigurationError(`Input '${inputName}' is '${value}'; allowed values: ${SCA_SCANNERS.join(', ')}.`);
}
/** A list input: one entry per line or comma-separated. */
function parseList(value) {
    return value.split(/[\n,]+/).map(s => s.trim()).filter(Boolean);
}
/** The folder where databases are kept between runs. */
function defaultScaCacheDir(env = process.env) {
    if (env.DEVSECOPS_DB_CACHE_DIR)
        return env.DEVSECOPS_DB_CACHE_DIR;
    const base = env.RUNNER_TOOL_CACHE || (env.XDG_CACHE_HOME ? (0,external_node_path_namespaceObject.join)(env.XDG_CACHE_HOME, 'devsecops') : (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache', 'devsecops'));
    return (0,external_node_path_namespaceObject.join)(base, 'devsecops-db');
}
const TOOL_NAMES = { trivy: 'Trivy', 'osv-scanner': 'OSV-Scanner' };
async function runScaStage(o) {
    const started = Date.now();
    if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.resolve)(o.root)))
        throw new ConfigurationError(`The path to scan '${o.root}' does not exist.`);
    if (!(0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.resolve)(o.root)).isDirectory())
        throw new ConfigurationError(`The path to scan '${o.root}' is a file; give the folder that holds the lockfiles.`);
    const root = (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_path_namespaceObject.resolve)(o.root));
    // Findings are reported relative to the repository's top level, as code scanning expects, when root is inside one.
    const top = (await tryGit(root, ['rev-parse', '--show-toplevel']))?.trim();
    const repoRoot = top && (0,external_node_fs_namespaceObject.existsSync)(top) ? (0,external_node_fs_namespaceObject.realpathSync)(top) : root;
    const prefix = (0,external_node_path_namespaceObject.relative)(repoRoot, root).replace(/\\/g, '/');
    const { manifests, packageJsons } = findDependencyFiles(root, o.skipDirs);
    o.logger.info(manifests.length > 0 ? `Found ${plural(manifests.length, 'dependency file')}: ${manifests.map(m => m.path).join(', ')}` : 'Found no lockfile or manifest.');
    const toolName = TOOL_NAMES[o.scanner];
    const tool = { name: toolName, version: TOOLS[o.scanner].version, informationUri: o.scanner === 'trivy' ? TRIVY_URI : OSV_SCANNER_URI };
    const warnings = [];
    let run;
    let error;
    let preExisting = [];
    let scanned = [];
    let baseline;
    let source = '';
    const work = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'devsecops-sca-'));
    try {
        const advisories = o.vulnerabilityDb ? readAdvisories((0,external_node_path_namespaceObject.resolve)(root, o.vulnerabilityDb)) : undefined;
        if (advisories)
            o.logger.info(`Read ${plural(advisories.records.length, 'advisory record')} from ${advisories.dir}.`);
        const bin = await o.logger.group(`Get ${toolName}`, o.tools[o.scanner]);
        tool.version = bin.version;
        const data = await o.logger.group('Get the vulnerability data', () => prepareData(o, bin.path, advisories, work));
        source = data.source;
        warnings.push(...data.warnings);
        const scanIn = async (dir) => {
            const r = await data.scan(dir);
            const kept = r.vulns.filter(v => v.standIn || !isSkipped(v.path, o.skipDirs));
            // With local records, the fixes are the records' own, whichever scanner matched them.
            const fixed = advisories ? kept.map(v => ({ ...v, fixed: recordFixes(advisories, [v.id, ...v.aliases], v.package) ?? v.fixed })) : kept;
            return { vulns: fixed, scanned: r.scanned.filter(p => !isSkipped(p, o.skipDirs)) };
        };
        const head = await o.logger.group(`Scan with ${toolName}`, () => scanIn(root));
        scanned = head.scanned;
        const { rules, findings } = toFindings(placed(head.vulns, root, prefix));
        run = {
            stage: 'sca',
            tool,
            rules,
            findings,
            invocation: { successful: true, exitCode: 0, errors: [], warnings: [] }
        };
        baseline = o.newFindingsOnly ? await findMergeBase(root, o) : undefined;
        if (baseline) {
            const sha = baseline;
            const keys = await o.logger.group(`Scan the merge base ${sha.slice(0, 7)}`, () => inWorktree(repoRoot, sha, async (tree) => {
                // A pull request that adds the scanned folder: its base had no dependencies there at all.
                if (!(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(tree, prefix)))
                    return new Set();
                const base = await scanIn((0,external_node_path_namespaceObject.join)(tree, prefix));
                return new Set(toFindings(placed(base.vulns, (0,external_node_path_namespaceObject.join)(tree, prefix), prefix)).findings.map(baselineKey));
            }));
            for (const f of findings) {
                const old = keys.has(baselineKey(f));
                if (old)
                    preExisting.push(f);
                f.properties = { ...f.properties, baseline: old ? 'pre-existing' : 'new' };
            }
            o.logger.info(`${findings.length - preExisting.length} new, ${preExisting.length} already on the merge base.`);
        }
    }
    catch (err) {
        if (err instanceof ConfigurationError)
            throw err;
        error = { message: errorMessage(err), lines: err instanceof ScannerError ? err.details : [] };
        preExisting = [];
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(work, { recursive: true, force: true });
    }
    if (error) {
        o.logger.error(`The SCA scan did not complete: ${error.message}`);
        for (const l of error.lines)
            o.logger.error(`  ${l}`);
    }
    run ??= {
        stage: 'sca',
        tool,
        rules: [],
        findings: [],
        invocation: { successful: false, errors: [error?.message ?? 'unknown error', ...(error?.lines ?? [])], warnings: [] }
    };
    const missed = error ? [] : manifests.filter(m => !scanned.includes(m.path));
    const unlocked = unlockedPackageJsons(root, packageJsons);
    if (!error && manifests.length === 0 && scanned.length === 0)
        warnings.push('No lockfile or manifest was found, so no dependency was checked.');
    const notFollowed = missed.filter(m => m.includedBy);
    const notRead = missed.filter(m => !m.includedBy);
    if (notFollowed.length > 0) {
        warnings.push(`${toolName} does not follow requirements includes (-r, -c): ${notFollowed.map(m => m.path).join(', ')} ${notFollowed.length === 1 ? 'was' : 'were'} not checked. Scan with osv-scanner, or pin those packages in requirements.txt itself.`);
    }
    if (notRead.length > 0) {
        warnings.push(`${toolName} read no packages from ${notRead.map(m => m.path).join(', ')}: the file is empty, cannot be parsed, has no resolved versions, or is a kind ${toolName} does not read.`);
    }
    const pre = new Set(preExisting);
    const unfixed = (f) => o.ignoreUnfixed && f.properties?.fixedVersion === undefined;
    run.properties = {
        manifests: manifests.map(m => m.path).join(', '),
        ...(source ? { vulnerabilityData: source } : {}),
        ...(baseline ? { baseline } : {})
    };
    const shown = (paths) => (paths.length > 0 ? paths.map(p => `\`${p}\``).join(', ') : 'none');
    const result = await finishStage({
        title: '📦 Dependencies (SCA)',
        root: repoRoot,
        run,
        failOn: o.failOn,
        sarifPath: o.sarifPath,
        started,
        logger: o.logger,
        scanned: [
            ['Lockfiles and manifests found', manifests.length > 0 ? manifests.map(m => `\`${m.path}\` (${m.ecosystem})`).join(', ') : 'none'],
            ['Scanned', error ? 'not completed' : shown(scanned)],
            ...(source ? [['Vulnerability data', source]] : []),
            ['Gate', `${baseline ? `new vulnerabilities only (merge base ${baseline.slice(0, 7)})` : 'all vulnerabilities'}${o.ignoreUnfixed ? '; those with no published fix do not gate (ignore-unfixed)' : ''}`]
        ],
        columns: SCA_COLUMNS,
        error,
        exempt: f => pre.has(f) || unfixed(f),
        exemptLabel: f => (pre.has(f) ? 'pre-existing' : 'no fix yet'),
        notes: unlocked.map(d => `\`${d}\` has no lockfile beside it, so its dependencies were not checked: commit the lockfile your package manager writes.`),
        warnings,
        onFailure: 'Each finding names the version to upgrade to. Upgrade the package (or the dependency that pulls it in), regenerate the lockfile, and push again.'
    });
    return { ...result, manifests, scanned, preExisting, baseline };
}
const SCA_COLUMNS = [
    { header: 'Package', value: f => `${String(f.properties?.package ?? '')} ${String(f.properties?.installedVersion ?? '')}`.trim() },
    { header: 'Fix', value: f => String(f.properties?.fixedVersion ?? 'none yet') },
    { header: 'Status', value: f => (f.properties?.baseline === 'pre-existing' ? 'pre-existing' : f.properties?.baseline === 'new' ? 'new' : '') }
];
/** Manifests that declare dependencies with no lockfile beside them: no scanner can tell which versions are used. */
function unlockedPackageJsons(root, packageJsons) {
    return packageJsons.filter(p => {
        const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')));
        const here = (name) => (0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, dir, name));
        if (['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock'].some(here))
            return false;
        // A workspace member's lockfile lives at the workspace root.
        try {
            const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, p), 'utf8'));
            return Object.keys(pkg.dependencies ?? {}).length > 0 && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'package-lock.json')) && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'yarn.lock')) && !(0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(root, 'pnpm-lock.yaml'));
        }
        catch {
            return false;
        }
    });
}
/** A missing or broken advisory folder is a database the scan cannot use: the error outcome, with the file named. */
function readAdvisories(dir) {
    try {
        return loadAdvisories(dir, 'vulnerability-db');
    }
    catch (err) {
        throw new ScannerError(errorMessage(err));
    }
}
/**
 * Puts each vulnerability on the line that declares its package (when the scanner gave none) and makes its path
 * repo-relative. Each lockfile is read once, however many vulnerabilities it holds.
 */
function placed(vulns, root, prefix) {
    const texts = new Map();
    const read = (file) => {
        if (!texts.has(file)) {
            try {
                texts.set(file, (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, file), 'utf8'));
            }
            catch {
                // the file is not there (a scanner-made target): the finding points at line 1 and says the line is unknown
                texts.set(file, undefined);
            }
        }
        return texts.get(file);
    };
    const includes = new Map();
    return vulns.map(v => {
        let { startLine, endLine, path } = v;
        if (startLine === undefined && !v.standIn && v.path) {
            // A requirements file's package may be declared in a file it includes (`-r base.txt`): point there.
            if (!includes.has(v.path))
                includes.set(v.path, requirementIncludes(root, v.path));
            for (const file of [v.path, ...(includes.get(v.path) ?? [])]) {
                const text = read(file);
                // An included file is in requirements format whatever its name.
                const at = text === undefined ? undefined : locatePackage(file === v.path ? file : 'requirements.txt', text, v.package, v.installed);
                if (at) {
                    ;
                    ({ startLine, endLine } = at);
                    path = file;
                    break;
                }
            }
        }
        return { ...v, path: prefix ? `${prefix}/${path}` : path, startLine, endLine };
    });
}
/** What OSV-Scanner read: the sources with packages, and the files their requirements include (it follows `-r`). */
function osvScanned(dir, sources) {
    const read = sources.filter(s => s.packages > 0).map(s => s.path);
    return [...new Set([...read, ...read.flatMap(p => requirementIncludes(dir, p))])];
}
async function prepareData(o, binary, advisories, work) {
    const cacheDir = o.cacheDir ?? defaultScaCacheDir();
    if (o.scanner === 'osv-scanner') {
        if (!advisories) {
            return {
                source: 'osv.dev (online)',
                warnings: [],
                scan: async (dir) => {
                    const r = await runOsvScanner({ binary, root: dir, skipDirs: o.skipDirs, logger: o.logger });
                    return { vulns: r.report.vulnerabilities, scanned: osvScanned(dir, r.report.sources) };
                }
            };
        }
        const db = (0,external_node_path_namespaceObject.join)(work, 'osv-db');
        const ecosystems = writeOsvScannerDb(advisories, db);
        o.logger.info(`Laid out OSV-Scanner's local database for ${ecosystems.join(', ') || 'no ecosystem'} in ${db}.`);
        return {
            source: `${plural(advisories.records.length, 'local advisory record')} from \`${advisories.dir}\` (offline)`,
            warnings: [],
            scan: async (dir) => {
                const r = await runOsvScanner({ binary, root: dir, localDb: db, skipDirs: o.skipDirs, logger: o.logger });
                return { vulns: r.report.vulnerabilities, scanned: osvScanned(dir, r.report.sources) };
            }
        };
    }
    const warnings = [];
    let trivyCache;
    let source;
    if (advisories) {
        trivyCache = (0,external_node_path_namespaceObject.join)(cacheDir, 'trivy-local', advisories.digest);
        const builder = await o.logger.group("Get Trivy's database builder", o.tools['trivy-db']);
        await buildTrivyDb({ builder: builder.path, advisories, cacheDir: trivyCache, logger: o.logger });
        source = `Trivy database built from ${plural(advisories.records.length, 'local advisory record')} in \`${advisories.dir}\` (offline)`;
    }
    else {
        trivyCache = (0,external_node_path_namespaceObject.join)(cacheDir, 'trivy');
        const repositories = o.dbRepositories && o.dbRepositories.length > 0 ? o.dbRepositories : DEFAULT_DB_REPOSITORIES;
        const meta = readDbMetadata(trivyCache);
        if (isFresh(meta)) {
            o.logger.info(`Using the Trivy database downloaded today (${meta?.downloadedAt?.toISOString() ?? 'today'}) from ${trivyCache}.`);
        }
        else {
            try {
                await downloadTrivyDb({ binary, cacheDir: trivyCache, repositories, logger: o.logger, backoffMs: o.backoffMs });
            }
            catch (err) {
                // A database from an earlier day is better than none; it is named in the summary, never used silently.
                const old = readDbMetadata(trivyCache);
                const at = old?.downloadedAt ?? old?.updatedAt;
                if (!old || !(err instanceof ScannerError))
                    throw err;
                warnings.push(`${err.message} Scanned with the database from ${at ? at.toISOString().slice(0, 10) : 'an earlier run'} instead.`);
                o.logger.warning(warnings[warnings.length - 1]);
            }
        }
        const now = readDbMetadata(trivyCache);
        const at = now?.updatedAt ?? now?.downloadedAt;
        source = `Trivy database${at ? ` of ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : ''} from ${repositories.join(', ')}`;
    }
    return {
        source,
        warnings,
        scan: async (dir) => {
            const r = await runTrivyFs({ binary, root: dir, cacheDir: trivyCache, skipDirs: o.skipDirs, logger: o.logger });
            return { vulns: r.report.vulnerabilities, scanned: r.report.targets.filter(t => t.packages > 0 || t.vulnerabilities > 0).map(t => t.target) };
        }
    };
}

;// CONCATENATED MODULE: ./cli/sca.ts
/** `devsecops sca`: the SCA stage in a terminal; its flags mirror the action's inputs. */







async function scaCommand(p, logger) {
    const v = p.values;
    const root = (0,external_node_path_namespaceObject.resolve)(p.positionals[0] ?? '.');
    const result = await runScaStage({
        root,
        scanner: parseScaScanner(v.scanner ?? 'trivy', '--scanner'),
        vulnerabilityDb: v['vulnerability-db'] ? (0,external_node_path_namespaceObject.resolve)(v['vulnerability-db']) : undefined,
        dbRepositories: parseList(v['db-repository'] ?? ''),
        cacheDir: v['cache-dir'] ? (0,external_node_path_namespaceObject.resolve)(v['cache-dir']) : undefined,
        failOn: parseFailOn(v['fail-on'] ?? 'high', '--fail-on'),
        ignoreUnfixed: booleanFlag(v['ignore-unfixed'], 'ignore-unfixed', false),
        newFindingsOnly: booleanFlag(v['new-findings-only'], 'new-findings-only', true),
        base: v.base,
        event: readEventContext(),
        skipDirs: parseList(v['skip-dirs'] ?? ''),
        sarifPath: v.sarif ? (0,external_node_path_namespaceObject.resolve)(v.sarif) : await defaultSarifPath(root, 'sca'),
        tools: {
            trivy: scannerFor('trivy', { path: v['trivy-path'], logger }),
            'osv-scanner': scannerFor('osv-scanner', { path: v['osv-scanner-path'], logger }),
            'trivy-db': scannerFor('trivy-db', { logger })
        },
        logger
    });
    report('sca', result, SCA_COLUMNS, { summary: v.summary });
    return exitCode(result);
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
const gitleaks_report_num = (v) => {
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
            startLine: gitleaks_report_num(r.StartLine),
            endLine: gitleaks_report_num(r.EndLine),
            startColumn: gitleaks_report_num(r.StartColumn),
            endColumn: gitleaks_report_num(r.EndColumn),
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
            startLine: gitleaks_report_num(r.lineNumber),
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
                startLine: gitleaks_report_num(region.startLine),
                endLine: gitleaks_report_num(region.endLine),
                startColumn: gitleaks_report_num(region.startColumn),
                endColumn: gitleaks_report_num(region.endColumn),
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
        sarifPath: v.sarif ? (0,external_node_path_namespaceObject.resolve)(v.sarif) : await defaultSarifPath(root, 'secrets'),
        scanner: scannerFor('gitleaks', { path: v['gitleaks-path'], logger }),
        logger
    });
    const advice = result.outcome === 'failed' && scope === 'staged'
        ? [
            'The commit was stopped because the staged changes hold a secret. Remove it from the file and stage the file',
            'again (load the value from an environment variable or a secret store). A false positive? Add',
            "'FILE:RULE:LINE' to .gitleaksignore with a comment saying why."
        ]
        : [];
    report('secrets', result, SECRET_COLUMNS, { summary: v.summary, advice });
    return exitCode(result);
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
  sca [path]            Dependency scanning with Trivy or OSV-Scanner (flags mirror the sca action's inputs).
      --scanner S       trivy | osv-scanner (default: trivy)
      --vulnerability-db DIR  Scan offline against a folder of OSV advisory records (*.json),
                        relative to the current folder
      --db-repository R Trivy only: database registries or mirrors, comma-separated
      --cache-dir DIR   Trivy only: where its database is kept between runs
      --fail-on SEV     critical | high | medium | low | info | never (default: high)
      --ignore-unfixed true|false     Vulnerabilities with no fix do not fail (default false)
      --base REF        Gate only on vulnerabilities new since the merge base with REF
      --new-findings-only true|false  (default true; needs --base or a pull request event)
      --skip-dirs D     Folders to leave out, comma-separated
      --sarif FILE, --summary FILE, --trivy-path P, --osv-scanner-path P
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
            case 'sca':
                return await scaCommand(parse(rest, SCA_OPTIONS), log);
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
                throw new ConfigurationError(`Unknown command '${command}'; commands: secrets, sast, sca, install, hook. See devsecops --help.`);
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
const SCA_OPTIONS = {
    scanner: { type: 'string' },
    'vulnerability-db': { type: 'string' },
    'db-repository': { type: 'string' },
    'cache-dir': { type: 'string' },
    'fail-on': { type: 'string' },
    'ignore-unfixed': { type: 'string' },
    'new-findings-only': { type: 'string' },
    base: { type: 'string' },
    'skip-dirs': { type: 'string' },
    sarif: { type: 'string' },
    summary: { type: 'string' },
    'trivy-path': { type: 'string' },
    'osv-scanner-path': { type: 'string' }
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

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

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

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
