import { usableBrandColour, type AcuteContact } from '@stodportalen/shared';
import { GetSiteSettingsDocument, type GetSiteSettingsQuery } from '@stodportalen/shared/graphql';
import { toResponsiveImage } from './image';
import { cmsRequest } from '../utils/cms.server';
import { answerFromReadModel, readModelGeneration } from '../read-model/index.server';
import type { Locale } from '../utils/i18n';
import { fallbackSiteSettings, QUICK_EXIT_FALLBACK_URL, type SiteLogo, type SiteSettings } from './site';

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

/** An https address (the CMS's rule for chat and web links), else nothing. */
function httpsUrl(value: string | null | undefined): string | null {
  const text = nonEmpty(value);
  if (!text) return null;
  try {
    return new URL(text).protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}

/**
 * The logo: only a file the CMS stores (the CSP allows images from this origin only) with its
 * alternative text; an SVG may come without a size.
 */
function toLogo(media: { url: string; alternativeText?: string | null; width?: number | null; height?: number | null } | null | undefined): SiteLogo | null {
  const alt = nonEmpty(media?.alternativeText);
  if (!media || !alt || !/^\/uploads\/[^/?#\\]+$/.test(media.url)) return null;
  const positive = (value: number | null | undefined) => (typeof value === 'number' && value > 0 ? value : null);
  return { src: encodeURI(media.url), alt, width: positive(media.width), height: positive(media.height) };
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
    const mapped: AcuteContact = { label, number, when: nonEmpty(contact?.when) ?? '' };
    const chatUrl = httpsUrl(contact?.chatUrl);
    const webUrl = httpsUrl(contact?.webUrl);
    const smsNumber = nonEmpty(contact?.smsNumber);
    if (chatUrl) mapped.chatUrl = chatUrl;
    if (smsNumber && /\d/.test(smsNumber)) mapped.smsNumber = smsNumber;
    if (webUrl) mapped.webUrl = webUrl;
    return [mapped];
  });
  return {
    quickExitUrl: quickExitUrl(site.quickExitUrl),
    senderName: nonEmpty(site.senderName),
    logo: toLogo(site.logo),
    primaryColor: usableBrandColour(site.primaryColor),
    shareImage: toResponsiveImage(site.shareImage),
    footerContact: nonEmpty(site.footerContact),
    acuteContacts: acuteContacts.length > 0 ? acuteContacts : fallback.acuteContacts,
    source: acuteContacts.length > 0 ? 'cms' : 'fallback',
  };
}

/**
 * Every page asks for them (the root loader): made once per language and version of the read
 * model's content, not on every request (3 % of a page's time at 10,000 events). Frozen, as they
 * are shared.
 */
const keptSettings = new Map<Locale, { generation: number; settings: SiteSettings }>();

/** Throws CmsError when the CMS cannot answer. */
export async function getSiteSettings(locale: Locale): Promise<SiteSettings> {
  const generation = readModelGeneration();
  const kept = keptSettings.get(locale);
  if (generation !== null && kept?.generation === generation) return kept.settings;
  // Only the read model's answer is kept (the CMS's, when the read model cannot answer, may be an
  // older copy from the CMS cache, marked stale for this request only).
  const local = generation === null ? undefined : answerFromReadModel<GetSiteSettingsQuery>(GetSiteSettingsDocument, { locale }, 'GetSiteSettings');
  const settings = toSiteSettings(local ?? (await cmsRequest(GetSiteSettingsDocument, { locale })), locale);
  if (local !== undefined && generation !== null && readModelGeneration() === generation) keptSettings.set(locale, { generation, settings: deepFreeze(settings) });
  return settings;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
