// Entity tags with express's own libraries: `etag` makes a weak one from a page's body, `fresh`
// compares it with If-None-Match (RFC 9110 13.1.2, weak comparison).
import createEtag from 'etag';
import fresh from 'fresh';

/** A weak ETag of a page's body (weak: the same content, compressed or not, gets the same tag). */
export function weakEtag(body: Buffer): string {
  return createEtag(body, { weak: true });
}

/** Does If-None-Match name this tag (or `*`)? */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // Only If-None-Match is passed: a request's own Cache-Control is not read here (as before).
  return fresh({ 'if-none-match': ifNoneMatch }, { etag });
}
