// No Docker engine runs here: the production stack is checked by reading its files. The compose
// file's services, healthchecks, dependencies, volumes and secrets; the Dockerfiles' commands
// against what CI runs; the proxy's nginx configuration with the real `nginx -t`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const read = (file: string) => fs.readFileSync(path.join(repoRoot, file), 'utf8');

interface Healthcheck {
  test: string[] | string;
  interval?: string;
  timeout?: string;
  retries?: number;
}
interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string | number | boolean | null>;
  env_file?: unknown;
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  expose?: string[];
  healthcheck?: Healthcheck;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml')) as Compose;
const services = compose.services;
const envExample = read('.env.example');
const exampleNames = new Set([...envExample.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

/** Variables whose value is a secret: never written in the compose file, always from .env. */
const SECRET_NAME = /(SECRET|PASSWORD|TOKEN|SALT|_KEY|KEYS|_PASS)$|^ENCRYPTION_KEY$/;
/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}` and nothing around it. */
const INTERPOLATION = /^\$\{([A-Z][A-Z0-9_]*)(?::?[-?][^}]*)?\}$/;

function environment(name: string): Record<string, string> {
  const env = services[name]?.environment ?? {};
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, String(value ?? '')]));
}

/** RUN instructions of a Dockerfile, continuation lines joined, comments dropped. */
function runInstructions(dockerfile: string): string[] {
  const joined = read(dockerfile)
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .filter((line) => /^RUN\s/.test(line))
    .map((line) => line.replace(/^RUN\s+/, '').replace(/\s+/g, ' ').trim());
}

/** Each shell command of the RUN lines (split at && and ;). */
function shellCommands(dockerfile: string): string[] {
  return runInstructions(dockerfile).flatMap((line) => line.split(/\s*(?:&&|;)\s*/)).map((c) => c.trim()).filter(Boolean);
}

describe('docker-compose.yml', () => {
  it('has postgres, cms, a CMS upstream for the web, web and a caching proxy in front of the web', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'cms-proxy', 'postgres', 'proxy', 'web']);
    expect(services['cms-proxy']!.image).toMatch(/^nginx:/);
    expect(services.postgres!.image).toMatch(/^postgres:15(\.|-|$)/);
    expect(services.cms!.build).toEqual({ context: '.', dockerfile: 'cms/Dockerfile' });
    expect(services.web!.build).toEqual({ context: '.', dockerfile: 'web/Dockerfile' });
    expect(services.proxy!.image).toMatch(/^nginx:/);
    for (const file of ['cms/Dockerfile', 'web/Dockerfile']) expect(fs.existsSync(path.join(repoRoot, file)), file).toBe(true);
  });

  it('gives every service a healthcheck', () => {
    for (const [name, service] of Object.entries(services)) {
      const check = service.healthcheck;
      expect(check, name).toBeDefined();
      const test = Array.isArray(check!.test) ? check!.test : ['CMD-SHELL', check!.test];
      expect(['CMD', 'CMD-SHELL'], name).toContain(test[0]);
      expect(test.length, name).toBeGreaterThan(1);
      expect(check!.interval, name).toMatch(/^\d+s$/);
      expect(check!.retries, name).toBeGreaterThan(0);
    }
    expect(JSON.stringify(services.postgres!.healthcheck!.test)).toContain('pg_isready');
    expect(JSON.stringify(services.cms!.healthcheck!.test)).toContain('/_health');
    expect(JSON.stringify(services.web!.healthcheck!.test)).toContain('/healthz');
    expect(JSON.stringify(services.proxy!.healthcheck!.test)).toContain('/proxy-health');
    expect(read('proxy/nginx.conf')).toMatch(/location = \/proxy-health/);
  });

  it('starts each service only when the one it needs is healthy', () => {
    expect(services.postgres!.depends_on).toBeUndefined();
    expect(services.cms!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(services['cms-proxy']!.depends_on).toEqual({ cms: { condition: 'service_healthy' } });
    expect(services.web!.depends_on).toEqual({ 'cms-proxy': { condition: 'service_healthy' } });
    expect(services.proxy!.depends_on).toEqual({ web: { condition: 'service_healthy' } });
  });

  it('keeps data in named volumes, declared at the top level', () => {
    const declared = Object.keys(compose.volumes ?? {}).sort();
    expect(declared).toEqual(['cms-uploads', 'postgres-data', 'proxy-cache']);
    const mounts = Object.entries(services).flatMap(([name, s]) => (s.volumes ?? []).map((v) => ({ name, source: v.split(':')[0]!, target: v.split(':')[1]!, mode: v.split(':')[2] })));
    expect(mounts).toContainEqual({ name: 'postgres', source: 'postgres-data', target: '/var/lib/postgresql/data', mode: undefined });
    expect(mounts).toContainEqual({ name: 'cms', source: 'cms-uploads', target: '/app/cms/public/uploads', mode: undefined });
    expect(mounts).toContainEqual({ name: 'proxy', source: 'proxy-cache', target: '/var/cache/nginx', mode: undefined });
    // The only bind mounts: the two nginx configurations, read-only.
    const binds = mounts.filter((m) => m.source.startsWith('.') || m.source.startsWith('/'));
    expect(binds).toEqual([
      { name: 'cms-proxy', source: './proxy/cms-upstream.conf', target: '/etc/nginx/nginx.conf', mode: 'ro' },
      { name: 'proxy', source: './proxy/nginx.conf', target: '/etc/nginx/nginx.conf', mode: 'ro' },
    ]);
    for (const mount of mounts.filter((m) => !binds.includes(m))) expect(declared, `${mount.name}: ${mount.source}`).toContain(mount.source);
  });

  it('takes every secret from .env by interpolation; none is written in the file', () => {
    const secrets: string[] = [];
    for (const [name, service] of Object.entries(services)) {
      expect(service.env_file, `${name}: env_file would pass every .env line; list what the service needs`).toBeUndefined();
      for (const [key, value] of Object.entries(environment(name))) {
        if (!SECRET_NAME.test(key)) continue;
        secrets.push(`${name}.${key}`);
        const match = INTERPOLATION.exec(value);
        expect(match, `${name}.${key} must be \${VARIABLE}, found ${JSON.stringify(value)}`).not.toBeNull();
        // A default for a secret would be a committed secret.
        expect(value, `${name}.${key}`).not.toMatch(/:-[^}]/);
      }
    }
    expect(secrets).toEqual(
      expect.arrayContaining([
        'postgres.POSTGRES_PASSWORD',
        'cms.APP_KEYS',
        'cms.ADMIN_JWT_SECRET',
        'cms.API_TOKEN_SALT',
        'cms.TRANSFER_TOKEN_SALT',
        'cms.ENCRYPTION_KEY',
        'cms.JWT_SECRET',
        'cms.CMS_READ_TOKEN',
        'cms.REVALIDATE_SECRET',
        'cms.DATABASE_PASSWORD',
        'web.CMS_READ_TOKEN',
        'web.REVALIDATE_SECRET',
        'web.CLIENT_KEY_SECRET',
      ]),
    );
    // The secrets production cannot run without stop `docker compose` while they are unset.
    for (const required of ['cms.APP_KEYS', 'cms.ADMIN_JWT_SECRET', 'cms.API_TOKEN_SALT', 'cms.TRANSFER_TOKEN_SALT', 'cms.ENCRYPTION_KEY', 'cms.JWT_SECRET', 'cms.CMS_READ_TOKEN', 'cms.DATABASE_PASSWORD', 'web.CMS_READ_TOKEN', 'web.REVALIDATE_SECRET', 'postgres.POSTGRES_PASSWORD']) {
      const [service, key] = required.split('.') as [string, string];
      expect(environment(service)[key], required).toMatch(/^\$\{[A-Z_]+:\?/);
    }
    // Nothing in the whole file looks like a generated secret (variable names, as keys or
    // interpolated, are left out: a long setting name is not a secret).
    const withoutNames = read('docker-compose.yml')
      .replace(/\$\{[A-Z][A-Z0-9_]*/g, '${')
      .replace(/^(\s*)[A-Z][A-Z0-9_]*:/gm, '$1:');
    expect(withoutNames).not.toMatch(/[A-Za-z0-9+/_-]{32,}/);
  });

  it('names in .env.example every variable it interpolates, with no secret filled in', () => {
    const used = new Set([...read('docker-compose.yml').matchAll(/(?<!\$)\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
    for (const name of used) expect(exampleNames.has(name), `${name} is missing from .env.example`).toBe(true);
    for (const line of envExample.split('\n')) {
      const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      if (match && SECRET_NAME.test(match[1]!)) expect(match[2], `${match[1]} in .env.example`).toBe('');
    }
    // The real .env is never committed, nor sent to an image build.
    expect(read('.gitignore').split('\n')).toContain('.env');
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.env', '**/node_modules']));
  });

  it('runs the CMS and the web in production on PostgreSQL without demo content, the web behind the proxy only', () => {
    const cms = environment('cms');
    const web = environment('web');
    expect(cms.NODE_ENV).toBe('production');
    expect(web.NODE_ENV).toBe('production');
    // Links in the partners' mails go to the portal's public address, the web's PUBLIC_URL.
    expect(cms.WEB_URL).toMatch(/^\$\{WEB_URL:-\$\{PUBLIC_URL:\?/);
    expect(web.PUBLIC_URL).toMatch(/^\$\{PUBLIC_URL:\?/);
    expect(cms.DATABASE_CLIENT).toBe('postgres');
    expect(cms.DATABASE_HOST).toBe('postgres');
    expect(cms.SEED_DEMO).toBe('false');
    // The web reaches every CMS instance through the CMS upstream, and needs no list of web addresses.
    expect(web.CMS_URL).toBe('http://cms-proxy:1337');
    expect(read('proxy/cms-upstream.conf')).toMatch(/server cms:1337\b/);
    expect(cms.WEB_REVALIDATE_URLS).toBe('${WEB_REVALIDATE_URLS:-}');
    expect(web.TRUST_PROXY).toBe('1');
    // Absolute links come from one configured origin: compose refuses to start the web without it.
    expect(web.PUBLIC_URL).toMatch(/^\$\{PUBLIC_URL:\?/);
    expect(services.web!.ports).toBeUndefined();
    expect(services.cms!.ports).toEqual(['${CMS_BIND:-127.0.0.1}:1337:1337']);
  });
});

describe('Dockerfiles', () => {
  const ciRun = read('.ci/run');
  const ciInstall = /^npm ci( --[a-z-]+)*/m.exec(ciRun)![0];
  const rootBuild = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.build!;
  const scriptsOf = (workspace: string) => (JSON.parse(read(`${workspace}/package.json`)) as { scripts: Record<string, string> }).scripts;

  it.each([
    ['cms/Dockerfile', 'cms'],
    ['web/Dockerfile', 'web'],
  ])('%s installs with the npm ci of CI and builds with the workspace build scripts', (dockerfile, workspace) => {
    const commands = shellCommands(dockerfile);
    const npm = commands.map((c) => c.replace(/^(?:[A-Z_]+=\S+ )+/, '')).filter((c) => /\bnpm\b/.test(c));
    expect(npm.filter((c) => /^npm (install|i|add|update)\b/.test(c)), 'no npm install: the lockfile decides').toEqual([]);
    const installs = npm.filter((c) => c.startsWith('npm ci'));
    expect(installs).toHaveLength(1);
    expect(installs[0]!.startsWith(`${ciInstall} `) || installs[0] === ciInstall, `${installs[0]} vs CI's ${ciInstall}`).toBe(true);
    // The same builds as `npm run build` at the root: shared, then this workspace.
    const builds = npm.filter((c) => /npm run /.test(c)).map((c) => /npm run (\S+) -w (\S+)/.exec(c)?.slice(1, 3).join(' -w '));
    expect(builds).toEqual(['build -w shared', `build -w ${workspace}`]);
    for (const build of builds) expect(rootBuild, `${build} is one of the root build steps`).toContain(`npm run ${build}`);
    expect(scriptsOf(workspace).build).toBeDefined();
    // The image starts what `npm start -w <workspace>` starts.
    const cmd = /^CMD \[(.*)\]$/m.exec(read(dockerfile))![1]!.split(',').map((part) => JSON.parse(part.trim()) as string).join(' ').replace(/^npx /, '');
    expect(cmd).toBe(scriptsOf(workspace).start);
    expect(read(dockerfile)).toMatch(/^USER node$/m);
  });

  it('CI runs npm ci and then the test command that builds with the same scripts', () => {
    expect(ciRun).toMatch(/^npm ci --no-audit --no-fund$/m);
    expect(ciRun).toMatch(/^npm test$/m);
    const testScript = read('scripts/test.mjs');
    expect(testScript).toContain("run('npm', ['run', 'build', '-w', 'shared']");
    expect(testScript).toContain("run('npm', ['run', 'build', '-w', 'web']");
  });
});

