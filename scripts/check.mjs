// @ts-check
// The quick check before a commit: lint and typecheck side by side, then the unit tests alone (some
// of them time things, so they do not share the cores), without booting Strapi or a browser (that
// is `npm test`). Both static steps keep caches in node_modules/.cache (tsc's incremental build
// info; ESLint's per-file results, so a full `npm run lint` is the authority after wide type
// changes). Prints each step's time and fails if any step fails.
import { spawn } from 'node:child_process';

/** @typedef {[name: string, command: string, args: string[]]} Step */
/** @type {Step[]} */
const staticSteps = [
  ['lint', 'npx', ['eslint', '--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/', '.']],
  ['typecheck', 'npm', ['run', 'typecheck', '--silent']],
];
/** @type {Step} */
const unitTests = ['unit tests', 'npx', ['vitest', 'run', '--reporter=dot']];

const started = Date.now();
const results = await Promise.all(staticSteps.map(runStep));
results.push(await runStep(unitTests));
for (const { name, code, seconds, output } of results) {
  if (code !== 0) process.stdout.write(`\n--- ${name} ---\n${output}`);
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
}
console.log(`check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;

/** @param {Step} step */
function runStep([name, command, args]) {
  return (
    /** @type {Promise<{ name: string, code: number, seconds: number, output: string }>} */ (
      new Promise((resolve) => {
        const begin = Date.now();
        let output = '';
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (chunk) => (output += String(chunk)));
        child.stderr.on('data', (chunk) => (output += String(chunk)));
        child.on('close', (code) => resolve({ name, code: code ?? 1, seconds: (Date.now() - begin) / 1000, output }));
      })
    )
  );
}
