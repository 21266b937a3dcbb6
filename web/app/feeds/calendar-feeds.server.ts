// From events and campaigns (view models) to feed entries and calendar files.
import { blocksToPlainText } from '@stodportalen/shared';
import type { CampaignCard } from '../models/campaign';
import { eventPath, venueText, type EventDetail } from '../models/event';
import { campaignPath } from '../models/campaign';
import { formatEventTime } from '../utils/date-time';
import { formatDate, getDictionary, type Locale } from '../utils/i18n';
import type { IcsEvent } from './ical.server';
import type { FeedEntry } from './syndication';



/** When, where, what: the plain text of an event for feeds. */
export function eventText(event: EventDetail, locale: Locale): string {
  const t = getDictionary(locale).calendar;
  const lines = [
    `${t.kinds[event.kind]}. ${formatEventTime(event.startsAt, event.endsAt, locale, t.time)}`,
    venueText(event.place),
    event.place.onlineUrl ? `${t.event.online}: ${event.place.onlineUrl}` : null,
    blocksToPlainText(event.description),
  ];
  return lines.filter((line): line is string => line !== null && line !== '').join('\n\n');
}

export function eventFeedEntry(event: EventDetail, locale: Locale, origin: string, now: Date): FeedEntry {
  return {
    url: `${origin}${eventPath(locale, event.slug)}`,
    title: event.title,
    summary: eventText(event, locale),
    updated: event.updatedAt ?? now.toISOString(),
    published: event.publishedAt,
    event: { startsAt: event.startsAt, endsAt: event.endsAt, location: venueText(event.place) ?? event.place.onlineUrl },
    language: event.contentLocale,
  };
}

export function campaignFeedEntry(campaign: CampaignCard, locale: Locale, origin: string, now: Date): FeedEntry {
  const t = getDictionary(locale).calendar.campaigns;
  const start = formatDate(campaign.startsOn, locale);
  const period = campaign.endsOn
    ? t.period.replace('{start}', start).replace('{end}', formatDate(campaign.endsOn, locale))
    : t.periodOpen.replace('{start}', start);
  return {
    url: `${origin}${campaignPath(locale, campaign.slug)}`,
    title: campaign.title,
    summary: `${period}\n\n${campaign.lede}`,
    updated: campaign.updatedAt ?? now.toISOString(),
    language: campaign.contentLocale,
  };
}

export function icsEvent(event: EventDetail, locale: Locale, origin: string): IcsEvent {
  const t = getDictionary(locale).calendar;
  return {
    id: event.id,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    description: [
      blocksToPlainText(event.description),
      event.place.onlineUrl ? `${t.event.online}: ${event.place.onlineUrl}` : '',
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
    location: venueText(event.place) ?? event.place.onlineUrl,
    url: `${origin}${eventPath(locale, event.slug)}`,
    updatedAt: event.updatedAt,
    publishedAt: event.publishedAt,
  };
}
