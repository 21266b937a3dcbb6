// Backups, restored for real (docs/operations.md): `strapi export` of a CMS with content, drafts and
// an uploaded image → `strapi import` into a CMS on an empty database → the same documents, compared
// over the content API (every public type, both locales) and the admin API (drafts, private
// fields), and the same file. With TEST_DATABASE=postgres also pg_dump → pg_restore into a new
// database → a CMS on it serves the same documents.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, cmsDir, startCms, type RunningCms } from '../support/cms';
import { createDatabase, dropDatabase } from '../support/postgres';

const SINGLE_TYPES = ['plan', 'site'];
const COLLECTION_TYPES = ['activities', 'terms', 'organisations', 'support-resources', 'events', 'campaigns', 'pages'];
const LOCALES = ['sv', 'en'];
const EVENT = 'api::event.event';
const CAMPAIGN = 'api::campaign.campaign';
const DRAFT_TITLE = 'Utkast i säkerhetskopian';
// `npx strapi` in cms/, as docs/operations.md says; here its script, run with this Node.
const strapiBin = path.join(path.dirname(createRequire(path.join(cmsDir, 'package.json')).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');

/** Database ids may differ after a restore; documentIds, content and dates may not. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== 'id')
        .map(([key, inner]) => [key, withoutIds(inner)]),
    );
  }
  return value;
}

/** Every published document of every public type in both locales, as the content API gives it. */
async function snapshot(cms: RunningCms): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = {};
  const get = async (url: string) => {
    const response = await fetch(`${cms.url}${url}`, { headers: { authorization: `Bearer ${cms.readToken}` } });
    return { status: response.status, body: withoutIds(await response.json()) };
  };
  for (const locale of LOCALES) {
    for (const type of SINGLE_TYPES) result[`${type} ${locale}`] = await get(`/api/${type}?locale=${locale}&populate=*`);
    for (const type of COLLECTION_TYPES) {
      result[`${type} ${locale}`] = await get(`/api/${type}?locale=${locale}&populate=*&pagination[pageSize]=100&sort[0]=documentId:asc`);
    }
  }
  return result;
}

/** What the CLI's copy of the app leaves out: packages, builds, uploads, caches and logs. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'public', '.tmp', '.strapi', '.cache']);

/**
 * A copy of the CMS app (sources, settings, seed; no packages or builds) for the CLI to run in.
 * `strapi export` and `strapi import` compile the app's TypeScript into its dist/ first: run in cms/
 * itself they rewrote cms/dist while other test files booted a Strapi from it ("Handler not found").
 * The copy sits in cms/, so it finds the same packages, and the CLI compiles into its own dist/.
 */
function cliAppCopy(): string {
  const dir = fs.mkdtempSync(path.join(cmsDir, '.backup-cli-'));
  for (const entry of fs.readdirSync(cmsDir)) {
    if (NOT_COPIED.has(entry) || entry.startsWith('.backup-cli-') || entry.endsWith('.log')) continue;
    fs.cpSync(path.join(cmsDir, entry), path.join(dir, entry), { recursive: true });
  }
  return dir;
}

function strapiCli(appDir: string, cms: RunningCms, args: string[], extraEnv: Record<string, string> = {}): string {
  const result = spawnSync(process.execPath, [strapiBin, ...args], {
    cwd: appDir,
    // The CLI loads the app like a start: the same secrets and database, no seed, no cron.
    env: { ...cms.env, SEED: 'false', CRON_ENABLED: 'false', ...extraEnv },
    encoding: 'utf8',
    timeout: 180_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`strapi ${args.join(' ')} failed (${result.status ?? result.signal ?? result.error}):\n${output}`);
  return output;
}

describe('backup and restore', () => {
  let source: RunningCms;
  let target: RunningCms | undefined;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stodportalen-backup-'));
  const appDir = cliAppCopy();
  let before: Record<string, unknown>;
  let draftId: string;
  let imageUrl: string;

  beforeAll(async () => {
    source = await startCms();
    const admin = await adminSession(source);
    // A draft with a partner's contact details (private fields), and a published campaign with an image.
    const draft = await admin.request('POST', `/content-manager/collection-types/${EVENT}?locale=sv`, {
      title: DRAFT_TITLE,
      kind: 'lecture',
      startsAt: '2031-03-01T17:00:00.000Z',
      moderationStatus: 'pending',
      submitterName: 'Tipsare Testsson',
      submitterEmail: 'tipsare@example.invalid',
    });
    expect(draft.status).toBe(201);
    draftId = ((await draft.json()) as { data: { documentId: string } }).data.documentId;
    const form = new FormData();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'backup.png');
    form.append('fileInfo', JSON.stringify({ name: 'backup.png', alternativeText: 'En bild som ska finnas kvar' }));
    const uploaded = await fetch(`${source.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: form });
    expect(uploaded.status).toBe(201);
    const file = ((await uploaded.json()) as { id: number; url: string }[])[0]!;
    imageUrl = file.url;
    const campaign = await admin.request('POST', `/content-manager/collection-types/${CAMPAIGN}?locale=sv`, {
      title: 'Kampanj i säkerhetskopian',
      startsOn: '2031-01-01',
      lede: 'Finns den kvar efter återställningen?',
      image: file.id,
    });
    expect(campaign.status).toBe(201);
    const campaignId = ((await campaign.json()) as { data: { documentId: string } }).data.documentId;
    expect((await admin.request('POST', `/content-manager/collection-types/${CAMPAIGN}/${campaignId}/actions/publish?locale=sv`, {})).status).toBe(200);
    before = await snapshot(source);
  }, 120_000);

  afterAll(async () => {
    await target?.stop();
    await source?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(appDir, { recursive: true, force: true });
  });

  it('the export holds what the content API shows', () => {
    const campaigns = JSON.stringify(before['campaigns sv']);
    expect(campaigns).toContain('Kampanj i säkerhetskopian');
    expect(JSON.stringify(before['plan sv'])).toContain('Handlingsplan');
    expect((before['terms en'] as { status: number }).status).toBe(200);
  });

  it('strapi export (encrypted with a key from the environment) → strapi import into an empty database → the same content, drafts, private fields and files', async () => {
    const key = 'backup-key-for-the-round-trip-test';
    const file = path.join(tmp, 'stodportalen');
    const exported = strapiCli(appDir, source, ['export', '--key', key, '--file', file], { BACKUP_ENCRYPTION_KEY: key });
    expect(exported).toMatch(/Export process has been completed successfully/i);
    const archive = `${file}.tar.gz.enc`;
    expect(fs.statSync(archive).size).toBeGreaterThan(1000);
    // Encrypted: no readable content in the file.
    expect(fs.readFileSync(archive).includes(Buffer.from('tipsare@example.invalid'))).toBe(false);

    // An empty database: the CMS's own tables, tokens and roles, and no content.
    target = await startCms({ extraEnv: { SEED: 'false' } });
    const empty = await fetch(`${target.url}/api/terms?locale=sv`, { headers: { authorization: `Bearer ${target.readToken}` } });
    expect(((await empty.json()) as { data: unknown[] }).data).toEqual([]);

    const imported = strapiCli(appDir, target, ['import', '--force', '--key', key, '--file', archive]);
    expect(imported).toMatch(/Import process has been completed successfully/i);
    // Restarted on the restored database (with SEED=false, so nothing is added).
    await target.restart();

    expect(await snapshot(target)).toEqual(before);

    const admin = await adminSession(target);
    const draft = await admin.request('GET', `/content-manager/collection-types/${EVENT}/${draftId}?locale=sv&status=draft`);
    expect(draft.status).toBe(200);
    const data = ((await draft.json()) as { data: Record<string, unknown> }).data;
    expect(data).toMatchObject({ title: DRAFT_TITLE, publishedAt: null, submitterEmail: 'tipsare@example.invalid', submitterName: 'Tipsare Testsson', moderationStatus: 'pending' });
    // Not published by the restore.
    const publicList = await fetch(`${target.url}/api/events?filters[documentId][$eq]=${draftId}`);
    expect(((await publicList.json()) as { data: unknown[] }).data).toEqual([]);

    const image = await fetch(`${target.url}${imageUrl}`);
    expect(image.status).toBe(200);
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(0);
  }, 240_000);

  it.runIf(process.env.TEST_DATABASE === 'postgres')('pg_dump → pg_restore into a new database → the same content', async () => {
    if (source.database.client !== 'postgres') throw new Error('expected PostgreSQL');
    const { server, name } = source.database;
    const dump = path.join(tmp, 'stodportalen.dump');
    const connection = ['-h', server.host, '-p', String(server.port), '-U', server.user];
    const dumped = spawnSync(path.join(server.binDir, 'pg_dump'), [...connection, '--format=custom', '--no-owner', '--file', dump, name], { encoding: 'utf8' });
    expect(dumped.stderr).toBe('');
    expect(dumped.status).toBe(0);
    const restoredName = createDatabase(server, 'restored');
    let restored: RunningCms | undefined;
    try {
      const result = spawnSync(path.join(server.binDir, 'pg_restore'), [...connection, '--no-owner', '--exit-on-error', '--dbname', restoredName, dump], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      // The uploaded files are not in the database: they are copied beside it (here: the same directory).
      restored = await startCms({ extraEnv: { DATABASE_NAME: restoredName, SEED: 'false', STRAPI_PUBLIC_DIR: String(source.env.STRAPI_PUBLIC_DIR) } });
      expect(await snapshot(restored)).toEqual(before);
    } finally {
      await restored?.stop();
      dropDatabase(server, restoredName);
    }
  }, 180_000);
});
