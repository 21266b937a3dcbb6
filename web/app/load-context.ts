// What the server (server/page-handler.ts) passes to every loader and action as their context.
import type { RequestState } from './utils/request-state.server';

declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The visitor's address (behind TRUST_PROXY proxies); only ever used hashed. */
    clientAddress: string;
    /**
     * What the request learned about the CMS (its time budget, stale or expired content), created by
     * the server, filled in by the CMS gateway (utils/cms.server.ts) and read by the server after
     * the response to decide whether the page may be kept.
     */
    requestState: RequestState;
    /**
     * Set when the server refused the request before any route (server/request-guard.ts): the
     * root loader then throws this status, so the visitor gets the short error page with the layout.
     */
    refusal?: { status: 400 | 403 | 405 | 413 | 415 };
  }
}

export {};
