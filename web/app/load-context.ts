// What server.mjs passes to every loader through getLoadContext.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The visitor's address (behind TRUST_PROXY proxies); only ever used hashed. */
    clientAddress: string;
    /**
     * Set when the server refused the request before any route (server/request-guard.mjs): the
     * root loader then throws this status, so the visitor gets the short error page with the layout.
     */
    refusal?: { status: 400 | 403 | 405 | 413 | 415 };
  }
}

export {};
