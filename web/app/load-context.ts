// What server.mjs passes to every loader through getLoadContext.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The per-request Content-Security-Policy nonce for <script> tags. */
    cspNonce: string;
    /** The visitor's address (behind TRUST_PROXY proxies); only ever used hashed. */
    clientAddress: string;
  }
}

export {};
