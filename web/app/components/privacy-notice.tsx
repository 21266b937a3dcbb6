// The privacy notice's sections on /integritet (GDPR article 13), after the CMS page's own text.
// What editors have not filled in is said plainly, never invented.
import type { ReactNode } from 'react';
import { storedReportFieldsByCategory, storedTipFieldsByCategory, type PrivacyNoticeView } from '../models/privacy-notice';
import { useI18n } from '../utils/i18n';
import { TitledSection } from './page-layout';

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <TitledSection id={id} heading={heading} small className="space-y-3">
      {children}
    </TitledSection>
  );
}

/** A section that is one sentence and the CMS detail it introduces. */
function DetailSection({ id, heading, intro, value }: { id: string; heading: string; intro: string; value: string | null }) {
  return (
    <Section id={id} heading={heading}>
      <p>{intro}</p>
      <Detail value={value} />
    </Section>
  );
}

/** A CMS detail as written (line breaks kept), or "not yet published". */
function Detail({ value }: { value: string | null }) {
  const { t } = useI18n();
  if (!value) return <p className="font-bold">{t.privacy.notPublished}</p>;
  return <p className="whitespace-pre-line">{value}</p>;
}

function BulletList({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-2 ps-7">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** What a form stores, by category: one heading and list per category, each item marked with its field's name. */
function StoredFields<C extends string, F extends string>({
  groups,
  categories,
  fields,
  attribute,
}: {
  groups: { category: C; fields: F[] }[];
  categories: Record<C, string>;
  fields: Record<F, string>;
  attribute: 'data-field' | 'data-report-field';
}) {
  return groups.map(({ category, fields: names }) => (
    <div key={category} className="space-y-2">
      <h4 className="font-bold text-slate-900">{categories[category]}</h4>
      <ul className="list-disc space-y-1 ps-7">
        {names.map((field) => (
          <li key={field} {...{ [attribute]: field }}>
            {fields[field]}
          </li>
        ))}
      </ul>
    </div>
  ));
}

export function PrivacyNotice({ notice }: { notice: PrivacyNoticeView }) {
  const { t } = useI18n();
  const p = t.privacy;
  return (
    <div className="space-y-8">
      <DetailSection id="integritet-ansvarig" heading={p.controller.heading} intro={p.controller.intro} value={notice.controller} />
      <DetailSection id="integritet-dataskyddsombud" heading={p.dpo.heading} intro={p.dpo.intro} value={notice.dpoContact} />
      <Section id="integritet-besok" heading={p.visits.heading}>
        <BulletList items={p.visits.items} />
      </Section>
      <Section id="integritet-tips" heading={p.tips.heading}>
        <p>{p.tips.purpose}</p>
        <p>{p.tips.legalBasis}</p>
        <p>{p.tips.legalBasisLaw}</p>
        <Detail value={notice.legalBasisLaw} />
        <h3 className="text-xl font-bold text-slate-900">{p.tips.fieldsHeading}</h3>
        <StoredFields groups={storedTipFieldsByCategory()} categories={p.tips.categories} fields={p.tips.fields} attribute="data-field" />
        <p>{p.tips.mail}</p>
        <p>{p.tips.required}</p>
      </Section>
      <Section id="integritet-tillganglighet" heading={p.reports.heading}>
        <p>{p.reports.purpose}</p>
        <p>{p.reports.legalBasis}</p>
        <h3 className="text-xl font-bold text-slate-900">{p.reports.fieldsHeading}</h3>
        <StoredFields groups={storedReportFieldsByCategory()} categories={p.reports.categories} fields={p.reports.fields} attribute="data-report-field" />
        <p>{p.reports.mail}</p>
        <p>{p.reports.retention.replace('{days}', String(notice.reportRetentionDays))}</p>
      </Section>
      <Section id="integritet-lagring" heading={p.retention.heading}>
        <p>{p.retention.afterEvent.replace('{days}', String(notice.retentionDays))}</p>
        <p>{p.retention.afterRejection.replace('{days}', String(notice.rejectedRetentionDays))}</p>
        <p>{p.retention.publicRecords}</p>
        <p>{p.retention.decision}</p>
        <Detail value={notice.retentionDecision} />
        {notice.retentionDecision ? null : <p>{p.retention.withoutDecision}</p>}
        <p>{p.retention.kept}</p>
        <p>{p.retention.backups}</p>
        <Detail value={notice.backupRetention} />
      </Section>
      <Section id="integritet-mottagare" heading={p.recipients.heading}>
        <BulletList items={p.recipients.items} />
        <p>{p.recipients.hosting}</p>
        <Detail value={notice.hostingProvider} />
        <p>{p.recipients.mail}</p>
        <Detail value={notice.mailProvider} />
      </Section>
      <DetailSection id="integritet-overforing" heading={p.recipients.transfersHeading} intro={p.recipients.transfers} value={notice.transfers} />
      <Section id="integritet-rattigheter" heading={p.rights.heading}>
        <BulletList items={p.rights.items} />
        <p>{p.rights.contact}</p>
        <Detail value={notice.requestContact} />
      </Section>
      <Section id="integritet-klaga" heading={p.complaint.heading}>
        <p>{p.complaint.text}</p>
        <p>
          <a href={p.complaint.url} className="link">
            {p.complaint.linkText}
          </a>
        </p>
      </Section>
    </div>
  );
}
