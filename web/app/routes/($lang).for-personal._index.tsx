import type { LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { PageCardList } from '../components/page-card-list';
import { loadAreaPages } from '../models/page.server';
import { useI18n } from '../utils/i18n';
import { textMeta } from '../utils/meta';
import { PageIntro, PageLink, TitledSection } from '../components/page-layout';

export const loader = ({ params }: LoaderFunctionArgs) => loadAreaPages(params, 'staff');

export const meta = textMeta((t) => t.pages.staff);

export default function ForStaff() {
  const { pages } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const text = t.pages.staff;

  return (
    <div className="space-y-10">
      <PageIntro heading={text.heading} lead={text.lead} />

      <TitledSection id="personal-sidor-rubrik" heading={text.pagesHeading}>
        <PageCardList pages={pages} basePath="/for-personal" emptyText={text.noPages} />
      </TitledSection>

      <TitledSection id="personal-plan-rubrik" heading={text.planHeading} className="space-y-3 rounded-xl bg-slate-50 p-5">
        <p>{text.planText}</p>
        <PageLink to="/handlingsplan">{text.planLink}</PageLink>
      </TitledSection>

      <PageLink to="/stod">{text.supportLink}</PageLink>
    </div>
  );
}
