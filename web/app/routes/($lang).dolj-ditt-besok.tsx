import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EasyReadCmsPage, splitEasyRead } from '../components/easy-read-page';
import { getPage } from '../models/page.server';
import { invariantResponse, requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';

/** /dolj-ditt-besok: the CMS page "dolj-ditt-besok" (legal), with its easy-read version. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const view = await withCms(() => getPage(locale, 'legal', 'dolj-ditt-besok'));
  invariantResponse(view, 404);
  return splitEasyRead(view, request);
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  const title = data?.view.page.title ?? t.siteName;
  return pageMeta({
    title: data?.easyRead ? `${title} (${t.pages.youngPeople.easyReadHeading})` : title,
    description: data?.view.page.summary,
    location,
    matches,
    type: 'article',
  });
};

export default function HideYourVisitPage() {
  const { view, easyRead, easyReadLocale } = useLoaderData<typeof loader>();
  const { locale } = useI18n();
  return <EasyReadCmsPage view={view} easyRead={easyRead} easyReadLocale={easyReadLocale} path={localePath(locale, '/dolj-ditt-besok')} showUpdated />;
}
