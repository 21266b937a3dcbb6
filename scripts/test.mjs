// `npm test`: every test with real parts: unit tests, integration tests against a real Strapi on
// SQLite and again on PostgreSQL 15, and browser tests in Debian's Chromium. Debian's packages that
// are missing (chromium, postgresql-15, nginx for the proxy config check) are installed here
// when we are root.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, runInBackground } from './run.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const postgresBin = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
// TEST_DATABASES=sqlite runs the integration suite on SQLite only (a quicker local run).
const databases = (process.env.TEST_DATABASES ?? 'sqlite,postgres').split(',').map((name) => name.trim()).filter(Boolean);
const startedAt = Date.now();

const missing = [];
if (!fs.existsSync(chromium)) missing.push({ pkg: 'chromium', what: `Chromium at ${chromium}` });
if (databases.includes('postgres') && !fs.existsSync(path.join(postgresBin, 'pg_ctl'))) {
  missing.push({ pkg: 'postgresql-15', what: `PostgreSQL 15 at ${postgresBin}` });
}
if (!fs.existsSync('/usr/sbin/nginx')) missing.push({ pkg: 'nginx', what: 'nginx at /usr/sbin/nginx' });
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`Missing: ${missing.map((m) => m.what).join(', ')}. Install Debian's packages: sudo apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`);
    process.exit(1);
  }
  const aptEnv = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  run('apt-get', ['update', '-qq'], aptEnv);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing.map((m) => m.pkg)], aptEnv);
}

/** Prints the log of a step that ran in the background, then removes it. */
function printAndRemove(/** @type {string} */ file) {
  process.stdout.write(fs.readFileSync(file, 'utf8'));
  fs.rmSync(file, { force: true });
}

