// @ts-check
// The quick check before a commit: lint, typecheck and unit tests, in parallel, without booting
// Strapi or a browser (that is `npm test`). Prints each step's time and fails if any step fails.
import { spawn } from 'node:child_process';

/** @type {[name: string, command: string, args: string[]][]} */
const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['typecheck', 'npm', ['run', 'typecheck', '--silent']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=dot']],
];

const started = Date.now();
const results = await Promise.all(
  steps.map(
    ([name, command, args]) =>
      /** @type {Promise<{ name: string, code: number, seconds: number, output: string }>} */ (
        new Promise((resolve) => {
          const begin = Date.now();
          let output = '';
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          child.stdout.on('data', (chunk) => (output += String(chunk)));
          child.stderr.on('data', (chunk) => (output += String(chunk)));
          child.on('close', (code) => resolve({ name, code: code ?? 1, seconds: (Date.now() - begin) / 1000, output }));
        })
      ),
  ),
);
for (const { name, code, seconds, output } of results) {
  if (code !== 0) process.stdout.write(`\n--- ${name} ---\n${output}`);
  console.log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
}
console.log(`check: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
