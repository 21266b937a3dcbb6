import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PageCardList } from '../components/page-card-list';
import { loadAreaPages } from '../models/page.server';
import { useI18n } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, PageLink, TitledSection } from '../components/page-layout';

export const loader = ({ params }: LoaderFunctionArgs) => loadAreaPages(params, 'young_people');

export const meta = textMeta((t) => t.pages.youngPeople);

export default function YoungPeople() {
  const { pages } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const text = t.pages.youngPeople;

  return (
    <div className="space-y-10">
      <PageIntro heading={text.heading} lead={text.lead}>
        <p className="font-semibold text-slate-900">{text.notYourFault}</p>
      </PageIntro>

      <TitledSection id="unga-sidor-rubrik" heading={text.pagesHeading}>
        <PageCardList pages={pages} basePath="/unga" emptyText={text.noPages} />
      </TitledSection>

      <PageLink to="/stod">{text.supportLink}</PageLink>
    </div>
  );
}
