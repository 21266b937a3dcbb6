// patches/@remix-run+router+1.23.3.patch (docs/decisions/028-never-seen-pages.md): the server's
// router keeps a routes array's ranked branches and compiled patterns. patches/@remix-run+react+*.patch
// (decision 032): RemixServer and its static router make their routes once per build, so that
// those kept branches are found again. The patches are applied by `npm ci` (postinstall); these
// check that they are and that matching is unchanged by them.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const routerFile = require.resolve('@remix-run/router');
const router = require('@remix-run/router') as typeof import('@remix-run/router');

// The react-router-dom that @remix-run/react renders with (its own copy, not Strapi's).
const remixReactFile = require.resolve('@remix-run/react');
const remixRequire = createRequire(remixReactFile);
const staticServer = remixRequire('react-router-dom/server') as typeof import('react-router-dom/server');

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

  it('answers a pathname it matched lately with the same matches, and others anew', () => {
    const first = router.matchRoutes(routes, '/en/kalender/nytt');
    expect(router.matchRoutes(routes, '/en/kalender/nytt')).toBe(first);
    // Shared between requests, so frozen: a caller that changed them would throw, not leak.
    expect(Object.isFrozen(first) && first!.every((match) => Object.isFrozen(match) && Object.isFrozen(match.params))).toBe(true);
    // Past the 16 kept, the first is matched again: equal, not the same array.
    for (let i = 0; i < 20; i += 1) expect(matched(`/kalender/evenemang-${i}`)?.at(-1)).toEqual(['event', { lang: undefined, slug: `evenemang-${i}` }]);
    const again = router.matchRoutes(routes, '/en/kalender/nytt');
    expect(again).not.toBe(first);
    expect(again?.map((match) => [match.route.id, match.params])).toEqual(first?.map((match) => [match.route.id, match.params]));
    expect(router.matchRoutes(routes, '/kalender/nytt')?.at(-1)?.params).toEqual({ lang: undefined, slug: 'nytt' });
  });

  it('still refuses a pathname with a query or a hash in it', () => {
    expect(router.resolveTo({ pathname: '/sok', search: '?q=x' }, [], '/').pathname).toBe('/sok');
    expect(() => router.resolveTo({ pathname: '/sok?q=x' }, [], '/')).toThrow(/Cannot include a '\?' character/);
    expect(() => router.resolveTo({ pathname: '/sok#top' }, [], '/')).toThrow(/Cannot include a '#' character/);
    expect(() => router.resolveTo({ pathname: '/sok', search: '?q=x#top' }, [], '/')).toThrow(/Cannot include a '#' character/);
  });

  it('sees a new routes array (no cache across arrays)', () => {
    const other = [{ id: 'only', path: 'bara-har' }];
    expect(router.matchRoutes(other, '/bara-har')?.[0]?.route.id).toBe('only');
    expect(router.matchRoutes(other, '/sok')).toBeNull();
    expect(matched('/sok')?.at(-1)?.[0]).toBe('search');
  });

  it('renders with the same server routes for every request of a build', () => {
    expect(fs.readFileSync(remixReactFile.replace(/index\.js$/, 'server.js'), 'utf8')).toContain('serverRoutesCache');
    const context = (pathname: string) => {
      const matches = router.matchRoutes(routes, pathname)!;
      return { basename: '/', location: { pathname, search: '', hash: '', state: null, key: 'default' }, matches, loaderData: {}, actionData: null, errors: null, statusCode: 200, loaderHeaders: {}, actionHeaders: {}, activeDeferreds: null } as unknown as Parameters<typeof staticServer.createStaticRouter>[1];
    };
    const first = staticServer.createStaticRouter(routes, context('/kalender/arkiv'));
    const second = staticServer.createStaticRouter(routes, context('/en/kalender/x'));
    // One set of data routes for the routes array, so matching them finds the ranked branches kept.
    expect(second.routes).toBe(first.routes);
    expect(first.state.matches.at(-1)?.route.id).toBe('archive');
    expect(second.state.matches.at(-1)?.route.id).toBe('event');
    expect(second.state.matches.at(-1)?.params).toEqual({ lang: 'en', slug: 'x' });
    // The data routes of the state are those of the router (ids and their own objects).
    expect(first.routes[0]?.children?.some((route) => route === first.state.matches.at(-1)?.route)).toBe(true);
    // Another routes array (another build) gets its own.
    const other = [{ id: 'only', path: 'bara-har' }];
    const otherRouter = staticServer.createStaticRouter(other, { ...context('/kalender/arkiv'), matches: router.matchRoutes(other, '/bara-har')! });
    expect(otherRouter.routes).not.toBe(first.routes);
    expect(otherRouter.state.matches[0]?.route.id).toBe('only');
  });
});
