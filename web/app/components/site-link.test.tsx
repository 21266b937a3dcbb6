import { createRequire } from 'node:module';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
// The router @remix-run/react's hooks read (react-router-dom nests its own copy).
import { MemoryRouter, useHref } from 'react-router';
import { describe, expect, it } from 'vitest';
import { HydrationContext, isActivePath, isPlainPath, Link, NavLink } from './site-link';

// The NavLink that Remix's NavLink renders (the react-router-dom of @remix-run/react).
const remixRequire = createRequire(createRequire(import.meta.url).resolve('@remix-run/react'));
const routerDom = remixRequire('react-router-dom') as typeof import('react-router-dom');
const { StaticRouter } = remixRequire('react-router-dom/server') as typeof import('react-router-dom/server');

const at = (path: string, element: ReactElement) => renderToStaticMarkup(<MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>);
// As the server renders: the location is the request's (percent-encoded) path.
const onServer = (path: string, element: ReactElement) => renderToStaticMarkup(<StaticRouter location={path}>{element}</StaticRouter>);

function Href({ to }: { to: string }) {
  return <>{useHref(to)}</>;
}

const paths = ['/', '/kalender', '/en/kalender/lat-oss-prata', '/kalender?sida=2&typ=forelasning', '/handlingsplan#status-rubrik', '/sok?q=%C3%A5ngest', '/?b=1', '/a/.b', '/a/...'];

describe('Link', () => {
  it('is an <a> with the href the router would give, and every attribute passed', () => {
    for (const to of paths) {
      expect(isPlainPath(to), to).toBe(true);
      const html = at('/stod', <Link to={to} className="link" rel="next" lang="en" hrefLang="en">x</Link>);
      const href = at('/stod', <Href to={to} />).replace(/&amp;/g, '&');
      expect(html).toBe(`<a class="link" rel="next" lang="en" hrefLang="en" href="${href.replace(/&/g, '&amp;')}">x</a>`);
    }
  });

  it('leaves paths the router would rewrite to the router', () => {
    for (const to of ['kalender', '../stod', '/a/./b', '/a/../b', '//evil.example', '/kalender/', '/a//b', '/.', '/..', 'https://example.org/', '/sok?', '/sok#', '/sok?#top']) expect(isPlainPath(to), to).toBe(false);
  });

  it('is Remix’s link on a page that hydrates, and for a path the router rewrites', () => {
    // Remix's Link marks its links for route discovery (data-discover); a plain one does not.
    expect(at('/', <HydrationContext.Provider value={true}><Link to="/kalender">x</Link></HydrationContext.Provider>)).toContain('data-discover="true"');
    expect(at('/', <HydrationContext.Provider value={true}><NavLink to="/kalender">x</NavLink></HydrationContext.Provider>)).toContain('data-discover="true"');
    expect(at('/', <Link to="/a/../kalender">x</Link>)).toContain('data-discover="true"');
    expect(at('/', <Link to="/kalender">x</Link>)).not.toContain('data-discover');
    expect(at('/', <NavLink to="/kalender">x</NavLink>)).not.toContain('data-discover');
  });
});

describe('NavLink', () => {
  const cases: [string, string, boolean][] = [
    ['/', '/', true],
    ['/kalender', '/', true],
    ['/kalender', '/kalender', false],
    ['/kalender/arkiv', '/kalender', false],
    ['/KALENDER', '/kalender', false],
    ['/kalendern', '/kalender', false],
    ['/en/kalender', '/en/kalender', false],
    ['/en/kalender/x', '/en', true],
    ['/en/kalender/x', '/en', false],
    ['/stod', '/kalender?sida=2', false],
    ['/kalender', '/kalender?sida=2', false],
    // The request's path is percent-encoded; a link's may not be.
    ['/%C3%A5ngest', '/ångest', false],
    ['/%C3%A5ngest/mer', '/ångest', false],
    ['/s%C3%B6k%20hj%C3%A4lp', '/sök hjälp', true],
  ];

  it('marks the current page (and, unless end, the pages under it) as Remix’s NavLink does on the server', () => {
    for (const [location, to, end] of cases) {
      const ours = onServer(location, <NavLink to={to} end={end} className="nav-link">x</NavLink>);
      const theirs = onServer(location, <routerDom.NavLink to={to} end={end} className="nav-link">x</routerDom.NavLink>);
      const active = /aria-current="page"/.test(theirs);
      expect(isActivePath(location, to, end), `${location} ${to} ${end}`).toBe(active);
      expect(/aria-current="page"/.test(ours), `${location} ${to} ${end}`).toBe(active);
      expect(ours).toContain(active ? 'class="nav-link active"' : 'class="nav-link"');
      expect(ours).toContain(`href="${to.replace(/&/g, '&amp;')}"`);
    }
    // The encoded cases are active ones (the comparison is not vacuous).
    expect(cases.filter(([location]) => location.includes('%')).every(([location, to, end]) => isActivePath(location, to, end))).toBe(true);
  });
});
