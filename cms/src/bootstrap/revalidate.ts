import { bearer, MIN_SECRET_LENGTH } from '@stodportalen/shared';
import type { Core } from '@strapi/strapi';
import { settings, type CmsSettings } from '../env';
import { PUBLIC_CONTENT_TYPES } from '../public-content-types';
import { recordChange } from '../read-model-changes';

// Tells the web that public content changed. Always: a row in the change log every web instance
// polls (read-model-changes.ts; no list of web addresses). Optionally, for a single instance that
// wants it sooner than its poll: POST /api/revalidate on every address in WEB_REVALIDATE_URLS, with
// `Authorization: Bearer ${REVALIDATE_SECRET}`.
// Fire-and-forget: the editor's action never waits for the web and never fails because of it.

const CHANGES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const PUBLIC_TYPES = new Set<string>(PUBLIC_CONTENT_TYPES);
const TIMEOUT_MS = 3_000;

export interface ContentChange {
  uid: string;
  documentId: string | null;
  locale: string | null;
  action: string;
}

export interface RevalidationConfig {
  urls: string[];
  secret: string;
}

type Log = (message: string) => void;

/** The addresses and the secret, or null (with the reason logged) when revalidation is off. */
export function revalidationConfig({ urls, secret }: CmsSettings['revalidation'], warn: Log): RevalidationConfig | null {
  if (urls.length === 0) return null;
  if (secret.length < MIN_SECRET_LENGTH) {
    warn(`[revalidate] WEB_REVALIDATE_URLS is set but REVALIDATE_SECRET is missing or shorter than ${MIN_SECRET_LENGTH} characters: the web is not told about changes.`);
    return null;
  }
  const valid = urls.filter((url) => {
    try {
      return ['http:', 'https:'].includes(new URL(url).protocol);
    } catch {
      return false;
    }
  });
  if (valid.length < urls.length) warn(`[revalidate] ignoring addresses that are not http(s) URLs in WEB_REVALIDATE_URLS`);
  return valid.length > 0 ? { urls: valid, secret } : null;
}

/**
 * Whether a change can alter what the public sees. Creating or updating a draft cannot (the content
 * API returns published versions only), so a flood of partner tips (drafts) does not empty the
 * web's cache; publishing, unpublishing, deleting and discarding a draft can.
 */
export function isPublicChange(uid: string, action: string, params: { status?: unknown }, draftAndPublish: boolean): boolean {
  if (!PUBLIC_TYPES.has(uid) || !CHANGES.has(action)) return false;
  if ((action === 'create' || action === 'update') && draftAndPublish) return params.status === 'published';
  return true;
}

/** Distinct changes waiting per address at most; beyond it, one change that names no document (the web checks everything). */
const MAX_PENDING = 100;

/**
 * Sends changes to each address: one request in flight per address; changes made meanwhile wait in
 * order, one per document (the web re-reads a document in every locale, so a later change of the
 * same document stands for the earlier one). Every document is told: the web's read model updates
 * by document, and a change dropped here (a follow-up published right after its event) would leave
 * the event out until its consistency check (issue 13). Past MAX_PENDING documents, one change
 * without a type stands for all of them.
 */
export function createNotifier(config: RevalidationConfig, warn: Log, fetchImpl: typeof fetch = fetch): (change: ContentChange) => void {
  const inFlight = new Set<string>();
  const pending = new Map<string, Map<string, ContentChange>>();

  const send = (url: string, change: ContentChange): void => {
    inFlight.add(url);
    fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer(config.secret) },
      body: JSON.stringify(change),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
      .then(async (response) => {
        await response.body?.cancel();
        if (!response.ok) warn(`[revalidate] ${url} answered HTTP ${response.status}; the web shows the change within its cache time.`);
      })
      .catch((error: unknown) => {
        const cause: unknown = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
        const reason = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
        warn(`[revalidate] ${url} could not be reached (${reason}); the web shows the change within its cache time.`);
      })
      .finally(() => {
        inFlight.delete(url);
        const queue = pending.get(url);
        const next = queue?.entries().next().value;
        if (queue && next) {
          queue.delete(next[0]);
          send(url, next[1]);
        }
      });
  };

  return (change) => {
    const key = change.documentId ? `${change.uid}\u0000${change.documentId}` : change.uid;
    for (const url of config.urls) {
      if (!inFlight.has(url)) {
        send(url, change);
        continue;
      }
      let queue = pending.get(url);
      if (!queue) pending.set(url, (queue = new Map()));
      // The latest change of a document, in the place of its first; after an overflow, the check stands for all.
      if (queue.has('')) continue;
      if (queue.has(key) || queue.size < MAX_PENDING) queue.set(key, change);
      else if (!queue.has('')) {
        queue.clear();
        queue.set('', { uid: '', documentId: null, locale: null, action: 'many' });
      }
    }
  };
}

function documentIdOf(params: { documentId?: unknown }, result: unknown): string | null {
  if (typeof params.documentId === 'string') return params.documentId;
  if (typeof result === 'object' && result !== null && 'documentId' in result && typeof result.documentId === 'string') {
    return result.documentId;
  }
  return null;
}

/**
 * Registers the document middleware (in register(), like the other middlewares). Every public
 * change is written to the change log the web instances follow (read-model-changes.ts), and, when
 * WEB_REVALIDATE_URLS is set, also sent to those addresses at once. Both happen after the
 * publishing transaction commits (the admin's publish runs in one), so a web that reads the
 * document on hearing of it reads the new version.
 */
export function registerRevalidation(strapi: Core.Strapi): void {
  const warn: Log = (message) => strapi.log.warn(message);
  const config = revalidationConfig(settings().revalidation, warn);
  const notify = config ? createNotifier(config, warn) : null;
  const afterCommit = (work: () => void): Promise<unknown> =>
    strapi.db.transaction(({ onCommit }) => {
      onCommit(work);
    });
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const params = context.params as { status?: unknown; documentId?: unknown; locale?: unknown };
    const draftAndPublish = context.contentType.options?.draftAndPublish === true;
    if (isPublicChange(context.uid, context.action, params, draftAndPublish)) {
      const change: ContentChange = {
        uid: context.uid,
        documentId: documentIdOf(params, result),
        locale: typeof params.locale === 'string' ? params.locale : null,
        action: context.action,
      };
      await afterCommit(() => {
        recordChange(strapi, change).catch((error: unknown) =>
          warn(`[revalidate] the change log could not be written (${error instanceof Error ? error.message : String(error)}); the web's consistency check shows the change`),
        );
        notify?.(change);
      });
    }
    return result;
  });
}
