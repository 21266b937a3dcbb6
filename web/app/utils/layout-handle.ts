/**
 * What a route tells the layout (its `handle`), besides hydration (utils/hydration.ts):
 * - `acuteHelp: 'cards'`: the page shows the acute contacts as full cards itself (the home page),
 *   so the layout leaves out the compact band and the help aside: each number once per page;
 * - `wide: true`: the page uses the whole width beside the help aside (listings: the calendar, the
 *   support directory), not the reading column.
 */
export type LayoutHandle = { acuteHelp?: 'cards'; wide?: boolean };

/**
 * From the matched routes (`useMatches()`). A route whose loader failed (its data is undefined, e.g.
 * `/finns-inte` matched as a language of the home page and answered 404) shows the error page, not
 * its own content, so its handle does not count.
 */
export function layoutOf(matches: readonly { handle?: unknown; data?: unknown }[]): { acuteCards: boolean; wide: boolean } {
  const layout = { acuteCards: false, wide: false };
  for (const { handle, data } of matches) {
    if (typeof handle !== 'object' || handle === null || data === undefined) continue;
    if ('acuteHelp' in handle && handle.acuteHelp === 'cards') layout.acuteCards = true;
    if ('wide' in handle && handle.wide === true) layout.wide = true;
  }
  return layout;
}
