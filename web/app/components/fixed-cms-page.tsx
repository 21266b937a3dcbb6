// The about and legal pages (/om, /integritet, /dolj-ditt-besok, /tillganglighet): one component,
// thin route files, since the Swedish addresses are fixed.
import type { MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { PageView } from '../models/page';
import { getDictionary, getLocale } from '../utils/i18n';
import { cmsPageMeta, pageMeta } from '../utils/meta';
import { CmsPage } from './cms-page';

export const fixedPageMeta: MetaFunction<() => Promise<{ view: PageView }>> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  if (!data) return pageMeta({ title: t.siteName, location, matches, type: 'article' });
  return cmsPageMeta({ view: data.view, title: data.view.page.title, description: data.view.page.summary, section: null, location, matches });
};

export function FixedCmsPage() {
  const { view } = useLoaderData<() => Promise<{ view: PageView }>>();
  return <CmsPage view={view} blocks={view.page.body} showUpdated />;
}
