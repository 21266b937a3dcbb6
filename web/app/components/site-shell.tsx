import { useLocation, useMatches } from '@remix-run/react';
import { Link, NavLink } from './site-link';
import type { ReactNode } from 'react';
import type { SiteSettings } from '../models/site';
import { LOCALES, localePath, unprefixedPath, type Dictionary, type Locale } from '../utils/i18n';
import { layoutOf } from '../utils/layout-handle';
import { AcuteHelpBand } from './acute-help';
import { HelpAside } from './help-aside';

/** The footer's id: the root layout's head waits for it before the first paint (root.tsx). */
export const SITE_FOOTER_ID = 'site-footer';

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
 * The layout of every page, in tab order: skip link, quick exit, acute help (the compact band; the
 * home page has full cards instead), header with the identity and the menu, the page, the help
 * aside (beside the page from 1024 px), footer. Used by the pages and by the error pages alike.
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
  const layout = layoutOf(useMatches());
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
        <div className="mx-auto flex max-w-7xl items-center justify-end gap-4 px-3 py-1">
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

      {layout.acuteCards ? null : <AcuteHelpBand contacts={site.acuteContacts} t={t} />}

      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Identity locale={locale} t={t} site={site} />
          <nav aria-label={t.nav.label} className="print:hidden">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 sm:gap-x-5 sm:gap-y-2">
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
              <button type="submit" className="button">
                {t.search.button}
              </button>
            </div>
          </form>
        </div>
      </header>

      {layout.acuteCards ? (
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 pt-6 pb-16">
          <div className="max-w-5xl">{children}</div>
        </main>
      ) : (
        <div className="page-columns mx-auto w-full max-w-7xl flex-1 px-4 lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-12">
          <main id="main" tabIndex={-1} className="min-w-0 pt-6 pb-12 lg:pb-16">
            <div className={layout.wide ? undefined : 'max-w-3xl'}>{children}</div>
          </main>
          <div className="pb-12 lg:pt-6">
            <HelpAside contacts={site.acuteContacts} locale={locale} t={t} />
          </div>
        </div>
      )}

      <footer id={SITE_FOOTER_ID} className="border-t border-slate-300 bg-slate-100">
        <div className="mx-auto max-w-7xl space-y-4 px-4 py-8">
          {site.senderName ? <p className="font-semibold text-slate-900">{t.identity.sender(site.senderName)}</p> : null}
          <p className="max-w-3xl">{site.footerContact ?? t.footer.contactFallback}</p>
          <nav aria-label={t.footer.label}>
            <ul className="flex flex-wrap gap-x-6">
              {footerNav.map(([path, key]) => (
                <li key={path}>
                  <Link to={localePath(locale, path)} className="link link-standalone">
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

/**
 * The identity: the editors' logo (with its alternative text) or the neutral wordmark
 * "Stödportalen", and the sender's name beside it when the site settings give one. The logo links
 * home; no third-party asset.
 */
function Identity({ locale, t, site }: { locale: Locale; t: Dictionary; site: SiteSettings }) {
  return (
    <Link to={localePath(locale, '/')} className="identity group flex min-h-11 items-center gap-3 text-slate-900 no-underline">
      {site.logo ? (
        <img
          src={site.logo.src}
          alt={site.logo.alt}
          width={site.logo.width ?? undefined}
          height={site.logo.height ?? undefined}
          className="h-10 w-auto"
        />
      ) : null}
      <span className="flex flex-col leading-tight">
        <span className="text-2xl font-bold text-brand group-hover:underline">{t.siteName}</span>
        {site.senderName ? <span className="text-base text-muted">{site.senderName}</span> : null}
      </span>
    </Link>
  );
}
