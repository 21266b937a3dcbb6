import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { PageCardList } from '../components/page-card-list';
import { listPages } from '../models/page.server';
import { requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const pages = await withCms(() => listPages(locale, 'staff'));
  return { pages };
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  return pageMeta({ title: t.sidor.staff.metaTitle, description: t.sidor.staff.metaDescription, location, matches });
};

export default function ForStaff() {
  const { pages } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const text = t.sidor.staff;

  return (
    <div className="space-y-10">
      <div className="space-y-4">
        <Heading level={1}>{text.heading}</Heading>
        <p className="text-xl">{text.lead}</p>
      </div>

      <section aria-labelledby="personal-sidor-rubrik" className="space-y-4">
        <h2 id="personal-sidor-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {text.pagesHeading}
        </h2>
        <PageCardList pages={pages} basePath="/for-personal" emptyText={text.noPages} />
      </section>

      <section aria-labelledby="personal-plan-rubrik" className="space-y-3 rounded-xl bg-slate-50 p-5">
        <h2 id="personal-plan-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {text.planHeading}
        </h2>
        <p>{text.planText}</p>
        <p>
          <Link to={localePath(locale, '/handlingsplan')} className="link font-semibold">
            {text.planLink}
          </Link>
        </p>
      </section>

      <p>
        <Link to={localePath(locale, '/stod')} className="link font-semibold">
          {text.supportLink}
        </Link>
      </p>
    </div>
  );
}