describe('proxy/nginx.conf', () => {
  const conf = read('proxy/nginx.conf');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-nginx-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('caches by the web Cache-Control: stale while updating in the background, nothing cached by a rule of its own', () => {
    const active = conf
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .join('\n');
    expect(active).toMatch(/proxy_cache portal;/);
    // Stale while updating only within the page's own stale-while-revalidate (micro-caching).
    expect(active).not.toMatch(/proxy_cache_use_stale [^;]*\bupdating\b[^;]*;/);
    expect(active).toMatch(/proxy_cache_use_stale [^;]*\berror\b[^;]*\bhttp_503\b[^;]*;/);
    expect(active).toMatch(/proxy_cache_background_update on;/);
    expect(active).toMatch(/proxy_cache_lock on;/);
    expect(active).toMatch(/proxy_cache_revalidate on;/);
    // Cache-Control (s-maxage, private, no-store) and Set-Cookie decide; nothing overrides them.
    expect(active).not.toMatch(/proxy_cache_valid|proxy_ignore_headers|proxy_hide_header\s+Cache-Control/);
    expect(active).toMatch(/server web:3000/);
    expect(active).toMatch(/location = \/api\/revalidate \{\s*return 404;/);
    // A visitor's forwarded host never reaches the web, and the Host header is no part of a cache key.
    expect(active).toMatch(/proxy_set_header X-Forwarded-Host "";/);
    expect(/proxy_cache_key ([^;]*);/.exec(active)?.[1]).not.toMatch(/\$host|\$http_host|\$http_x_forwarded/);
    // No client addresses and no query strings in the log.
    const logFormat = /log_format portal_json[^;]*;/.exec(active)![0];
    // The id the web logs too: the one passed on as X-Request-Id (the visitor's proxy's, or nginx's own).
    expect(logFormat).toContain('"requestId":"$portal_request_id"');
    expect(active).toMatch(/map \$http_x_request_id \$portal_request_id \{\s*default \$request_id;/);
    expect(active).toMatch(/proxy_set_header X-Request-Id \$portal_request_id;/);
    expect(logFormat).not.toMatch(/\$remote_addr|\$http_x_forwarded_for|\$request_uri|\$args|\$query_string|\$request"/);
  });

  it('passes the real `nginx -t` (upstream hosts replaced by 127.0.0.1, paths by a temporary directory)', () => {
    const nginx = '/usr/sbin/nginx';
    expect(fs.existsSync(nginx), 'nginx is missing: apt-get install -y nginx (npm test does it as root)').toBe(true);
    fs.mkdirSync(path.join(tmp, 'cache'), { recursive: true });
    fs.mkdirSync(path.join(tmp, 'logs'), { recursive: true });
    const local = conf
      .replace(/server web:3000/g, 'server 127.0.0.1:3000')
      .replace(/^user nginx;$/m, '')
      .replace(/\/var\/cache\/nginx/g, path.join(tmp, 'cache'))
      .replace(/\/var\/run\/nginx\.pid/g, path.join(tmp, 'nginx.pid'))
      .replace(/\/var\/log\/nginx/g, path.join(tmp, 'logs'));
    expect(local).not.toMatch(/server web:/);
    const file = path.join(tmp, 'nginx.conf');
    fs.writeFileSync(file, local);
    const result = spawnSync(nginx, ['-t', '-q', '-c', file, '-p', `${tmp}/`, '-e', path.join(tmp, 'logs', 'error.log')], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
    // And a broken file fails, so the check above means something.
    fs.writeFileSync(file, local.replace('proxy_cache_background_update on;', 'proxy_cache_background_update maybe;'));
    expect(spawnSync(nginx, ['-t', '-q', '-c', file, '-p', `${tmp}/`, '-e', path.join(tmp, 'logs', 'error.log')]).status).not.toBe(0);
  });
});

describe('proxy/cms-upstream.conf', () => {
  const conf = read('proxy/cms-upstream.conf');
  const active = conf
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .join('\n');

  it('sends the web to every CMS instance, on to the next one when one fails, caching nothing and logging no address', () => {
    expect(active).toMatch(/upstream portal_cms \{\s*server cms:1337\b/);
    expect(active).toMatch(/listen 1337 default_server;/);
    expect(active).toMatch(/proxy_next_upstream error timeout http_502 http_503 http_504;/);
    // A POST that reached Strapi is never sent again to another instance.
    expect(active).not.toMatch(/proxy_next_upstream[^;]*non_idempotent/);
    expect(active).not.toMatch(/proxy_cache\b/);
    const logFormat = /log_format cms_json[^;]*;/.exec(active)?.[0] ?? '';
    expect(logFormat).not.toMatch(/\$remote_addr|\$http_x_forwarded_for|\$request_uri|\$args|\$query_string|\$request"/);
    expect(active).toMatch(/error_log \/var\/log\/nginx\/error\.log crit;/);
  });

  it('passes the real `nginx -t`', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-nginx-cms-'));
    fs.mkdirSync(path.join(tmp, 'logs'), { recursive: true });
    const local = conf
      .replace(/server cms:1337/g, 'server 127.0.0.1:1337')
      .replace(/^user nginx;$/m, '')
      .replace(/\/var\/run\/nginx\.pid/g, path.join(tmp, 'nginx.pid'))
      .replace(/\/var\/log\/nginx/g, path.join(tmp, 'logs'));
    const file = path.join(tmp, 'nginx.conf');
    fs.writeFileSync(file, local);
    const result = spawnSync('/usr/sbin/nginx', ['-t', '-q', '-c', file, '-p', `${tmp}/`, '-e', path.join(tmp, 'logs', 'error.log')], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});
