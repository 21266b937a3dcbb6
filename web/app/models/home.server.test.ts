import type { GetHomeQuery } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { toHomeContent } from './home.server';

const now = new Date('2026-11-28T12:00:00Z');

const event = (documentId: string, title: string) => ({
  documentId,
  slug: documentId,
  title,
  kind: 'lecture' as const,
  startsAt: '2026-12-15T17:00:00.000Z',
  endsAt: null,
  isFree: true,
  price: null,
  onlineUrl: null,
  venue: null,
});

const data: GetHomeQuery = {
  currentCampaigns: [
    {
      documentId: 'k1',
      slug: 'kampanj',
      title: 'Kampanj',
      lede: 'Ingress',
      startsOn: '2026-11-20',
      endsOn: '2026-12-27',
      updatedAt: null,
    },
  ],
  nextEvents: [event('e1', 'Ett'), null, event('e2', 'Två')],
};

describe('toHomeContent', () => {
  it('maps the current campaign and the next events from one response, and not the officials’ plan summary', () => {
    const content = toHomeContent(data, 'sv', now);
    expect(content).not.toHaveProperty('plan');
    expect(content.currentCampaign).toMatchObject({ slug: 'kampanj', status: 'current', contentLocale: 'sv' });
    expect(content.nextEvents.map((e) => e.title)).toEqual(['Ett', 'Två']);
  });

  it('uses translations where they exist and marks the rest as Swedish', () => {
    const content = toHomeContent(
      { ...data, currentCampaignTranslations: [], nextEventTranslations: [event('e2', 'Two')] },
      'en',
      now
    );
    expect(content.currentCampaign?.contentLocale).toBe('sv');
    expect(content.nextEvents.map((e) => [e.title, e.contentLocale])).toEqual([
      ['Ett', 'sv'],
      ['Two', 'en'],
    ]);
  });

  it('has no campaign and no events when the CMS has none', () => {
    const content = toHomeContent({ currentCampaigns: [], nextEvents: [] }, 'sv', now);
    expect(content).toEqual({ currentCampaign: null, nextEvents: [] });
  });
});
