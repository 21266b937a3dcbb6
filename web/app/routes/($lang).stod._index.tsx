import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { FallbackBadge, FallbackNotice, contentLangProps } from '../components/fallback-notice';
import { ChannelValue, LevelBadge, OpenStatusText } from '../components/support-contact';
import type { SupportDirectory, SupportResourceSummary } from '../models/support';
import {
  AUDIENCE_VALUES,
  CHANNEL_VALUES,
  LEVEL_VALUES,
  PARAMS,
  SCOPE_VALUES,
  hasFilters,
  parsePage,
  parseSupportFilters,
  supportSearch,
  type SupportFilters,
} from '../models/support-filters';
import { getSupportDirectory } from '../models/support.server';
import { requireLocale, withCms } from '../utils/http.server';
import { localePath, useI18n, type Dictionary, type Locale } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, TitledSection } from '../components/page-layout';
import type { LayoutHandle } from '../utils/layout-handle';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const search = new URL(request.url).searchParams;
  const filters = parseSupportFilters(search);
  const directory = await withCms(() => getSupportDirectory(locale, filters, parsePage(search), new Date()));
  return { filters, directory };
}


/** A listing: more per screen at 1280 px (two columns beside the help aside). */
export const handle: LayoutHandle = { wide: true };

export const meta = textMeta((t) => t.support);

export default function SupportDirectoryPage() {
  const { filters, directory } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const base = localePath(locale, '/stod');
  const filtered = hasFilters(filters);
  const someInSwedish = directory.resources.some((resource) => resource.contentLocale !== locale);

  return (
    <div className="space-y-8">
      <PageIntro as="header" heading={t.support.heading} lead={t.support.lead} />

      <FilterForm action={base} filters={filters} t={t} />

      <TitledSection id="resultat-rubrik" heading={t.support.results.heading}>
        <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
          <p className="font-semibold text-slate-900">{t.support.results.count(directory.total)}</p>
          {filtered ? (
            <a href={base} className="link">
              {t.support.filters.clear}
            </a>
          ) : null}
        </div>
        {someInSwedish ? <FallbackNotice message={t.support.results.someInSwedish} /> : null}
        {directory.total === 0 ? <p>{t.support.results.none}</p> : null}
        <ul className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          {directory.resources.map((resource) => (
            <ResourceItem key={resource.id} resource={resource} locale={locale} t={t} />
          ))}
        </ul>
        <Pagination base={base} filters={filters} directory={directory} t={t} />
      </TitledSection>
    </div>
  );
}

function Checkbox({
  name,
  value,
  checked,
  label,
  hint,
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  hint?: string;
}) {
  const id = `filter-${name}-${value}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-6 shrink-0 accent-teal-800"
      />
      <div>
        <label htmlFor={id} className="font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-slate-700">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

type FilterOption = { name: string; value: string; checked: boolean; label: string; hint?: string };

/** One filter's checkboxes: URL parameter `name`, one box a value of `values` (URL value → value). */
function filterOptions<V extends string>(
  name: string,
  values: Record<string, V>,
  chosen: readonly V[],
  label: (value: V) => string,
  hint?: (value: V) => string,
): FilterOption[] {
  return Object.entries(values).map(([param, value]) => ({ name, value: param, checked: chosen.includes(value), label: label(value), hint: hint?.(value) }));
}

function Group({ legend, options }: { legend: string; options: FilterOption[] }) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-xl font-bold text-slate-900">{legend}</legend>
      {options.map((option) => (
        <Checkbox key={`${option.name}-${option.value}`} {...option} />
      ))}
    </fieldset>
  );
}

/**
 * A GET form: the choices end up in the URL (Swedish parameter names in every locale), so it
 * works without JavaScript and a filtered list can be bookmarked or shared.
 */
function FilterForm({ action, filters, t }: { action: string; filters: SupportFilters; t: Dictionary }) {
  const chosen =
    filters.audiences.length + filters.levels.length + filters.scopes.length + filters.channels.length + (filters.anonymous ? 1 : 0);
  const s = t.support;
  const groups = [
    { legend: s.filters.level, options: filterOptions(PARAMS.level, LEVEL_VALUES, filters.levels, (level) => s.levels[level], (level) => s.levelExplanations[level]) },
    { legend: s.filters.audience, options: filterOptions(PARAMS.audience, AUDIENCE_VALUES, filters.audiences, (audience) => s.audiences[audience]) },
    {
      legend: s.filters.channel,
      options: [
        ...filterOptions(PARAMS.channel, CHANNEL_VALUES, filters.channels, (kind) => s.channelKinds[kind]),
        { name: PARAMS.anonymous, value: 'ja', checked: filters.anonymous, label: s.filters.anonymous },
      ],
    },
    { legend: s.filters.scope, options: filterOptions(PARAMS.scope, SCOPE_VALUES, filters.scopes, (scope) => s.scopes[scope]) },
  ];
  return (
    <details open={chosen > 0} className="rounded-xl border-2 border-slate-300 bg-slate-50">
      <summary className="cursor-pointer rounded-xl px-5 py-4 text-xl font-bold text-slate-900">
        {t.support.filters.heading}
        {chosen > 0 ? ` (${chosen})` : ''}
      </summary>
      <form method="get" action={action} className="space-y-8 px-5 pb-5">
        {groups.map((group) => (
          <Group key={group.legend} {...group} />
        ))}
        <button
          type="submit"
          className="min-h-12 rounded-lg bg-teal-800 px-6 text-lg font-semibold text-white hover:bg-teal-900"
        >
          {t.support.filters.submit}
        </button>
      </form>
    </details>
  );
}

function ResourceItem({ resource, locale, t }: { resource: SupportResourceSummary; locale: Locale; t: Dictionary }) {
  const direct = resource.channels.filter((channel) => (channel.kind === 'phone' || channel.kind === 'sms') && channel.href);
  const lang = contentLangProps(resource.contentLocale, locale);
  return (
    <li className="space-y-3 rounded-xl border border-slate-300 p-5">
      <div className="flex flex-wrap items-center gap-3">
        <LevelBadge level={resource.level} t={t} />
        {resource.contentLocale !== locale ? <FallbackBadge /> : null}
      </div>
      <h3 className="text-xl font-bold text-slate-900 sm:text-2xl" {...lang}>
        <a href={localePath(locale, `/stod/${encodeURIComponent(resource.slug)}`)} className="link">
          {resource.name}
        </a>
      </h3>
      {resource.summary ? <p {...lang}>{resource.summary}</p> : null}
      {direct.length > 0 ? (
        <ul className="space-y-2">
          {direct.map((channel, index) => (
            <li key={index} className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
              <ChannelValue channel={channel} t={t} />
              <OpenStatusText channel={channel} t={t} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Pagination({
  base,
  filters,
  directory,
  t,
}: {
  base: string;
  filters: SupportFilters;
  directory: SupportDirectory;
  t: Dictionary;
}) {
  if (directory.pageCount <= 1) return null;
  const { page, pageCount } = directory;
  return (
    <nav aria-label={t.support.pagination.label} className="flex flex-wrap items-center gap-x-6 gap-y-2 pt-4">
      {page > 1 ? (
        <a href={`${base}${supportSearch(filters, page - 1)}`} rel="prev" className="link">
          {t.support.pagination.previous}
        </a>
      ) : null}
      <p>{t.support.pagination.page(page, pageCount)}</p>
      {page < pageCount ? (
        <a href={`${base}${supportSearch(filters, page + 1)}`} rel="next" className="link">
          {t.support.pagination.next}
        </a>
      ) : null}
    </nav>
  );
}
