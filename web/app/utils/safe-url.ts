/** What a URL from the CMS may be rendered as. */
export type SafeUrl = { href: string; external: boolean };

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Only http(s), mailto and tel URLs and relative URLs become links; anything else (javascript:,
 * data:, vbscript:, ...) returns null and the caller renders the text without a link.
 */
export function toSafeUrl(raw: string): SafeUrl | null {
  const url = raw.trim();
  // Browsers drop tabs and newlines inside URLs ("java\nscript:"): refuse control characters outright.
  if (url === '' || /[\u0000-\u001F\u007F]/.test(url)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme) {
    const protocol = `${(scheme[1] ?? '').toLowerCase()}:`;
    if (!ALLOWED_SCHEMES.has(protocol)) return null;
    return { href: url, external: protocol === 'http:' || protocol === 'https:' };
  }
  if (url.startsWith('//')) return { href: url, external: true };
  // A backslash can turn into a scheme-relative URL in browsers ("/\evil.example").
  if (url.includes('\\')) return null;
  return { href: url, external: false };
}
