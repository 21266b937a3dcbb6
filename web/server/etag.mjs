// Entity tags: a weak one made from a page's body, and the If-None-Match comparison.
import { createHash } from 'node:crypto';

/**
 * A weak ETag of an HTML body. The CSP nonce (new in every response) is left out, so two renders of
 * the same content get the same tag: they are equal in everything but the nonce, which is what
 * "weak" allows.
 * @param {Buffer} body
 * @param {string | undefined} nonce
 */
export function weakEtag(body, nonce) {
  const hash = createHash('sha1');
  if (nonce) {
    const text = body.toString('latin1');
    hash.update(text.split(nonce).join(''), 'latin1');
  } else {
    hash.update(body);
  }
  return `W/"${hash.digest('base64url')}"`;
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
