// cmsRequest with its cache, against a stand-in CMS on loopback (a real HTTP server, no mocks of
// the client): last good copy on failure, the request's stale flag, purge, one deadline per page.
import type { ServerResponse } from 'node:http';
import { GetSiteSettingsDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { newRequestState, purgeAll, runWithRequestState } from './request-state.server';
import { CmsError } from './cms-error';
import { useStandInCms } from './stand-in-cms.test-support';

const cms = useStandInCms({ CMS_READ_TOKEN: 'test-token', CMS_TIMEOUT_MS: '1000', CMS_CACHE_TTL_MS: '60000' });

const site = (footerContact: string) => (res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ data: { site: { footerContact, quickExitUrl: null, acuteContacts: [] } } }));
};
const down = (res: ServerResponse) => {
  res.writeHead(502);
  res.end();
};

describe('cmsRequest with the cache', () => {
  it('answers from the cache, then waits for the CMS after a purge, then serves the last good copy when the CMS fails', async () => {
    const { cmsRequest } = await import('./cms.server');
    cms.reply = site('first');
    const start = cms.requests;
    await expect(cmsRequest(GetSiteSettingsDocument, { locale: 'sv' })).resolves.toMatchObject({ site: { footerContact: 'first' } });
    await expect(cmsRequest(GetSiteSettingsDocument, { locale: 'sv' })).resolves.toMatchObject({ site: { footerContact: 'first' } });
    expect(cms.requests - start).toBe(1);

    purgeAll('test');
    cms.reply = site('second');
    await expect(cmsRequest(GetSiteSettingsDocument, { locale: 'sv' })).resolves.toMatchObject({ site: { footerContact: 'second' } });

    purgeAll('test');
    cms.reply = down;
    const state = newRequestState();
    const result = await runWithRequestState(state, () => cmsRequest(GetSiteSettingsDocument, { locale: 'sv' }));
    expect(result).toMatchObject({ site: { footerContact: 'second' } });
    expect(state.stale).toBe(true);
  });

  it('throws a CmsError for content it has never had', async () => {
    const { cmsRequest } = await import('./cms.server');
    cms.reply = down;
    const error = await cmsRequest(GetSiteSettingsDocument, { locale: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
  });

  it('gives a whole page one CMS timeout, not one per query', async () => {
    const { cmsRequest } = await import('./cms.server');
    cms.reply = () => {}; // never answers
    const state = newRequestState();
    const started = Date.now();
    const outcomes = await runWithRequestState(state, async () => {
      const first = await cmsRequest(GetSiteSettingsDocument, { locale: 'xx-1' }).catch((e: unknown) => e);
      const second = await cmsRequest(GetSiteSettingsDocument, { locale: 'xx-2' }).catch((e: unknown) => e);
      return [first, second];
    });
    const elapsed = Date.now() - started;
    expect(outcomes[0]).toBeInstanceOf(CmsError);
    expect(outcomes[1]).toBeInstanceOf(CmsError);
    expect(String(outcomes[1])).toContain('used up');
    // One budget for the page: well under two timeouts (2000 ms), with room for a busy machine.
    expect(elapsed).toBeLessThan(1000 + 600);
  });
});
