import { createContext, useContext } from 'react';

/** The CSP nonce of the current response, set in entry.server.tsx. Empty in the browser. */
const NonceContext = createContext<string>('');

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
