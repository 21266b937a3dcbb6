import { Link, NavLink, useLocation } from '@remix-run/react';
import type { ReactNode } from 'react';
import type { SiteSettings } from '../models/site';
import { LOCALES, localePath, unprefixedPath, type Dictionary, type Locale } from '../utils/i18n';
import { AcuteHelpBand } from './acute-help';

const primaryNav = [
  ['/', 'home'],
  ['/unga', 'young'],
  ['/stod', 'support'],
  ['/kalender', 'calendar'],
  ['/handlingsplan', 'plan'],
  ['/for-personal', 'staff'],
] as const satisfies readonly (readonly [string, keyof Dictionary['nav']])[];

const footerNav = [
  ['/kampanjer', 'campaigns'],
  ['/begrepp', 'glossary'],
  ['/om', 'about'],
  ['/dolj-ditt-besok', 'hideVisit'],
  ['/integritet', 'privacy'],
  ['/tillganglighet', 'accessibility'],
] as const satisfies readonly (readonly [string, keyof Dictionary['footer']])[];

/**
 * The layout of every page, in tab order: skip link, quick exit, acute help, header with the
 * menu, the page, footer. Used by the pages and by the error pages alike.
 */
export function SiteShell({
  locale,
  t,
  site,
  children,
}: {
  locale: Locale;
  t: Dictionary;
  site: SiteSettings;
  children: ReactNode;
}) {
  const { pathname } = useLocation();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <>
      <a
        href="#main"
        className="sr-only z-[60] rounded bg-white px-4 py-3 font-semibold text-slate-900 underline focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t.skipLink}
      </a>

      <aside
        aria-label={t.quickExit.regionLabel}
        className="quick-exit-bar z-50 border-b border-slate-300 bg-white print:hidden"
      >
        <div className="mx-auto flex max-w-5xl items-center justify-end gap-4 px-3 py-1">
          <span data-quick-exit-hint hidden className="hidden text-slate-700 sm:inline">
            {t.quickExit.hint}
          </span>
          <a
            href={site.quickExitUrl}
            rel="noreferrer"
            data-quick-exit=""
            className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-red-800 px-5 py-2 text-lg leading-tight font-bold text-white no-underline shadow hover:bg-red-900"
          >
            {t.quickExit.label}
            <span aria-hidden="true" className="text-xl leading-none">
              ✕
            </span>
          </a>
        </div>
      </aside>

      <AcuteHelpBand heading={t.acuteHelp.heading} contacts={site.acuteContacts} />

      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link to={localePath(locale, '/')} className="text-2xl font-bold text-teal-900 no-underline hover:underline">
            {t.siteName}
          </Link>
          <nav aria-label={t.nav.label} className="print:hidden">
            <ul className="flex flex-wrap gap-x-5 gap-y-2">
              {primaryNav.map(([path, key]) => (
                <li key={path}>
                  <NavLink to={localePath(locale, path)} end={path === '/'} className="nav-link">
                    {t.nav[key]}
                  </NavLink>
                </li>
              ))}
              <li>
                <a href={localePath(other, unprefixedPath(pathname))} hrefLang={other} lang={other} className="nav-link">
                  {t.languageSwitch.label}
                </a>
              </li>
            </ul>
          </nav>
          <form method="get" action={localePath(locale, '/sok')} role="search" className="w-full sm:w-auto print:hidden">
            <label htmlFor="site-search" className="mb-1 block text-base font-semibold text-slate-900">
              {t.search.label}
            </label>
            <div className="flex gap-2">
              <input
                id="site-search"
                name="q"
                type="search"
                className="min-h-11 w-full min-w-0 rounded-lg border-2 border-slate-600 px-3 py-1 text-lg sm:w-56"
              />
              <button type="submit" className="min-h-11 rounded-lg bg-teal-800 px-4 font-semibold text-white hover:bg-teal-900">
                {t.search.button}
              </button>
            </div>
          </form>
        </div>
      </header>

      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 pt-8 pb-16">
        <div className="max-w-3xl">{children}</div>
      </main>

      <footer className="border-t border-slate-300 bg-slate-100">
        <div className="mx-auto max-w-5xl space-y-4 px-4 py-8">
          <p className="max-w-3xl">{site.footerContact ?? t.footer.contactFallback}</p>
          <nav aria-label={t.footer.label}>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {footerNav.map(([path, key]) => (
                <li key={path}>
                  <Link to={localePath(locale, path)} className="link">
                    {t.footer[key]}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}
