import { GetSiteSettingsDocument, type GetSiteSettingsQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import type { Locale } from '../utils/i18n';
import { fallbackSiteSettings, QUICK_EXIT_FALLBACK_URL, type SiteSettings } from './site';

/** An https address (the CMS enforces this too), or the fallback. */
function quickExitUrl(value: string | null | undefined): string {
  if (!value) return QUICK_EXIT_FALLBACK_URL;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' ? url.href : QUICK_EXIT_FALLBACK_URL;
  } catch {
    return QUICK_EXIT_FALLBACK_URL;
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/** Maps the CMS payload; no contacts in the CMS (or no settings for the locale) means the fallback numbers. */
export function toSiteSettings(data: GetSiteSettingsQuery, locale: Locale): SiteSettings {
  const fallback = fallbackSiteSettings(locale);
  const site = data.site;
  if (!site) return fallback;
  const acuteContacts = (site.acuteContacts ?? []).flatMap((contact) => {
    const label = nonEmpty(contact?.label);
    const number = nonEmpty(contact?.number);
    if (!label || !number || !/\d/.test(number)) return [];
    return [{ label, number, when: nonEmpty(contact?.when) ?? '' }];
  });
  return {
    quickExitUrl: quickExitUrl(site.quickExitUrl),
    footerContact: nonEmpty(site.footerContact),
    acuteContacts: acuteContacts.length > 0 ? acuteContacts : fallback.acuteContacts,
    source: acuteContacts.length > 0 ? 'cms' : 'fallback',
  };
}

/** Throws CmsError when the CMS cannot answer. */
export async function getSiteSettings(locale: Locale): Promise<SiteSettings> {
  const data = await cmsRequest(GetSiteSettingsDocument, { locale });
  return toSiteSettings(data, locale);
}
