import {
  GetCampaignDocument,
  ListCampaignsDocument,
  type CampaignCardFragment,
  type CampaignDetailFragment,
} from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { AUDIENCES, stockholmDate } from '@stodportalen/shared';
import { localesIn, type Locale } from '../utils/i18n';
import { parseBlocks } from './blocks.server';
import type { CampaignCard, CampaignDetail, CampaignList, CampaignStatus } from './campaign';
import { toResponsiveImage } from './image';

import { localeVariables, withTranslations } from './translations.server';
import { optionalText } from './cms-text';

/** `today` is `YYYY-MM-DD` in Stockholm; dates compare as strings. A campaign without an end goes on. */
export function campaignStatus(startsOn: string, endsOn: string | null, today: string): CampaignStatus {
  if (startsOn > today) return 'upcoming';
  if (endsOn !== null && endsOn < today) return 'past';
  return 'current';
}

export function toCampaignCard(raw: CampaignCardFragment, contentLocale: Locale, today: string): CampaignCard {
  const endsOn = optionalText(raw.endsOn);
  return {
    id: raw.documentId,
    slug: raw.slug,
    title: raw.title.trim(),
    lede: raw.lede.trim(),
    startsOn: raw.startsOn,
    endsOn,
    updatedAt: optionalText(raw.updatedAt),
    status: campaignStatus(raw.startsOn, endsOn, today),
    contentLocale,
  };
}

export function toCampaignDetail(raw: CampaignDetailFragment, contentLocale: Locale, today: string): CampaignDetail {
  const audiences = raw.audiences;
  return {
    ...toCampaignCard(raw, contentLocale, today),
    body: parseBlocks(raw.body, `campaign "${raw.slug}"`),
    image: toResponsiveImage(raw.image),
    otherLocales: localesIn(raw.translations),
    audiences: audiences ? AUDIENCES.filter((audience) => audiences[audience] === true) : [],
    resources: raw.resources.flatMap((resource) =>
      resource ? [{ slug: resource.slug, name: resource.name.trim(), summary: optionalText(resource.summary) }] : []
    ),
    events: raw.events.flatMap((event) =>
      event
        ? [
            {
              slug: event.slug,
              title: event.title.trim(),
              kind: event.kind,
              startsAt: event.startsAt,
              endsAt: optionalText(event.endsAt),
            },
          ]
        : []
    ),
  };
}

/**
 * Current campaigns first (latest start first), then upcoming ones (soonest first), then past ones
 * (latest end first).
 */
export function groupCampaigns(campaigns: readonly CampaignCard[]): CampaignList {
  const byStartDesc = (a: CampaignCard, b: CampaignCard) => b.startsOn.localeCompare(a.startsOn);
  return {
    current: campaigns.filter((c) => c.status === 'current').sort(byStartDesc),
    upcoming: campaigns.filter((c) => c.status === 'upcoming').sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
    past: campaigns
      .filter((c) => c.status === 'past')
      .sort((a, b) => (b.endsOn ?? b.startsOn).localeCompare(a.endsOn ?? a.startsOn)),
  };
}

/** Every published campaign (at most 100), grouped. Throws CmsError. */
export async function getCampaigns(locale: Locale, now: Date): Promise<{ all: CampaignCard[]; groups: CampaignList }> {
  const today = stockholmDate(now);
  const data = await cmsRequest(ListCampaignsDocument, localeVariables(locale));
  const all = withTranslations(data.campaigns, data.translations, locale).map(({ item, contentLocale }) =>
    toCampaignCard(item, contentLocale, today)
  );
  return { all, groups: groupCampaigns(all) };
}

/** One campaign by slug, in the locale or else in Swedish (`fallback`); null when there is none. Throws CmsError. */
export async function getCampaign(
  locale: Locale,
  slug: string,
  now: Date
): Promise<{ campaign: CampaignDetail; fallback: boolean } | null> {
  if (slug.length === 0 || slug.length > 250) return null;
  const today = stockholmDate(now);
  const variables = localeVariables(locale);
  const data = await cmsRequest(GetCampaignDocument, { ...variables, slug });
  const own = data.campaigns.find((campaign) => campaign !== null);
  if (own) return { campaign: toCampaignDetail(own, locale, today), fallback: false };
  const fallback = data.fallback?.find((campaign) => campaign !== null);
  return fallback ? { campaign: toCampaignDetail(fallback, variables.baseLocale, today), fallback: true } : null;
}
