import { GetHomeDocument, type GetHomeQuery } from '@stodportalen/shared/graphql';
import { cmsRequest } from '../utils/cms.server';
import { stockholmDate } from '@stodportalen/shared';
import type { Locale } from '../utils/i18n';
import { toCampaignCard } from './campaign.server';
import { toEventCard } from './event.server';
import type { HomeContent } from './home';
import { localeVariables, withTranslations } from './translations.server';

export function toHomeContent(data: GetHomeQuery, locale: Locale, now: Date): HomeContent {
  const today = stockholmDate(now);
  const campaign = withTranslations(data.currentCampaigns, data.currentCampaignTranslations, locale)[0];
  return {
    currentCampaign: campaign ? toCampaignCard(campaign.item, campaign.contentLocale, today) : null,
    nextEvents: withTranslations(data.nextEvents, data.nextEventTranslations, locale).map(({ item, contentLocale }) =>
      toEventCard(item, contentLocale)
    ),
  };
}

/** The current campaign and the next events: one CMS round trip. Throws CmsError. */
export async function getHomeContent(locale: Locale, now: Date): Promise<HomeContent> {
  const data = await cmsRequest(GetHomeDocument, {
    ...localeVariables(locale),
    today: stockholmDate(now),
    now: now.toISOString(),
  });
  return toHomeContent(data, locale, now);
}
