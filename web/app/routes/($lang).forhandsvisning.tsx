import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { BlocksRenderer } from '../components/blocks-renderer';
import { getPreview, isPreviewSecret, previewType } from '../models/preview.server';
import { formatEventTime } from '../utils/date-time';
import { invariantResponse, notFound, requireLocale, withCms } from '../utils/http.server';
import { formatDate, getDictionary, getLocale, textDirection, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { toSafeUrl } from '../utils/safe-url';
import { Heading } from '../components/heading';

// The draft preview the CMS admin opens (config/admin.ts there):
// /forhandsvisning?type=event&id=<documentId>&locale=sv&secret=<PREVIEW_SECRET>. Without the right
// secret it is a 404, like any unknown page. Never indexed, never cached.

export async function loader({ params, request }: LoaderFunctionArgs) {
  requireLocale(params);
  const search = new URL(request.url).searchParams;
  if (!isPreviewSecret(search.get('secret'))) throw notFound();
  const type = previewType(search.get('type'));
  const id = search.get('id') ?? '';
  const contentLocale = search.get('locale') ?? 'sv';
  if (!type || !/^[a-z0-9]{1,64}$/.test(id) || !/^[a-z]{2}(-[A-Z]{2})?$/.test(contentLocale)) throw notFound();
  const content = await withCms(() => getPreview(type, id, contentLocale));
  invariantResponse(content, 404);
  return { content };
}

export const headers: HeadersFunction = ({ errorHeaders }) => {
  const headers = new Headers({ 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' });
  const retryAfter = errorHeaders?.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
};

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).preview;
  return pageMeta({ title: data ? `${t.metaTitle}: ${data.content.title}` : t.metaTitle, location, matches, noindex: true });
};

export default function DraftPreview() {
  const { content } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const p = t.preview;
  const registration = content.event?.registrationUrl ? toSafeUrl(content.event.registrationUrl) : null;
  const online = content.event?.onlineUrl ? toSafeUrl(content.event.onlineUrl) : null;
  const rows: [string, string | JSX.Element][] = [];
  if (content.event) {
    rows.push([p.when, formatEventTime(content.event.startsAt, content.event.endsAt, locale, t.calendar.time)]);
    if (content.event.place) rows.push([p.place, content.event.place]);
    if (online) rows.push([p.online, <a href={online.href} className="link break-all">{online.href}</a>]);
    if (content.event.organiser) rows.push([p.organiser, content.event.organiser]);
    if (registration) rows.push([p.registration, <a href={registration.href} className="link break-all">{registration.href}</a>]);
  }
  if (content.period) {
    const { startsOn, endsOn } = content.period;
    rows.push([p.period, endsOn ? `${formatDate(startsOn, locale)} – ${formatDate(endsOn, locale)}` : formatDate(startsOn, locale)]);
  }
  return (
    <div className="space-y-8">
      <div role="note" className="rounded-lg border-4 border-amber-500 bg-amber-50 p-4 text-slate-900">
        <p className="text-xl font-bold">{p.banner}</p>
        <p>{p.bannerText}</p>
      </div>
      <article lang={content.locale} dir={textDirection(content.locale)} className="space-y-6">
        <p className="font-semibold text-slate-700">{p.types[content.type]}</p>
        <Heading level={1}>{content.title}</Heading>
        {content.lede ? <p className="text-xl">{content.lede}</p> : null}
        {rows.length > 0 ? (
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(0,10rem)_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="sm:contents">
                <dt className="font-bold text-slate-900">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <BlocksRenderer blocks={content.body} headingBase={2} />
      </article>
    </div>
  );
}
