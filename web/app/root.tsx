import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import type { ReactNode } from 'react';
import { SITE_FOOTER_ID, SiteShell } from './components/site-shell';
import { HydrationContext } from './components/site-link';
import { StaleNotice } from './components/stale-notice';
import { fallbackSiteSettings } from './models/site';
import { getSiteSettings } from './models/site.server';
import { logCmsError } from './utils/http.server';
import { wantsHydration } from './utils/hydration';
import { publicOrigin } from './utils/env.server';
import { getDictionary, getLocale, localePath, textDirection, titleWith, useI18n, type Dictionary, type Locale } from './utils/i18n';
import stylesheet from './tailwind.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  // On paper only (not render-blocking on screen): internal links with the site's address (routes/print[.]css.ts).
  { rel: 'stylesheet', href: '/print.css', media: 'print' },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

/**
 * Site settings for the layout. The layout must render even when the CMS is down, so any failure
 * gives the acute numbers compiled into the build instead of an error.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  // A request the server refused before it reached a route (server/request-guard.ts): its short
  // error page, with the layout and the acute numbers compiled into the build.
  if (context.refusal) throw new Response(null, { status: context.refusal.status });
  const locale = getLocale(new URL(request.url).pathname);
  const origin = publicOrigin();
  try {
    return { locale, origin, site: await getSiteSettings(locale) };
  } catch (error) {
    logCmsError(error);
    return { locale, origin, site: fallbackSiteSettings(locale) };
  }
}

/** Error pages pass on Retry-After from a thrown 503 (and nothing else, never a cookie). */
export const headers: HeadersFunction = ({ errorHeaders }) => {
  const headers = new Headers();
  const retryAfter = errorHeaders?.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
};

/** Used for the error pages; every route has its own meta. */
export const meta: MetaFunction = ({ error, location }) => {
  const t = getDictionary(getLocale(location.pathname));
  let title = t.siteName;
  if (error) {
    const status = isRouteErrorResponse(error) ? error.status : 500;
    title = titleWith(t, errorTexts(t, status).title);
  }
  return [{ title }, { name: 'description', content: t.defaultDescription }];
};

export function Layout({ children }: { children: ReactNode }) {
  const { locale, t } = useI18n();
  const data = useRouteLoaderData<typeof loader>('root');
  const site = data?.site ?? fallbackSiteSettings(locale);
  const hydrate = useMatches().some((match) => wantsHydration(match.handle));
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
        {/* Nothing is painted before the footer is parsed: on a slow device Chromium painted a page
            half parsed, and the header and text then moved (a layout shift in about 1 load of 15). */}
        <link rel="expect" href={`#${SITE_FOOTER_ID}`} blocking="render" />
        {/* hreflang alternates come with each page's meta (utils/meta.ts): only where a translation exists. */}
        {/* The editors' primary colour (routes/tema[.]css.ts): a stylesheet, since the CSP allows no inline style. */}
        {site.primaryColor ? <link rel="stylesheet" href={`/tema.css?v=${site.primaryColor.slice(1)}`} /> : null}
        {/* The only script; the CSP allows scripts from this origin only (server/security-headers.ts). */}
        <script src="/quick-exit.js" defer />
      </head>
      <body className="flex min-h-screen flex-col bg-white text-lg leading-relaxed text-slate-800">
        <HydrationContext.Provider value={hydrate}>
          <SiteShell locale={locale} t={t} site={site}>
            <StaleNotice />
            {children}
          </SiteShell>
        </HydrationContext.Provider>
        {hydrate ? (
          <>
            <ScrollRestoration />
            <Scripts />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const { locale, t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;

  if (status === 404) {
    return (
      <ErrorMessage title={t.errors.notFound.title}>
        <p>{t.errors.notFound.text}</p>
        <HomeLink locale={locale}>{t.errors.notFound.homeLink}</HomeLink>
      </ErrorMessage>
    );
  }
  if (status === 503) {
    return (
      <ErrorMessage title={t.errors.unavailable.title}>
        <p>{t.errors.unavailable.text}</p>
        <p className="rounded-lg border-l-8 border-amber-500 bg-amber-50 p-4 font-semibold text-slate-900">
          {t.errors.unavailable.acuteStillWorks}
        </p>
      </ErrorMessage>
    );
  }
  const texts = errorTexts(t, status);
  return (
    <ErrorMessage title={texts.title}>
      <p>{texts.text}</p>
      <HomeLink locale={locale}>{t.errors.generic.homeLink}</HomeLink>
    </ErrorMessage>
  );
}

/** Title and text of an error page by status: the refused requests have their own, else generic. */
function errorTexts(t: Dictionary, status: number): { title: string; text: string } {
  if (status === 404) return t.errors.notFound;
  if (status === 503) return t.errors.unavailable;
  if (status === 400 || status === 403 || status === 405 || status === 413 || status === 415) return t.errors.refused[status];
  return t.errors.generic;
}

/** A plain link (a full page load) to the start page, out of a broken page. */
function HomeLink({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <p>
      <a href={localePath(locale, '/')} className="link">
        {children}
      </a>
    </p>
  );
}

function ErrorMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">{title}</h1>
      {children}
    </div>
  );
}
