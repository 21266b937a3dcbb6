// The logs keep the promise of the privacy notice (/integritet): no client address and no search
// terms, in the proxy's logs (Debian's nginx with proxy/nginx.conf, its error log included), the
// web's and the CMS's. A run with a search, a tip and an upstream failure is grepped afterwards.
// The same run checks what the tip receipt promises when the CMS has no SMTP: no mail.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsDir, freePort, startCms, type RunningCms } from '../support/cms';
import { localDateTime } from '../support/event-tips';
import { startProxy, type RunningProxy } from '../support/nginx';
import { waitFor } from '../support/process.mjs';
import { startWeb, type RunningWeb } from '../support/web';

const compose = fs.readFileSync(path.join(cmsDir, '..', 'docker-compose.yml'), 'utf8');

// A documentation address (RFC 5737) as the visitor's, and words nobody else logs.
const VISITOR_ADDRESS = '203.0.113.77';
const SEARCH_TERMS = ['hemligtsokord', 'xyzzyplugh'];
const SUBMITTER_EMAIL = 'loggprov-avsandare@example.invalid';
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;

describe('logs without client addresses or search terms', () => {
  let cms: RunningCms;
  let web: RunningWeb;
  let proxy: RunningProxy;
  let proxyUrl: string;
  let startupLog = { cms: 0, web: 0 };

  const logsSinceStart = () => ({
    cms: cms.log().slice(startupLog.cms),
    web: web.log().slice(startupLog.web),
    nginx: proxy.output() + ['error.log', 'access.log'].map((file) => fs.readFileSync(path.join(proxy.logDir, file), 'utf8')).join('\n'),
  });

  beforeAll(async () => {
    // No SMTP_HOST: mail is off.
    cms = await startCms();
    const port = await freePort();
    web = await startWeb({
      cmsUrl: cms.url,
      readToken: cms.readToken,
      env: { TRUST_PROXY: '1', ACCESS_LOG: 'on', PUBLIC_URL: `http://127.0.0.1:${port}`, CMS_SUBMISSION_TOKEN: cms.submissionToken, CMS_TIMEOUT_MS: '10000' },
    });
    proxy = await startProxy({ port, webPort: web.port });
    proxyUrl = proxy.url;
    startupLog = { cms: cms.log().length, web: web.log().length };
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    await web?.stop();
    await cms?.stop();
  });

  it('a tip without SMTP in the CMS gets a receipt that promises no mail', async () => {
    const form = new URLSearchParams({
      title: 'Loggprov föreläsning',
      kind: 'lecture',
      startsAt: localDateTime(20, 18),
      endsAt: localDateTime(20, 20),
      venueName: 'Folkets hus',
      description: 'Text.',
      audiences: 'adults',
      organiserName: 'Föreningen Exempel',
      contactName: 'Loggprov Avsändare',
      contactEmail: SUBMITTER_EMAIL,
      consent: 'yes',
      idempotencyKey: randomUUID(),
    });
    const response = await fetch(`${web.url}/kalender/tipsa`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': VISITOR_ADDRESS },
      body: form,
    });
    // The receipt is the POST's own answer (no address carries the tip), with its reference.
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    const receipt = await response.text();
    expect(receipt).toContain('Ditt referensnummer:');
    expect(receipt).toContain('Du får inget mejl om tipset');
    expect(receipt).not.toContain('får du ett mejl med en länk');
    expect(receipt).not.toContain('Du får det också i ett mejl');
    // Old links to the receipt's address still work: with the flag no mail is promised, without it one is.
    expect(await (await fetch(`${web.url}/kalender/tipsa/tack?epost=nej`)).text()).toContain('Du får inget mejl om tipset');
    expect(await (await fetch(`${web.url}/kalender/tipsa/tack`)).text()).toContain('får du ett mejl med en länk');
  }, 30_000);

  it('without SMTP in the CMS the tip form itself promises no mail', async () => {
    const status = await fetch(`${cms.url}/api/event-submissions/status`, { headers: { authorization: `Bearer ${cms.submissionToken}` } });
    expect(await status.json()).toEqual({ data: { mail: false } });
    // Only the submission token may ask.
    expect((await fetch(`${cms.url}/api/event-submissions/status`)).status).toBeGreaterThanOrEqual(401);
    const page = await (await fetch(`${web.url}/kalender/tipsa`)).text();
    expect(page).toContain('Just nu skickar webbplatsen inga mejl, så du får inget mejl om tipset.');
    expect(page).not.toContain('Du får ett mejl');
    expect(page).not.toContain('Vi mejlar dig');
  }, 30_000);

  it('searches through the proxy and straight to the web, and a failing upstream, leave no address or term in any log', async () => {
    for (const term of SEARCH_TERMS) {
      expect((await fetch(`${proxyUrl}/sok?q=${term}`, { headers: { 'x-forwarded-for': VISITOR_ADDRESS } })).status).toBe(200);
      expect((await fetch(`${web.url}/sok?q=${term}`, { headers: { 'x-forwarded-for': VISITOR_ADDRESS } })).status).toBe(200);
      expect((await fetch(`${web.url}/en/sok?q=${term}&typ=stod`, { headers: { 'x-forwarded-for': VISITOR_ADDRESS } })).status).toBe(200);
    }
    // The CMS's own routes, called with the address and the term.
    await fetch(`${cms.url}/api/events?filters[title][$contains]=${SEARCH_TERMS[0]}`, { headers: { 'x-forwarded-for': VISITOR_ADDRESS } });
    // The web gone: nginx fails upstream, which its error log (at `error` level) would write with
    // `client: 127.0.0.1` and the request line, query included.
    await web.stop();
    const failed = await fetch(`${proxyUrl}/sok?q=${SEARCH_TERMS[1]}-nere`, { headers: { 'x-forwarded-for': VISITOR_ADDRESS } });
    expect(failed.status).toBeGreaterThanOrEqual(500);
    // nginx writes the failure to its logs after the answer.
    await waitFor(() => /"status":50\d/.test(logsSinceStart().nginx), { timeoutMs: 5_000, message: 'nginx did not log the failure' });

    const logs = logsSinceStart();
    if (process.env.DUMP_LOGS) fs.writeFileSync(process.env.DUMP_LOGS, JSON.stringify(logs, null, 1));
    // The run really logged the requests (the access log, the web's request lines).
    expect(logs.nginx).toContain('"path":"/sok"');
    expect(logs.nginx).toMatch(/"status":50\d/);
    expect(logs.web).toContain('/sok');
    for (const [service, text] of Object.entries(logs)) {
      for (const term of [...SEARCH_TERMS, VISITOR_ADDRESS, SUBMITTER_EMAIL]) {
        expect(text.includes(term), `${service} log contains ${term}`).toBe(false);
      }
      // No address at all in what requests wrote (the listen addresses are only in the start-up lines).
      expect(text.match(IPV4) ?? [], `${service} log has an IP address`).toEqual([]);
    }
  }, 60_000);

  it('every service keeps its logs for a bounded size (Docker rotation in docker-compose.yml)', () => {
    expect(compose).toMatch(/x-logging: &logging\n\s+driver: json-file\n\s+options:\n\s+max-size: "10m"\n\s+max-file: "5"/);
    const services = compose.slice(compose.indexOf('\nservices:'), compose.indexOf('\nvolumes:'));
    const names = [...services.matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]);
    expect(names).toEqual(['postgres', 'cms', 'cms-proxy', 'web', 'proxy']);
    for (const name of names) {
      const block = services.slice(services.indexOf(`\n  ${name}:\n`) + 1).split(/\n {2}[a-z-]+:\n/)[0] ?? '';
      expect(block, name).toContain('logging: *logging');
    }
  });
});
