import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSession, sessionWith, startCms, type RunningCms } from '../support/cms';
import { clientKey, validPayload } from '../support/event-tips';
import { psql } from '../support/postgres';
import { waitFor } from '../support/process.mjs';
import { startSmtp, type TestSmtp } from '../support/smtp';

// Two real CMS instances on ONE PostgreSQL database, as in production behind a load balancer:
// tips, their idempotency, the rate limits, slugs and the scheduled publisher must hold across
// instances (docs/scaling.md). SQLite is one file for one instance: there the file is skipped,
// and the same code is covered by event-submissions.test.ts on one instance.

const onPostgres = process.env.TEST_DATABASE === 'postgres';
if (!onPostgres) console.log('[cms-cluster] skipped: two CMS instances need a shared PostgreSQL (TEST_DATABASE=postgres)');

type Answer = { status: number; reference: string | null; retryAfter: string | null };

describe.skipIf(!onPostgres)('two CMS instances sharing one PostgreSQL', () => {
  let first: RunningCms;
  let second: RunningCms;
  let smtp: TestSmtp;
  /** A super admin's token: the same JWT secret on both instances, so it works on either. */
  let adminToken: string;
  const instances = () => [first, second];

  /** Runs SQL on the shared database; the rows as `|`-separated lines. */
  const sql = (query: string): string => {
    if (first.database.client !== 'postgres') throw new Error('not on PostgreSQL');
    return psql(first.database.server, first.database.name, query);
  };
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

  async function submit(cms: RunningCms, payload: Record<string, unknown>, key: string): Promise<Answer> {
    const response = await fetch(`${cms.url}/api/event-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.submissionToken}`, 'x-stodportalen-client': key },
      body: JSON.stringify(payload),
    });
    const body = (await response.json()) as { data?: { reference?: string } | null };
    return { status: response.status, reference: body.data?.reference ?? null, retryAfter: response.headers.get('retry-after') };
  }

  const statusCounts = (answers: Answer[]) => answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});

  beforeAll(async () => {
    const started = Date.now();
    smtp = await startSmtp();
    const env = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_FROM: 'Stödportalen <noreply@karlskoga.invalid>',
      WEB_URL: 'https://portal.example.invalid',
      // Every second on both instances: each run must go ahead on one of them only.
      SCHEDULED_PUBLISH_CRON: '* * * * * *',
    };
    first = await startCms({ extraEnv: env, healthTimeoutMs: 100_000 });
    // The second instance: same database, same secrets and tokens, no seed of its own (it would find nothing to do).
    second = await startCms({ extraEnv: { ...env, SEED: 'false' }, sameDatabaseAs: first, healthTimeoutMs: 100_000 });
    adminToken = (await adminSession(first)).token;
    console.log(`[cms-cluster] 2 CMS instances on one PostgreSQL database up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 200_000);

  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await smtp?.stop();
  });

  it('200 concurrent tips spread over both instances give exactly 200 drafts, each with its own slug', async () => {
    // One title for all: every tip's slug is generated from it at the same moment on both instances.
    const title = `Kväll om människohandel ${randomUUID().slice(0, 6)}`;
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => submit(instances()[i % 2]!, validPayload({ title }), clientKey(`cluster-tip-${i}-${randomUUID()}`))),
    );
    const elapsed = Date.now() - started;
    const [drafts, slugs, references] = sql(
      `SELECT count(*), count(DISTINCT slug), count(DISTINCT document_id) FROM events WHERE title = ${quote(title)} AND published_at IS NULL`,
    ).split('|').map(Number);
    console.log(`[cms-cluster] 200 concurrent tips over 2 instances: ${JSON.stringify(statusCounts(answers))} in ${elapsed} ms; ${drafts} drafts, ${slugs} distinct slugs`);
    expect(statusCounts(answers)).toEqual({ 201: 200 });
    expect(new Set(answers.map((answer) => answer.reference)).size).toBe(200);
    expect(drafts).toBe(200);
    expect(references).toBe(200);
    expect(slugs).toBe(200);
  }, 60_000);

  it('the same tip retried on both instances at once becomes one draft, and every answer names it', async () => {
    const payload = validPayload();
    const key = clientKey(`cluster-retry-${randomUUID()}`);
    const started = Date.now();
    // Three sends on each instance at the same moment: a double click, a reload, a retry after a timeout.
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => submit(instances()[i % 2]!, payload, key)));
    const elapsed = Date.now() - started;
    const drafts = Number(sql(`SELECT count(*) FROM events WHERE title = ${quote(String(payload.title))}`));
    console.log(`[cms-cluster] one tip sent 6 times at once over 2 instances: ${JSON.stringify(statusCounts(answers))} in ${elapsed} ms; ${drafts} draft(s)`);
    expect(statusCounts(answers)).toEqual({ 200: 5, 201: 1 });
    expect(new Set(answers.map((answer) => answer.reference)).size).toBe(1);
    expect(drafts).toBe(1);
  });

  it('more tips than the limit from one client across both instances are refused with 429', async () => {
    // One address (an office behind one connection), 40 tips at once from 40 partners: the limit is 30.
    const key = clientKey(`cluster-limit-${randomUUID()}`);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => submit(instances()[i % 2]!, validPayload(), key)));
    console.log(`[cms-cluster] 40 tips at once from one client over 2 instances: ${JSON.stringify(statusCounts(answers))} in ${Date.now() - started} ms`);
    expect(statusCounts(answers)).toEqual({ 201: 30, 429: 10 });
    for (const refused of answers.filter((answer) => answer.status === 429)) expect(Number(refused.retryAfter)).toBeGreaterThan(0);

    // One partner (the same e-mail) from 6 addresses, 3 on each instance: the partner's limit is 5.
    const contactEmail = `partner.${randomUUID().slice(0, 8)}@example.invalid`;
    const partner = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submit(instances()[i % 2]!, validPayload({ contactEmail }), clientKey(`cluster-partner-${i}-${randomUUID()}`))),
    );
    console.log(`[cms-cluster] 6 tips at once from one partner over 2 instances: ${JSON.stringify(statusCounts(partner))}`);
    expect(statusCounts(partner)).toEqual({ 201: 5, 429: 1 });
  });

  it('a scheduled publish due while both instances run is published once, with one mail', async () => {
    const contactEmail = `scheduled.${randomUUID().slice(0, 8)}@example.invalid`;
    const payload = validPayload({ contactEmail });
    const { status, reference } = await submit(first, payload, clientKey(`cluster-schedule-${randomUUID()}`));
    expect(status).toBe(201);
    const runsBefore = Number(sql(`SELECT count(*) FROM shared_job_runs WHERE job = 'publish-scheduled-drafts'`));
    const due = Date.now();
    sql(`UPDATE events SET publish_at = now() WHERE document_id = ${quote(reference!)}`);

    const subject = `Ditt evenemang är publicerat: ${String(payload.title)}`;
    await smtp.waitFor((mail) => mail.to.includes(contactEmail) && mail.subject === subject, { timeoutMs: 20_000 });
    const publishedAfter = Date.now() - due;
    // Three more runs on the instances after the mail: a second publish or mail would have happened by then.
    await waitFor(() => Number(sql(`SELECT count(*) FROM shared_job_runs WHERE job = 'publish-scheduled-drafts'`)) >= runsBefore + 4, {
      timeoutMs: 20_000,
      intervalMs: 250,
      message: 'the scheduled publisher did not run again',
    });

    const mails = smtp.mails.filter((mail) => mail.to.includes(contactEmail) && mail.subject === subject).length;
    const publishedRows = Number(sql(`SELECT count(*) FROM events WHERE document_id = ${quote(reference!)} AND published_at IS NOT NULL`));
    const logLines = instances().map((cms) => cms.log().split('\n').filter((line) => line.includes(`[schedule] published api::event.event ${reference}`)).length);
    const runs = sql(`SELECT instance, count(*) FROM shared_job_runs WHERE job = 'publish-scheduled-drafts' GROUP BY instance ORDER BY instance`).split('\n');
    console.log(
      `[cms-cluster] scheduled publish with both instances running each second: published ${publishedAfter} ms after due; ` +
        `${publishedRows} published version(s), ${mails} mail(s), publish logged by the instances ${JSON.stringify(logLines)}; runs per instance ${JSON.stringify(runs)}`,
    );
    expect(publishedRows).toBe(1);
    expect(mails).toBe(1);
    expect(logLines[0]! + logLines[1]!).toBe(1);
    // Each scheduled second ran on exactly one instance (the table's key says so; no second row).
    expect(Number(sql(`SELECT count(*) FROM (SELECT tick FROM shared_job_runs GROUP BY job, tick HAVING count(*) > 1) AS doubled`))).toBe(0);
  }, 60_000);

  it('"Godkänn" clicked twice, the clicks landing on both instances, publishes once and mails once', async () => {
    const contactEmail = `decided.${randomUUID().slice(0, 8)}@example.invalid`;
    const payload = validPayload({ contactEmail });
    const { reference } = await submit(second, payload, clientKey(`cluster-decision-${randomUUID()}`));
    const answers = (
      await Promise.all(instances().map(async (cms) => (await sessionWith(cms, adminToken).request('POST', `/admin/moderation-inbox/${reference}/approve`, {})).status))
    ).sort((a, b) => a - b);
    const subject = `Ditt evenemang är publicerat: ${String(payload.title)}`;
    await smtp.waitFor((mail) => mail.to.includes(contactEmail) && mail.subject === subject);
    // The mail of a second approval would go out in the same request: both answers are in.
    const mails = smtp.mails.filter((mail) => mail.to.includes(contactEmail) && mail.subject === subject).length;
    console.log(`[cms-cluster] one tip approved on both instances at once: answers ${JSON.stringify(answers)}, ${mails} mail(s)`);
    expect(answers).toEqual([200, 409]);
    expect(mails).toBe(1);
    expect(Number(sql(`SELECT count(*) FROM events WHERE document_id = ${quote(reference!)} AND published_at IS NOT NULL`))).toBe(1);
  });
});
