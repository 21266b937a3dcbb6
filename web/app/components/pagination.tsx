// Previous/next links between pages of a list, keeping the rest of the query string. Plain links:
// they work without JavaScript.
import { Link } from './site-link';
import { useI18n } from '../utils/i18n';

/** The same path and query with `param` set to `page` (left out for page 1). */
export function pageHref(path: string, search: string, page: number, param = 'sida'): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete(param);
  else params.set(param, String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

export function Pagination({
  path,
  search,
  page,
  pageCount,
}: {
  path: string;
  search: string;
  page: number;
  pageCount: number;
}) {
  const { t } = useI18n();
  const p = t.calendar.pagination;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={p.label} className="flex flex-wrap items-center gap-x-6 gap-y-2 pt-4">
      {page > 1 ? (
        <Link to={pageHref(path, search, Math.min(page - 1, pageCount))} rel="prev" className="link font-semibold">
          {p.previous}
        </Link>
      ) : null}
      <p>{p.status.replace('{page}', String(page)).replace('{pageCount}', String(pageCount))}</p>
      {page < pageCount ? (
        <Link to={pageHref(path, search, page + 1)} rel="next" className="link font-semibold">
          {p.next}
        </Link>
      ) : null}
    </nav>
  );
}
