// `npm start`: builds what is needed, then runs the CMS (SQLite, seeded) and the web together.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLocalEnv } from './local-env.mjs';
import { run, start, waitFor } from './run.mjs';
import { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } from '../web/production-runtime.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const startedAt = Date.now();
/** @type {Record<string, string | undefined>} */
const env = {
  ...loadLocalEnv(repoRoot),
  SEED_DEMO: 'true',
  ...process.env,
};
const cmsPort = env.CMS_PORT ?? '1337';
const webPort = env.WEB_PORT ?? '3000';
const cmsUrl = `http://127.0.0.1:${cmsPort}`;

if (process.env.SKIP_BUILD !== 'true') {
  run('npm', ['run', 'build', '-w', 'shared'], { cwd: repoRoot });
  run('npm', ['run', 'build', '-w', 'cms'], { cwd: repoRoot, env: { ...env, NODE_ENV: 'production' } });
  run('npm', ['run', 'build', '-w', 'web'], { cwd: repoRoot });
}

const cms = start('cms', 'npx', ['strapi', 'start'], {
  cwd: path.join(repoRoot, 'cms'),
  // The CMS tells the web about each published change, so it shows at once (REVALIDATE_SECRET from .env).
  env: {
    ...env,
    PORT: cmsPort,
    NODE_ENV: env.NODE_ENV ?? 'development',
    WEB_REVALIDATE_URLS: env.WEB_REVALIDATE_URLS ?? `http://127.0.0.1:${webPort}/api/revalidate`,
  },
});
await waitFor(`${cmsUrl}/_health`, { child: cms });
const web = start('web', process.execPath, ['server.mjs'], {
  cwd: path.join(repoRoot, 'web'),
  // Straight to this terminal: its JSON lines say `"service":"web"`, and no second process re-writes them.
  inherit: true,
  // The web's production Node settings (web/production-runtime.mjs; web/README.md, "Memory").
  // PUBLIC_URL: the origin of absolute links (production refuses to start without it).
  env: { ...env, PORT: webPort, CMS_URL: cmsUrl, NODE_ENV: 'production', PUBLIC_URL: env.PUBLIC_URL || `http://localhost:${webPort}`, ...WEB_RUNTIME_ENV, NODE_OPTIONS: [env.NODE_OPTIONS, WEB_NODE_OPTIONS].filter(Boolean).join(' ') },
});
await waitFor(`http://127.0.0.1:${webPort}/healthz`, { child: web });
console.log(`
Stödportalen is running (${((Date.now() - startedAt) / 1000).toFixed(0)} s):
  Portal:          http://localhost:${webPort}/
  CMS admin panel: http://localhost:${cmsPort}/admin  (the first visit creates the first administrator)
Stop with Ctrl+C.`);

const stopAll = () => {
  web.kill('SIGTERM');
  cms.kill('SIGTERM');
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
for (const child of [cms, web]) {
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`A service stopped with exit code ${code}.`);
    stopAll();
    process.exitCode = code ?? 0;
  });
}
