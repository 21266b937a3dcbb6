import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { FallbackBadge, contentLangProps } from '../components/fallback-notice';
import type { SearchHit, SearchResults, TextSegment } from '../models/search';
import { SEARCH_MAX_LENGTH } from '../models/search';
import { normalizeQuery, searchSite } from '../models/search.server';
import { requireLocale, withCms } from '../utils/http.server';
import { formatDate, getDictionary, getLocale, localePath, useI18n, type Dictionary } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

/** A GET form (works without JavaScript): `/sok?q=…`. An empty query shows just the form. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const { query, truncated } = normalizeQuery(new URL(request.url).searchParams.get('q'));
  if (query === '') return { query, truncated, results: null };
  const results: SearchResults = await withCms(() => searchSite(locale, query));
  return { query, truncated, results };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  const title = data?.query ? t.pages.search.resultsHeading(data.query) : t.pages.search.metaTitle;
  // Search pages are not for search engines (and may say what someone looked for).
  return pageMeta({ title, description: t.pages.search.metaDescription, location, matches, noindex: true });
};

export default function Search() {
  const { query, truncated, results } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const text = t.pages.search;
  return (
    <div className="space-y-8">
      <Heading level={1} className="break-words">
        {query ? text.resultsHeading(query) : text.heading}
      </Heading>

      <form method="get" action={localePath(locale, '/sok')} className="space-y-2">
        <label htmlFor="sok-fraga" className="block text-xl font-semibold text-slate-900">
          {text.label}
        </label>
        <p id="sok-tips" className="text-slate-700">
          {text.hint}
        </p>
        <div className="flex flex-wrap gap-2">
          <input
            id="sok-fraga"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={SEARCH_MAX_LENGTH}
            aria-describedby="sok-tips"
            className="min-h-12 w-full min-w-0 flex-1 rounded-lg border-2 border-slate-600 px-3 py-2 text-lg sm:w-auto"
          />
          <button
            type="submit"
            className="min-h-12 rounded-lg bg-teal-800 px-6 text-lg font-semibold text-white hover:bg-teal-900"
          >
            {text.button}
          </button>
        </div>
      </form>

      {truncated ? <p className="font-semibold">{text.truncated}</p> : null}

      {results === null ? null : results.total === 0 ? (
        <NoResults query={query} suggestions={results.suggestions} />
      ) : (
        <section aria-labelledby="sok-traffar" className="space-y-4">
          <h2 id="sok-traffar" className="text-xl font-semibold text-slate-900">
            {text.total(results.total)}
          </h2>
          <ol className="space-y-5">
            {results.hits.map((hit) => (
              <ResultItem key={hit.id} hit={hit} t={t} />
            ))}
          </ol>
          {results.total > results.hits.length ? <p className="text-slate-700">{text.more}</p> : null}
        </section>
      )}
    </div>
  );
}

function ResultItem({ hit, t }: { hit: SearchHit; t: Dictionary }) {
  const { locale } = useI18n();
  const text = t.pages.search;
  return (
    <li className={hit.bestBet ? 'rounded-lg border-2 border-teal-700 bg-teal-50 p-4' : 'border-s-4 border-slate-300 ps-4'}>
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">
        {hit.bestBet ? `${text.bestBet} · ` : ''}
        {text.groups[hit.kind]}
      </p>
      <h3 className="text-xl leading-snug font-bold" {...contentLangProps(hit.locale, locale)}>
        <Link to={localePath(locale, hit.path)} className="link">
          <Segments segments={hit.title} />
        </Link>
      </h3>
      {hit.date ? <p className="text-slate-700">{formatDate(hit.date, locale)}</p> : null}
      {hit.excerpt.length > 0 ? (
        <p className="mt-1 break-words" {...contentLangProps(hit.locale, locale)}>
          <Segments segments={hit.excerpt} />
        </p>
      ) : null}
      {hit.fallback ? <FallbackBadge className="mt-2" /> : null}
    </li>
  );
}

function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

function NoResults({ query, suggestions }: { query: string; suggestions: readonly string[] }) {
  const { locale, t } = useI18n();
  const text = t.pages.search;
  const links = [
    ['/stod', text.noResultsLinks.support],
    ['/unga', text.noResultsLinks.young],
    ['/handlingsplan', text.noResultsLinks.plan],
    ['/begrepp', text.noResultsLinks.glossary],
  ] as const;
  return (
    <div className="space-y-8">
      <section aria-labelledby="sok-inget-rubrik" className="space-y-3">
        <h2 id="sok-inget-rubrik" className="text-2xl font-bold break-words text-slate-900">
          {text.noResultsHeading(query)}
        </h2>
        {suggestions.length > 0 ? (
          <p>
            {text.didYouMean}{' '}
            {suggestions.map((suggestion, index) => (
              <span key={suggestion}>
                {index > 0 ? ', ' : null}
                <Link to={`${localePath(locale, '/sok')}?q=${encodeURIComponent(suggestion)}`} className="link font-semibold">
                  {suggestion}
                </Link>
              </span>
            ))}
            ?
          </p>
        ) : null}
        <p>{text.noResultsTip}</p>
      </section>
      <section aria-labelledby="sok-leta-rubrik" className="space-y-3">
        <h2 id="sok-leta-rubrik" className="text-2xl font-bold text-slate-900">
          {text.noResultsLinksHeading}
        </h2>
        <ul className="list-disc space-y-2 ps-7">
          {links.map(([path, label]) => (
            <li key={path}>
              <Link to={localePath(locale, path)} className="link">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
