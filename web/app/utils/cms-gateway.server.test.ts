// The CMS gateway's REST side against a stand-in CMS on loopback (a real HTTP server): credentials,
// the page request's id, timeouts as CmsError, and the readiness probe.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GetSiteSettingsDocument } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { CmsError } from './cms-error';
import { checkCmsReadiness, cmsFetch, cmsRequest, postToCms } from './cms.server';
import { newRequestState, runWithRequestState } from './request-state.server';
import { replyJson, useStandInCms } from './stand-in-cms.test-support';

const cms = useStandInCms({ CMS_READ_TOKEN: 'read-token', CMS_SUBMISSION_TOKEN: 'submission-token', PREVIEW_SECRET: 'preview-secret-0123456789', CMS_TIMEOUT_MS: '1000' });

const json = (status: number, body: unknown) => (res: ServerResponse) => replyJson(res, status, body);

/** The CMS answers with JSON; the request it got is kept for the test to look at. */
function answerAndKeep(status: number, body: unknown): { req?: IncomingMessage } {
  const kept: { req?: IncomingMessage } = {};
  cms.reply = (res, req) => {
    kept.req = req;
    replyJson(res, status, body);
  };
  return kept;
}

describe('cmsRequest', () => {
  it('passes the page request id on to the CMS with a GraphQL read', async () => {
    const seen = answerAndKeep(200, { data: { site: null } });
    await runWithRequestState(newRequestState('req-graphql-1'), () => cmsRequest(GetSiteSettingsDocument, { locale: 'request-id-test' }));
    expect(seen.req?.headers['x-request-id']).toBe('req-graphql-1');
    expect(seen.req?.headers.authorization).toBe('Bearer read-token');
  });
});

describe('postToCms', () => {
  it('posts JSON with the submission token and the page request id', async () => {
    const seen = answerAndKeep(201, { data: { ok: true } });
    const answer = await runWithRequestState(newRequestState('req-12345678'), () => postToCms('SubmitThing', '/api/things', { a: 1 }, { headers: { 'x-extra': 'yes' } }));
    expect(answer).toMatchObject({ status: 201, payload: { data: { ok: true } } });
    expect(seen.req?.method).toBe('POST');
    expect(seen.req?.url).toBe('/api/things');
    expect(seen.req?.headers['x-request-id']).toBe('req-12345678');
    expect(seen.req?.headers['x-extra']).toBe('yes');
    expect(seen.req?.headers['content-type']).toBe('application/json');
    expect(cms.last).toEqual({ authorization: 'Bearer submission-token', body: '{"a":1}' });
  });

  it('gives every HTTP answer back with its status, and a body that is not JSON as null', async () => {
    cms.reply = (res) => {
      res.writeHead(502);
      res.end('bad gateway');
    };
    await expect(postToCms('SubmitThing', '/api/things', {})).resolves.toMatchObject({ status: 502, payload: null });
  });
});

describe('cmsFetch', () => {
  it('sends the preview token, not the secret or an API token, for the preview credential', async () => {
    const seen = answerAndKeep(404, {});
    await expect(cmsFetch({ operation: 'GetPreview', path: '/api/previews/page/x', credential: 'preview', previewToken: 'the.preview.token' })).resolves.toMatchObject({ status: 404 });
    expect(seen.req?.method).toBe('GET');
    expect(seen.req?.headers['x-preview-token']).toBe('the.preview.token');
    expect(JSON.stringify(seen.req?.headers)).not.toContain('preview-secret-0123456789');
    expect(seen.req?.headers.authorization).toBeUndefined();
    await expect(cmsFetch({ operation: 'GetPreview', path: '/api/previews/page/x', credential: 'preview' })).rejects.toThrow('no preview token');
  });

  it('turns no answer in time into a CmsError that says so', async () => {
    cms.reply = () => {}; // never answers
    const error = await cmsFetch({ operation: 'GetPreview', path: '/api/previews/page/x', credential: 'preview', previewToken: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsError);
    expect(String(error)).toContain('no answer within 1000 ms');
  });
});

describe('checkCmsReadiness', () => {
  it('is ready only when the CMS answers the GraphQL probe with data', async () => {
    cms.reply = json(200, { data: { __typename: 'Query' } });
    await expect(checkCmsReadiness()).resolves.toEqual({ ready: true, detail: 'ready' });
    expect(cms.last?.authorization).toBe('Bearer read-token');
    cms.reply = json(401, { error: {} });
    await expect(checkCmsReadiness()).resolves.toEqual({ ready: false, detail: 'CMS answered HTTP 401' });
    cms.reply = () => {};
    await expect(checkCmsReadiness()).resolves.toEqual({ ready: false, detail: 'CMS did not answer within 1000 ms' });
  });
});
