import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, previewFrameAncestors } from './security-headers';

describe('previewFrameAncestors', () => {
  it('lets an admin on this machine frame the preview under any loopback name, same scheme and port', () => {
    expect(previewFrameAncestors('http://127.0.0.1:1337')).toBe('http://localhost:1337 http://127.0.0.1:1337 http://[::1]:1337');
    expect(previewFrameAncestors('http://localhost:1337')).toBe('http://localhost:1337 http://127.0.0.1:1337 http://[::1]:1337');
  });

  it('keeps a public admin origin alone', () => {
    expect(previewFrameAncestors('https://cms.karlskoga.se')).toBe('https://cms.karlskoga.se');
    expect(contentSecurityPolicy(previewFrameAncestors('https://cms.karlskoga.se'))).toContain('frame-ancestors https://cms.karlskoga.se;');
  });
});
