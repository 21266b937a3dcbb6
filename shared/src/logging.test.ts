import { describe, expect, it } from 'vitest';
import { isIncomingRequestId, jsonLogs, redact } from './logging';

describe('log helpers shared by the web and the CMS', () => {
  it('masks e-mail and IP addresses but not times', () => {
    expect(redact('från anna.andersson@example.org via 203.0.113.9 och 2001:db8::1 kl. 19:47:53')).toBe('från [e-post] via [ip] och [ip] kl. 19:47:53');
  });

  it('masks each kind on its own (a text without @, colon or digit-dot-digit is left unscanned)', () => {
    expect(redact('/sok/anna@example.org')).toBe('/sok/[e-post]');
    expect(redact('/x/10.0.0.1/y')).toBe('/x/[ip]/y');
    expect(redact('from ::1')).toBe('from [ip]');
    expect(redact('from fe80::202:b3ff:fe1e:8329')).toBe('from [ip]');
    expect(redact('/kalender/2026-05-01-forelasning-om-stod')).toBe('/kalender/2026-05-01-forelasning-om-stod');
  });

  it('keeps request ids that look like one', () => {
    expect(isIncomingRequestId('proxy-request-0001')).toBe(true);
    expect(isIncomingRequestId('kort')).toBe(false);
    expect(isIncomingRequestId('not a good id <script>')).toBe(false);
    expect(isIncomingRequestId(['proxy-request-0001'])).toBe(false);
  });

  it('writes JSON lines in production unless told otherwise', () => {
    expect(jsonLogs({ NODE_ENV: 'production' })).toBe(true);
    expect(jsonLogs({ NODE_ENV: 'production', LOG_FORMAT: 'text' })).toBe(false);
    expect(jsonLogs({ LOG_FORMAT: 'json' })).toBe(true);
    expect(jsonLogs({})).toBe(false);
  });
});
