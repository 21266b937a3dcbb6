// A CMS page with an easy-read (lättläst) version behind `?lattlast=1`: a plain link, no
// JavaScript. Used by the young people's pages and by /dolj-ditt-besok.
import type { ReactNode } from 'react';
import type { EasyRead, PageView } from '../models/page';
import { useI18n, type Locale } from '../utils/i18n';
import { BlocksRenderer } from './blocks-renderer';
import { CmsPage } from './cms-page';

export const EASY_READ_PARAM = 'lattlast';

/**
 * Only the text that is shown goes to the page. With `leadWithEasyRead` (the young people's pages)
 * the easy-read text in the page's own language also comes with the standard view, to be shown first.
 */
export function splitEasyRead(
  view: PageView,
  request: Request,
  { leadWithEasyRead = false }: { leadWithEasyRead?: boolean } = {},
): { view: PageView; easyRead: EasyRead | null; easyReadLocale: Locale | null; easyReadLead: EasyRead | null } {
  const wantsEasyRead = new URL(request.url).searchParams.get(EASY_READ_PARAM) === '1';
  const { easyRead, ...rest } = view;
  const lead = leadWithEasyRead && !wantsEasyRead && easyRead && easyRead.locale === view.locale ? easyRead : null;
  return {
    view: { ...rest, easyRead: null },
    easyRead: easyRead && wantsEasyRead ? easyRead : null,
    easyReadLocale: easyRead?.locale ?? null,
    easyReadLead: lead,
  };
}

export function EasyReadCmsPage({
  view,
  easyRead,
  easyReadLocale,
  easyReadLead = null,
  path,
  after,
  showUpdated,
}: {
  view: PageView;
  easyRead: EasyRead | null;
  easyReadLocale: Locale | null;
  /** The easy-read text shown first, above the standard text (splitEasyRead's `easyReadLead`). */
  easyReadLead?: EasyRead | null;
  /** The page's own address in the visitor's language. */
  path: string;
  after?: ReactNode;
  showUpdated?: boolean;
}) {
  const { locale, t } = useI18n();
  const text = t.pages.youngPeople;
  const easyReadInOtherLanguage = easyReadLocale !== null && easyReadLocale !== view.locale;
  const toggle =
    easyReadLocale === null ? null : (
      <p className="print:hidden">
        {easyRead ? (
          <a href={path} className="link inline-flex min-h-11 items-center text-xl font-semibold" lang={locale}>
            {text.standardLink}
          </a>
        ) : (
          <a href={`${path}?${EASY_READ_PARAM}=1`} className="link inline-flex min-h-11 items-center text-xl font-semibold" lang={locale}>
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
      showUpdated={showUpdated}
      notice={easyRead && easyReadInOtherLanguage && !view.fallback ? t.fallback.easyReadNotice : null}
      before={
        <>
          {easyRead ? (
            <p className="inline-block rounded-full bg-teal-800 px-4 py-1 font-semibold text-white" lang={locale}>
              {text.easyReadHeading}
            </p>
          ) : null}
          {easyReadLead ? (
            <section aria-labelledby="lattlast-forst-rubrik" className="space-y-3 rounded-xl border-2 border-brand bg-surface p-5">
              <h2 id="lattlast-forst-rubrik" className="text-step-2 leading-tight font-bold text-slate-900">
                {text.easyReadFirstHeading}
              </h2>
              <BlocksRenderer blocks={easyReadLead.blocks} headingBase={3} />
            </section>
          ) : null}
          {toggle}
        </>
      }
      after={after}
    />
  );
}
