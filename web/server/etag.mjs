// Entity tags: a weak one made from a page's body, and the If-None-Match comparison.
import { createHash } from 'node:crypto';

/**
 * A weak ETag of a page's body (weak: the same content, compressed or not, gets the same tag).
 * @param {Buffer} body
 */
export function weakEtag(body) {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** @param {string} tag */
function opaque(tag) {
  return tag.trim().replace(/^W\//, '');
}

/**
 * Weak comparison (RFC 9110 13.1.2): does If-None-Match name this tag (or `*`)?
 * @param {string | undefined} ifNoneMatch
 * @param {string} etag
 */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === wanted);
}
