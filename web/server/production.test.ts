import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, HSTS, productionProblems, strictTransportSecurity } from './production';

const strong = (seed: string) => `${seed}-Hq4mZ8xT2vLn7Rw`;

describe('the web in production', () => {
  it('refuses weak, placeholder and reused secrets, naming each but never its value', () => {
    const env = {
      NODE_ENV: 'production',
      CMS_READ_TOKEN: 'changeme-changeme-changeme',
      PREVIEW_SECRET: strong('p'),
      REVALIDATE_SECRET: strong('p'),
      CLIENT_KEY_SECRET: 'kort',
      CMS_ADMIN_ORIGIN: 'https://cms.example.org',
      PUBLIC_URL: 'https://stodportalen.example.org',
    };
    expect(productionProblems(env)).toEqual([
      'CMS_READ_TOKEN looks like a placeholder',
      'REVALIDATE_SECRET has the same value as PREVIEW_SECRET',
      'CLIENT_KEY_SECRET is shorter than 16 characters',
    ]);
    expect(() => assertProductionSecrets(env)).toThrow(/in production:\n {2}CMS_READ_TOKEN looks like a placeholder/);
    expect(() => assertProductionSecrets(env)).not.toThrow(strong('p'));
  });

  it('needs the preview secret when the admin may frame the preview', () => {
    expect(
      productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), CMS_ADMIN_ORIGIN: 'https://cms.example.org', PUBLIC_URL: 'https://stodportalen.example.org' }),
    ).toEqual([
      'PREVIEW_SECRET is not set, but CMS_ADMIN_ORIGIN is: the draft preview could not work',
    ]);
  });

  it('needs PUBLIC_URL, the one origin of absolute links', () => {
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r') })).toEqual([
      "PUBLIC_URL is not set: the portal's public origin (e.g. https://stodportalen.karlskoga.se), used for every absolute link",
    ]);
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), PUBLIC_URL: ' ' })).toHaveLength(1);
    expect(productionProblems({ NODE_ENV: 'production', CMS_READ_TOKEN: strong('r'), PUBLIC_URL: 'https://stodportalen.example.org' })).toEqual([]);
  });

  it('has no such rules outside production', () => {
    expect(productionProblems({ NODE_ENV: 'test', CMS_READ_TOKEN: 'dev' })).toEqual([]);
    expect(() => assertProductionSecrets({ CMS_READ_TOKEN: 'dev' })).not.toThrow();
  });

  it('sends HSTS in production only', () => {
    const headers = (env: Record<string, string>) => {
      const set = new Map<string, string>();
      strictTransportSecurity(env)({} as never, { setHeader: (name: string, value: string) => set.set(name, value) } as never, () => undefined);
      return set;
    };
    expect(headers({ NODE_ENV: 'production' }).get('Strict-Transport-Security')).toBe(HSTS);
    expect(headers({ NODE_ENV: 'production', HSTS: 'off' }).has('Strict-Transport-Security')).toBe(false);
    expect(headers({ NODE_ENV: 'test' }).has('Strict-Transport-Security')).toBe(false);
  });
});

describe("the web's production Node settings", () => {
  it('are the same in web/Dockerfile as in web/production-runtime.mjs (npm start, the benchmarks)', async () => {
    const { WEB_NODE_OPTIONS, WEB_RUNTIME_ENV } = await import('../production-runtime.mjs');
    const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
    const envOf = (name: string) => new RegExp(`^ENV ${name}="?([^"\\n]*)"?$`, 'm').exec(dockerfile)?.[1];
    expect(envOf('NODE_OPTIONS')).toBe(WEB_NODE_OPTIONS);
    for (const [name, value] of Object.entries(WEB_RUNTIME_ENV)) expect(envOf(name)).toBe(value);
    expect(WEB_NODE_OPTIONS).toMatch(/--max-old-space-size=\d+/);
  });

  it('sets the V8 flags NODE_OPTIONS refuses in server.mjs, before the server is loaded', async () => {
    const { WEB_V8_FLAGS } = await import('../production-runtime.mjs');
    expect(WEB_V8_FLAGS).toContain('--no-allocation-site-pretenuring');
    const quiet = { ...process.env, NODE_OPTIONS: '' };
    for (const flag of WEB_V8_FLAGS) {
      // This Node knows the flag: on the command line it refuses unknown ones ("bad option").
      expect(() => execFileSync(process.execPath, [flag, '-e', '0'], { env: quiet, stdio: 'pipe' })).not.toThrow();
      // It refuses it in NODE_OPTIONS (as it does any V8 flag not on its list): that is why server.mjs
      // sets it. Once it is accepted there, it belongs in WEB_NODE_OPTIONS and web/Dockerfile instead.
      expect(() => execFileSync(process.execPath, ['-e', '0'], { env: { ...quiet, NODE_OPTIONS: flag }, stdio: 'pipe' })).toThrow(/not allowed in NODE_OPTIONS/);
    }

    const dir = mkdtempSync(path.join(tmpdir(), 'web-v8-flags-'));
    try {
      // A spy loaded first records each flag set; a stub build (an ES module, as the real one) records
      // when the server is loaded.
      writeFileSync(
        path.join(dir, 'spy.mjs'),
        "import v8 from 'node:v8';\nconst set = v8.setFlagsFromString;\nv8.setFlagsFromString = (flag) => { console.log(`flag ${flag}`); set(flag); };\n",
      );
      mkdirSync(path.join(dir, 'build', 'node-server'), { recursive: true });
      writeFileSync(path.join(dir, 'build', 'package.json'), '{ "type": "module" }\n');
      writeFileSync(path.join(dir, 'build', 'node-server', 'main.js'), "console.log('server loaded');\nexport async function startServer() { console.log('server started'); }\n");
      const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
      const child = spawnSync(process.execPath, ['--import', path.join(dir, 'spy.mjs'), path.join(webDir, 'server.mjs')], {
        env: { ...quiet, WEB_BUILD_DIR: path.join(dir, 'build') },
        encoding: 'utf8',
      });
      expect(child.status).toBe(0);
      // V8 does not fail on a flag it does not know when it is set at run time: it only says so.
      expect(child.stderr).not.toMatch(/unrecognized flag|Error/i);
      expect(child.stdout.trim().split('\n')).toEqual([...WEB_V8_FLAGS.map((flag: string) => `flag ${flag}`), 'server loaded', 'server started']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
