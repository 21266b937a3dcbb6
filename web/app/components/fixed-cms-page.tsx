// The about and legal pages (/om, /integritet, /dolj-ditt-besok, /tillganglighet): one component,
// thin route files, since the Swedish addresses are fixed.
import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { PageView } from '../models/page';
import { getDictionary, getLocale } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { CmsPage } from './cms-page';

export const fixedPageMeta: MetaFunction<() => Promise<{ view: PageView }>> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  return pageMeta({
    title: data?.view.page.title ?? t.siteName,
    description: data?.view.page.summary,
    location,
    matches,
    type: 'article',
  });
};

export function FixedCmsPage() {
  const { view } = useLoaderData<() => Promise<{ view: PageView }>>();
  return <CmsPage view={view} blocks={view.page.body} showUpdated />;
}
