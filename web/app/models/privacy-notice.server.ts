import { GetPrivacyNoticeDocument, type GetPrivacyNoticeQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { getEnv } from '../utils/env.server';
import { DEFAULT_LOCALE, type Locale } from '../utils/i18n';
import type { PrivacyNoticeView } from './privacy-notice';

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** The page's language first; a detail only filled in Swedish is shown in Swedish rather than as missing. */
export function toPrivacyNotice(
  data: GetPrivacyNoticeQuery,
  swedish: GetPrivacyNoticeQuery | null,
  retention: Pick<PrivacyNoticeView, 'retentionDays' | 'rejectedRetentionDays' | 'reportRetentionDays'>,
): PrivacyNoticeView {
  const pick = (field: Exclude<keyof NonNullable<GetPrivacyNoticeQuery['site']>, '__typename'>) =>
    nonEmpty(data.site?.[field]) ?? nonEmpty(swedish?.site?.[field]);
  return {
    controller: pick('privacyController'),
    dpoContact: pick('privacyDpoContact'),
    requestContact: pick('privacyRequestContact'),
    retentionDecision: pick('privacyRetentionDecision'),
    backupRetention: pick('privacyBackupRetention'),
    legalBasisLaw: pick('privacyLegalBasisLaw'),
    hostingProvider: pick('privacyHostingProvider'),
    mailProvider: pick('privacyMailProvider'),
    transfers: pick('privacyTransfers'),
    ...retention,
  };
}

export async function getPrivacyNotice(locale: Locale): Promise<PrivacyNoticeView> {
  const env = getEnv();
  const [data, swedish] = await Promise.all([
    cmsRequest(GetPrivacyNoticeDocument, { locale }),
    locale === DEFAULT_LOCALE ? null : cmsRequest(GetPrivacyNoticeDocument, { locale: DEFAULT_LOCALE }),
  ]);
  return toPrivacyNotice(data, swedish, {
    retentionDays: env.SUBMISSION_RETENTION_DAYS,
    rejectedRetentionDays: env.REJECTED_TIP_RETENTION_DAYS,
    reportRetentionDays: env.ACCESSIBILITY_REPORT_RETENTION_DAYS,
  });
}
