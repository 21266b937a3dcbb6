/**
 * What the web's and the CMS's JSON log lines have in common: no personal data in a message, and
 * request ids that a proxy or the web may pass on.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
// Full (eight groups) or compressed (with ::) IPv6 addresses; never times such as 19:47:53.
const IPV6 = /(?:\b[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|(?:\b[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}\b(?::[0-9a-f]{1,4}\b)*)?|::(?:ffff:)?[0-9a-f.:]*[0-9a-f]\b/gi;

/**
 * What each of them needs: an e-mail address an @, an IPv6 address a colon, an IPv4 address a digit,
 * a dot and a digit. A text without any (most paths) is left as it is without the three scans: the
 * IPv6 one costs several microseconds on a long path, more than the rest of a page-cache hit's
 * access-log line (docs/decisions/020-fast-cache-hit.md).
 */
const MAYBE_PERSONAL = /[@:]|\d\.\d/;

/** Masks personal data in a log text: e-mail addresses and IP addresses. */
export function redact(text: string): string {
  if (!MAYBE_PERSONAL.test(text)) return text;
  return text.replace(EMAIL, '[e-post]').replace(IPV6, '[ip]').replace(IPV4, '[ip]');
}

/** A request id from a caller is kept when it looks like one (nginx's $request_id, a UUID). */
export function isIncomingRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._-]{8,128}$/.test(value);
}

/** Whether logs are JSON lines: LOG_FORMAT=json, the default in production; `text` leaves them as they are. */
export function jsonLogs(env: Record<string, string | undefined>): boolean {
  return (env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text')) === 'json';
}
