import { createContext, useContext } from 'react';

/**
 * Whether some content of this page is a last good copy because the CMS failed or was too slow
 * (set in entry.server.tsx from the request's state; see utils/cms.server.ts). False in the browser.
 */
const StaleContentContext = createContext<boolean>(false);

export const StaleContentProvider = StaleContentContext.Provider;

export function useStaleContent(): boolean {
  return useContext(StaleContentContext);
}
