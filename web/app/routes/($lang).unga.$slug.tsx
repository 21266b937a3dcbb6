import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { EasyReadCmsPage, splitEasyRead } from '../components/easy-read-page';
import { loadAreaPage } from '../models/page.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { cmsPageMeta, pageMeta } from '../utils/meta';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { view } = await loadAreaPage(params, 'young_people');
  // The easy-read text first: the full text may open with a long quote (issue 17).
  return splitEasyRead(view, request, { leadWithEasyRead: true });
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  const title = data ? data.view.page.title : t.pages.youngPeople.metaTitle;
  const description = data?.view.page.summary ?? t.pages.youngPeople.metaDescription;
  if (!data) return pageMeta({ title, description, location, matches });
  return cmsPageMeta({
    view: data.view,
    title: data.easyRead ? `${title} (${t.pages.youngPeople.easyReadHeading})` : title,
    description,
    section: 'young',
    location,
    matches,
  });
};

export default function YoungPeoplePage() {
  const { view, easyRead, easyReadLocale, easyReadLead } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  return (
    <EasyReadCmsPage
      view={view}
      easyRead={easyRead}
      easyReadLocale={easyReadLocale}
      easyReadLead={easyReadLead}
      path={localePath(locale, `/unga/${view.page.slug}`)}
      after={
        <p className="print:hidden">
          <Link to={localePath(locale, '/unga')} className="link">
            {t.pages.youngPeople.backLink}
          </Link>
        </p>
      }
    />
  );
}
