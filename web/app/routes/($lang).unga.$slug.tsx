import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { CmsPage } from '../components/cms-page';
import { isSlug } from '../models/page';
import { getPage } from '../models/page.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';

/** `?lattlast=1` shows the easy-read (lättläst) version: a plain link, no JavaScript. */
const EASY_READ_PARAM = 'lattlast';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  invariantResponse(isSlug(params.slug), 404);
  const slug = params.slug;
  const view = await withCms(() => getPage(locale, 'young_people', slug));
  invariantResponse(view, 404);
  const wantsEasyRead = new URL(request.url).searchParams.get(EASY_READ_PARAM) === '1';
  const { easyRead, ...rest } = view;
  // Only the text that is shown goes to the page.
  return {
    view: { ...rest, easyRead: null },
    easyRead: easyRead && wantsEasyRead ? easyRead : null,
    easyReadLocale: easyRead?.locale ?? null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  const title = data ? data.view.page.title : t.sidor.unga.metaTitle;
  return pageMeta({
    title: data?.easyRead ? `${title} (${t.sidor.unga.easyReadHeading})` : title,
    description: data?.view.page.summary ?? t.sidor.unga.metaDescription,
    location,
    matches,
    type: 'article',
  });
};

export default function YoungPeoplePage() {
  const { view, easyRead, easyReadLocale } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const text = t.sidor.unga;
  const path = localePath(locale, `/unga/${view.page.slug}`);
  const easyReadInOtherLanguage = easyReadLocale !== null && easyReadLocale !== view.locale;

  const toggle =
    easyReadLocale === null ? null : (
      <p className="print:hidden">
        {easyRead ? (
          <a href={path} className="link inline-flex min-h-11 items-center text-xl font-semibold" lang={locale}>
            {text.standardLink}
          </a>
        ) : (
          <a
            href={`${path}?${EASY_READ_PARAM}=1`}
            className="link inline-flex min-h-11 items-center text-xl font-semibold"
            lang={locale}
          >
            {easyReadInOtherLanguage ? text.easyReadInSwedish : text.easyReadLink}
          </a>
        )}
      </p>
    );

  return (
    <CmsPage
      view={view}
      blocks={easyRead ? easyRead.blocks : view.page.body}
      blocksLocale={easyRead?.locale}
      showSummary={!easyRead}
      notice={easyRead && easyReadInOtherLanguage && !view.fallback ? t.fallback.easyReadNotice : null}
      before={
        <>
          {easyRead ? (
            <p className="inline-block rounded-full bg-teal-800 px-4 py-1 font-semibold text-white" lang={locale}>
              {text.easyReadHeading}
            </p>
          ) : null}
          {toggle}
        </>
      }
      after={
        <p className="print:hidden">
          <Link to={localePath(locale, '/unga')} className="link">
            {text.backLink}
          </Link>
        </p>
      }
    />
  );
}
