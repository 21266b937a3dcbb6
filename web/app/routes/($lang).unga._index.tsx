import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { AcuteContactList } from '../components/acute-help';
import { PageCardList } from '../components/page-card-list';
import { listPages } from '../models/page.server';
import { fallbackSiteSettings } from '../models/site';
import type { loader as rootLoader } from '../root';
import { requireLocale, withCms } from '../utils/http.server';
import { getDictionary, getLocale, localePath, useI18n } from '../utils/i18n';
import { pageMeta } from '../utils/meta';
import { Heading } from '../components/heading';

export async function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const pages = await withCms(() => listPages(locale, 'young_people'));
  return { pages };
}

export const meta: MetaFunction<typeof loader> = ({ location, matches }) => {
  const t = getDictionary(getLocale(location.pathname));
  return pageMeta({ title: t.sidor.unga.metaTitle, description: t.sidor.unga.metaDescription, location, matches });
};

export default function YoungPeople() {
  const { pages } = useLoaderData<typeof loader>();
  const { locale, t } = useI18n();
  const site = useRouteLoaderData<typeof rootLoader>('root')?.site ?? fallbackSiteSettings(locale);
  const text = t.sidor.unga;

  return (
    <div className="space-y-10">
      <div className="space-y-4">
        <Heading level={1}>{text.heading}</Heading>
        <p className="text-xl">{text.lead}</p>
        <p className="font-semibold text-slate-900">{text.notYourFault}</p>
      </div>

      <section aria-labelledby="unga-prata-rubrik" className="space-y-4 rounded-xl border-2 border-amber-500 bg-amber-50 p-5">
        <h2 id="unga-prata-rubrik" className="text-2xl font-bold text-slate-900">
          {text.acuteHeading}
        </h2>
        <p>{text.acuteIntro}</p>
        <AcuteContactList contacts={site.acuteContacts} size="large" />
      </section>

      <section aria-labelledby="unga-sidor-rubrik" className="space-y-4">
        <h2 id="unga-sidor-rubrik" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {text.pagesHeading}
        </h2>
        <PageCardList pages={pages} basePath="/unga" emptyText={text.noPages} />
      </section>

      <p>
        <Link to={localePath(locale, '/stod')} className="link font-semibold">
          {text.supportLink}
        </Link>
      </p>
    </div>
  );
}
