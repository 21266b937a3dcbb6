// What server.mjs passes to every loader through getLoadContext.
declare module '@remix-run/node' {
  interface AppLoadContext {
    /** The per-request Content-Security-Policy nonce for <script> tags. */
    cspNonce: string;
  }
}

export {};
