import { json, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { BlocksRenderer } from '../components/blocks-renderer';
import { EventTime } from '../components/event-list';
import { ResponsiveImg } from '../components/responsive-image';
import { checkPreviewToken, getPreview } from '../models/preview.server';
import type { PreviewProblem } from '../models/preview';
import { formatEventTime } from '../utils/date-time';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { formatDate, getDictionary, getLocale, textDirection, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { toSafeUrl } from '../utils/safe-url';
import { Heading } from '../components/heading';

// The draft preview the CMS admin frames (cms/src/preview.ts): /forhandsvisning?token=<JWT>, a
// token signed with PREVIEW_SECRET for one document and locale, valid for minutes. An expired,
// forged or missing token gets a page that says so (403), never the draft. Never indexed, never cached.

export async function loader({ params, request }: LoaderFunctionArgs) {
  requireLocale(params);
  const token = new URL(request.url).searchParams.get('token');
  const check = await checkPreviewToken(token);
  if (!check.ok || !token) {
    const problem: PreviewProblem = !token ? 'missing' : check.ok ? 'invalid' : check.reason;
    return json({ content: null, problem }, { status: 403 });
  }
  const content = await withCms(() => getPreview(check.claims, token));
  invariantResponse(content, 404);
  return json({ content, problem: null });
}

export const headers: HeadersFunction = ({ errorHeaders }) => {
  const headers = new Headers({ 'X-Robots-Tag': 'noindex, nofollow', 'Cache-Control': 'no-store' });
  const retryAfter = errorHeaders?.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
};

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname)).preview;
  const title = data?.content ? `${t.metaTitle}: ${data.content.title}` : data?.problem ? t.problems[data.problem].title : t.metaTitle;
  return pageMeta({ title, location, matches, noindex: true });
};

export default function DraftPreview() {
  const data = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const p = t.preview;
  // Tells the admin's frame watcher (cms/src/admin/preview-frame.ts) that the page loaded and how.
  const state = data.content ? 'ok' : (data.problem ?? 'invalid');
  if (!data.content) {
    const problem = p.problems[data.problem ?? 'invalid'];
    return (
      <div className="space-y-4" data-preview-state={state}>
        <Heading level={1}>{problem.title}</Heading>
        <p>{problem.text}</p>
        <p>{p.howToOpen}</p>
        <script src="/preview-state.js" defer />
      </div>
    );
  }
  const { content } = data;
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
    <div className="space-y-8" data-preview-state={state}>
      <div role="note" className="rounded-lg border-4 border-amber-500 bg-amber-50 p-4 text-slate-900">
        <p className="text-xl font-bold">{p.banner}</p>
        <p>{p.bannerText}</p>
      </div>
      <article lang={content.locale} dir={textDirection(content.locale)} className="space-y-6">
        <p className="font-semibold text-slate-700">{p.types[content.type]}</p>
        <Heading level={1}>{content.title}</Heading>
        {content.lede ? <p className="text-xl">{content.lede}</p> : null}
        {content.image ? <ResponsiveImg image={content.image} priority className="rounded-lg" /> : null}
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
        {content.type === 'campaign' ? (
          <section aria-labelledby="forhandsvisning-evenemang" className="space-y-3">
            <Heading level={2} id="forhandsvisning-evenemang">
              {t.calendar.campaigns.eventsHeading}
            </Heading>
            {content.events.length === 0 ? <p>{p.noEvents}</p> : null}
            <ul className="space-y-3">
              {content.events.map((event) => (
                <li key={`${event.title}-${event.startsAt}`} className="rounded-lg border border-slate-300 p-3">
                  <p className="font-bold">{event.title}</p>
                  {/* A draft event may have no start yet: the preview shows it without a time. */}
                  {event.startsAt ? (
                    <p>
                      <EventTime startsAt={event.startsAt} endsAt={event.endsAt} />
                    </p>
                  ) : null}
                  {event.published ? null : <p className="mt-1 font-semibold text-amber-900">{p.eventNotPublished}</p>}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <script src="/preview-state.js" defer />
    </div>
  );
}
