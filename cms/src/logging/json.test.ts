import { describe, expect, it } from 'vitest';
import { jsonLogs, redact, requestIdFrom } from './json';

describe('the CMS log', () => {
  it('is JSON in production unless LOG_FORMAT says otherwise', () => {
    expect(jsonLogs({ NODE_ENV: 'production' })).toBe(true);
    expect(jsonLogs({ NODE_ENV: 'production', LOG_FORMAT: 'text' })).toBe(false);
    expect(jsonLogs({ NODE_ENV: 'test' })).toBe(false);
    expect(jsonLogs({ LOG_FORMAT: 'json' })).toBe(true);
  });

  it('masks e-mail and IP addresses, not times or uids', () => {
    expect(redact('[mail] could not send to tipsare@example.org from 10.1.2.3 / ::ffff:10.1.2.3')).toBe('[mail] could not send to [e-post] from [ip] / [ip]');
    expect(redact('[schedule] published api::event.event k2x9 at 03:15:00')).toBe('[schedule] published api::event.event k2x9 at 03:15:00');
  });

  it("keeps the caller's request id when it looks like one", () => {
    expect(requestIdFrom('proxy-id-12345678')).toBe('proxy-id-12345678');
    expect(requestIdFrom('short')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom('<script>alert(1)</script>')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
