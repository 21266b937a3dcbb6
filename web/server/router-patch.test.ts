// patches/@remix-run+router+1.23.3.patch (docs/decisions/028-never-seen-pages.md): the server's
// router keeps a routes array's ranked branches and compiled patterns. The patch is applied by
// `npm ci` (postinstall); these check that it is and that matching is unchanged by it.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const routerFile = require.resolve('@remix-run/router');
const router = require('@remix-run/router') as typeof import('@remix-run/router');

const routes = [
  {
    id: 'root',
    path: '',
    children: [
      { id: 'index', path: ':lang?', index: true },
      { id: 'event', path: ':lang?/kalender/:slug' },
      { id: 'archive', path: ':lang?/kalender/arkiv' },
      { id: 'search', path: ':lang?/sok' },
      { id: 'splat', path: '*' },
    ],
  },
];

const matched = (pathname: string) => router.matchRoutes(routes, pathname)?.map((match) => [match.route.id, match.params]);

describe('the patched server router', () => {
  it('is the patched file', () => {
    expect(routerFile).toMatch(/router\.cjs\.js$/);
    expect(fs.readFileSync(routerFile, 'utf8')).toContain('rankedBranchesCache');
  });

  it('matches the same, best-ranked route on every call', () => {
    for (let round = 0; round < 3; round += 1) {
      expect(matched('/kalender/arkiv')?.at(-1)).toEqual(['archive', { lang: undefined }]);
      expect(matched('/en/kalender/arkiv')?.at(-1)).toEqual(['archive', { lang: 'en' }]);
      expect(matched('/kalender/lat-oss-prata')?.at(-1)).toEqual(['event', { lang: undefined, slug: 'lat-oss-prata' }]);
      expect(matched('/KALENDER/x')?.at(-1)?.[0]).toBe('event');
      expect(matched('/nagot/annat')?.at(-1)).toEqual(['splat', { '*': 'nagot/annat' }]);
    }
  });

  it('sees a new routes array (no cache across arrays)', () => {
    const other = [{ id: 'only', path: 'bara-har' }];
    expect(router.matchRoutes(other, '/bara-har')?.[0]?.route.id).toBe('only');
    expect(router.matchRoutes(other, '/sok')).toBeNull();
    expect(matched('/sok')?.at(-1)?.[0]).toBe('search');
  });
});
