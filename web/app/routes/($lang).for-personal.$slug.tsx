import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { Link } from '../components/site-link';
import { CmsPage } from '../components/cms-page';
import { loadAreaPage } from '../models/page.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { cmsPageMeta, pageMeta } from '../utils/meta';

/** Pages meant to be printed and used in the room (the conversation guide): they get a print hint. */
const PRINTABLE_SLUGS: ReadonlySet<string> = new Set(['samtalsstod']);

export async function loader({ params }: LoaderFunctionArgs) {
  const { view, slug } = await loadAreaPage(params, 'staff');
  return { view: { ...view, easyRead: null }, printable: PRINTABLE_SLUGS.has(slug) };
}

export const meta: MetaFunction<typeof loader> = ({ data, location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  if (!data) return pageMeta({ title: t.pages.staff.metaTitle, description: t.pages.staff.metaDescription, location, matches });
  return cmsPageMeta({ view: data.view, title: data.view.page.title, description: data.view.page.summary ?? t.pages.staff.metaDescription, section: 'staff', location, matches });
};

export default function StaffPage() {
  const { view, printable } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const text = t.pages.staff;
  return (
    <CmsPage
      view={view}
      blocks={view.page.body}
      showUpdated
      toc
      before={
        printable ? (
          <p className="rounded-lg bg-slate-100 px-4 py-3 print:hidden" lang={locale}>
            <strong>{text.printLabel}: </strong>
            {text.printHint}
          </p>
        ) : null
      }
      after={
        <p className="print:hidden">
          <Link to={localePath(locale, '/for-personal')} className="link">
            {text.backLink}
          </Link>
        </p>
      }
    />
  );
}
