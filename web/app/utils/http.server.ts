import type { Params } from '@remix-run/react';
import { isCmsError } from './cms-error';
import { localeFromParam, type Locale } from './i18n';

/** Throws a Response with the status (404 by default) unless the condition holds. */
export function invariantResponse(condition: unknown, status = 404, statusText?: string): asserts condition {
  if (!condition) throw new Response(null, statusText ? { status, statusText } : { status });
}

export function notFound(): Response {
  return new Response(null, { status: 404, statusText: 'Not Found' });
}

export function serviceUnavailable(): Response {
  return new Response(null, { status: 503, statusText: 'Service Unavailable', headers: { 'Retry-After': '30' } });
}

/**
 * Runs CMS-backed work for a loader. A CmsError is logged and becomes a thrown 503, so the root
 * ErrorBoundary shows "temporarily unavailable" (with the acute numbers) and the status is real.
 */
export async function withCms<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isCmsError(error)) {
      logCmsError(error);
      throw serviceUnavailable();
    }
    throw error;
  }
}

export function logCmsError(error: unknown): void {
  if (isCmsError(error)) console.error(`[cms] ${error.message}`);
  else console.error('[cms]', error);
}

/** The page's locale from the optional `($lang)` segment; an unknown prefix is a 404. */
export function requireLocale(params: Params): Locale {
  const locale = localeFromParam(params.lang);
  if (!locale) throw notFound();
  return locale;
}