// Tests need the compiled CMS server code and, for the admin panel's specs, its build (throwaway
// secrets: only the admin is built, see cms/scripts/with-build-secrets.js). `strapi build` writes
// both to cms/dist, so it runs once, here, before anything boots a CMS from dist.
// The type check needs only shared's build: it runs beside the CMS's build, which keeps about 1.3 of
// the 2 cores busy (68 s of CPU in 52 s), and its output is printed when both are done.
run('npm', ['run', 'build', '-w', 'shared'], { cwd: repoRoot });
const typecheckLog = path.join(os.tmpdir(), `stodportalen-typecheck-${process.pid}.log`);
console.log('\nThe type check runs beside the builds; its output follows them.');
const typecheck = runInBackground([{ command: 'npm', args: ['run', 'typecheck'], options: { cwd: repoRoot } }], { logFile: typecheckLog });
// A failed build exits here: the type check must not go on after it, nor leave its log behind.
const stopTypecheck = () => {
  typecheck.stop();
  fs.rmSync(typecheckLog, { force: true });
};
process.on('exit', stopTypecheck);
run(process.execPath, [path.join(repoRoot, 'cms', 'scripts', 'with-build-secrets.js'), 'npm', 'run', 'build', '-w', 'cms'], { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' } });
run('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot });
const typecheckFailed = await typecheck.done;
process.off('exit', stopTypecheck);
printAndRemove(typecheckLog);
if (typecheckFailed) {
  console.error(`\nFailed: ${typecheckFailed}`);
  process.exit(1);
}

const bin = (/** @type {string} */ name) => path.join(repoRoot, 'node_modules', '.bin', name);
const seconds = (/** @type {number} */ since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

// The rest runs as two streams at once, one per core, and CI takes about the longer stream instead
// of the sum. The streams slow each other down (both cores are busy most of the time: six of the
// web files took 93 s alone, and with one more 227 s beside stream 1), so running them side by
// side saves less than half the time. The unit tests (about 45 s) open stream 2: nothing after
// needs them, and a failure in either stream stops both.
// Every test picks free ports (integration) or its own port base (browser), and each Playwright
// config has its own output directory.
// The PostgreSQL pass leaves out the files whose subject is not the database: SDL drift, the
// compose file, the nginx proxy, and the web's own behaviour in front of the CMS (its request
// guard, logs, page cache, CMS outages, search ranking), which reads the same GraphQL either way.
// production.test.ts stays in both: it is the one file that boots a CMS with NODE_ENV=production,
// and production runs on PostgreSQL.
// integration/topology.test.ts (2 CMS, 3 web, both nginx files) runs in the PostgreSQL pass only: it
// skips itself on SQLite (several CMS instances need one shared database server).
const notDatabase = ['generated-drift', 'compose', 'proxy', 'hostile-requests', 'logs', 'caching', 'resilience', 'search-quality'];
// Of those, these run on SQLite in the second stream, after the PostgreSQL pass, so that the two
// streams take about as long (CI at 07b5671, both streams 870 s: stream 1, SQLite 432 s and the
// portal 438 s; stream 2, unit tests 45 s, PostgreSQL 539 s without production.test.ts (about
// 22 s), these four 120 s, the admin 156 s).
const secondStream = ['caching', 'hostile-requests', 'generated-drift', 'proxy'];
const fileOf = (/** @type {string} */ name) => `integration/${name}.test.ts`;
/**
 * @param {string} database
 * @param {{ only?: string[], skip?: string[] }} [files] only these files, or all but these
 */
const integration = (database, { only, skip = [] } = {}) => {
  const exclude = [...(database === 'sqlite' ? [] : notDatabase), ...skip].flatMap((name) => ['--exclude', fileOf(name)]);
  return {
    command: bin('vitest'),
    args: ['run', '--config', 'vitest.config.ts', ...exclude, ...(only ?? []).map(fileOf)],
    options: { cwd: path.join(repoRoot, 'tests'), env: { ...process.env, TEST_DATABASE: database, POSTGRES_BIN_DIR: postgresBin } },
  };
};
/** @param {string} config */
const browser = (config) => ({
  command: bin('playwright'),
  args: ['test', '--config', config],
  options: { cwd: path.join(repoRoot, 'tests'), env: { ...process.env, CHROMIUM_PATH: chromium } },
});
const sqlite = databases.includes('sqlite');
const withSqlite = sqlite ? [integration('sqlite', { skip: secondStream })] : [];
const withPostgres = [...(databases.includes('postgres') ? [integration('postgres')] : []), ...(sqlite ? [integration('sqlite', { only: secondStream })] : [])];
const streamsStart = Date.now();
console.log(`\n=== two streams at once: (1) integration on ${withSqlite.length ? 'SQLite' : 'no database'} and the portal in Chromium, (2) the unit tests, integration on ${databases.includes('postgres') ? 'PostgreSQL 15' : 'no database'}${sqlite ? ` (and ${secondStream.length} web files on SQLite)` : ''} and the admin panel in Chromium ===`);
console.log('Stream 1 writes here as it runs; stream 2 writes to a file, printed when it ends.');
const secondLog = path.join(os.tmpdir(), `stodportalen-test-stream-2-${process.pid}.log`);
const unitTests = { command: bin('vitest'), args: ['run'], options: { cwd: repoRoot } };
const first = runInBackground([...withSqlite, browser('playwright.config.ts')]);
const second = runInBackground([unitTests, ...withPostgres, browser('playwright.admin.config.ts')], { logFile: secondLog });
const firstDone = first.done.then((failed) => {
  console.log(`\n=== stream 1 ended after ${seconds(streamsStart)}${failed ? `: FAILED at ${failed}` : ''} ===`);
  if (failed) second.stop();
  return failed;
});
const secondDone = second.done.then((failed) => {
  if (failed) first.stop();
  return failed;
});
const [firstFailed, secondFailed] = await Promise.all([firstDone, secondDone]);
console.log(`\n=== stream 2 (unit tests, ${withPostgres.length ? 'integration on PostgreSQL 15, ' : ''}admin panel in Chromium), ended after ${seconds(streamsStart)}${secondFailed ? `: FAILED at ${secondFailed}` : ''} ===`);
printAndRemove(secondLog);
if (firstFailed || secondFailed) {
  console.error(`\nFailed: ${[firstFailed, secondFailed].filter(Boolean).join('; ')}`);
  process.exit(1);
}
console.log(`\nboth streams passed in ${seconds(streamsStart)}`);
// High and critical advisories of production dependencies, each fixed or explained (skipped with a
// notice where the registry's advisory service cannot be reached).
run(process.execPath, [path.join(repoRoot, 'scripts', 'audit.mjs')], { cwd: repoRoot });
console.log(`\nAll tests passed in ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`);
