// Responses for feeds and calendar files. Unlike pages (no-store), they may be cached for a few
// minutes: they hold only what the public calendar shows, and feed readers poll them often.
const CACHE_CONTROL = 'public, max-age=300';

export function feedResponse(body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': contentType, 'Cache-Control': CACHE_CONTROL, ...headers },
  });
}

export const CONTENT_TYPES = {
  ics: 'text/calendar; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;
