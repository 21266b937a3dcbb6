/**
 * The HTTP headers the web and the CMS send each other, named once. Node lowercases incoming
 * header names; fetch and Koa match them without regard to case.
 */
export const SHARED_HEADERS = {
  /** A request's id, kept from the proxy through the web to the CMS and named in each log line. */
  requestId: 'x-request-id',
  /** The web's keyed hash of a visitor's address, for the CMS's rate limit on submissions. */
  clientKey: 'x-stodportalen-client',
  /** The draft preview's token (shared/src/preview-token.ts), which the CMS's preview route asks of the web. */
  previewToken: 'x-preview-token',
} as const;

/**
 * The value of an Authorization header for a token: the CMS's API tokens, and REVALIDATE_SECRET
 * when the CMS tells the web that content changed.
 */
export function bearer(token: string): string {
  return `Bearer ${token}`;
}
