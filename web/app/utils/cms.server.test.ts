import type { ServerResponse } from 'node:http';
import { GetSiteSettingsDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { CmsError } from './cms-error';
import { replyJson as json, useStandInCms } from './stand-in-cms.test-support';

// A stand-in CMS whose answer each test chooses. These tests are about the client itself; the
// cache is tested in cms.server.cache.test.ts.
const cms = useStandInCms({ CMS_READ_TOKEN: 'test-token', CMS_TIMEOUT_MS: '300', CMS_CACHE_TTL_MS: '0' });


describe('cmsRequest', () => {
  it('sends the token and returns the data', async () => {
    let seenAuth: string | undefined;
    cms.reply = (res, req) => {
      seenAuth = req.headers.authorization;
      json(res, 200, { data: { site: null } });
    };
    const { cmsRequest } = await import('./cms.server');
    await expect(cmsRequest(GetSiteSettingsDocument, { locale: 'sv' })).resolves.toEqual({ site: null });
    expect(seenAuth).toBe('Bearer test-token');
  });

  it.each([
    ['an HTTP error', (res: ServerResponse) => json(res, 401, { error: 'no' })],
    ['GraphQL errors', (res: ServerResponse) => json(res, 200, { errors: [{ message: 'bad' }], data: null })],
    ['a body that is not JSON', (res: ServerResponse) => res.end('<html>')],
    ['no answer in time', () => {}],
  ])('turns %s into a CmsError', async (_name, handler) => {
    cms.reply = handler;
    const { cmsRequest } = await import('./cms.server');
    const error = await cmsRequest(GetSiteSettingsDocument, { locale: 'sv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(error).toMatchObject({ name: 'CmsError', operation: 'GetSiteSettings' });
    expect(String(error)).not.toContain('test-token');
  });
});
