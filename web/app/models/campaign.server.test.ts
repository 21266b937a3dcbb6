import type { CampaignCardFragment } from '@stodportalen/shared/graphql';
import { describe, expect, it } from 'vitest';
import { campaignStatus, groupCampaigns, toCampaignCard } from './campaign.server';

const today = '2026-11-28';

function card(slug: string, startsOn: string, endsOn: string | null) {
  const raw: CampaignCardFragment = {
    documentId: slug,
    slug,
    title: slug,
    lede: ' Ingress ',
    startsOn,
    endsOn,
    updatedAt: null,
  };
  return toCampaignCard(raw, 'sv', today);
}

describe('campaignStatus', () => {
  it('is current on its first and last day, and without an end', () => {
    expect(campaignStatus('2026-11-28', '2026-12-01', today)).toBe('current');
    expect(campaignStatus('2026-11-01', '2026-11-28', today)).toBe('current');
    expect(campaignStatus('2026-01-01', null, today)).toBe('current');
  });

  it('is upcoming before its start and past after its end', () => {
    expect(campaignStatus('2026-11-29', null, today)).toBe('upcoming');
    expect(campaignStatus('2026-10-01', '2026-11-27', today)).toBe('past');
  });
});

describe('groupCampaigns', () => {
  it('puts current ones first, then upcoming (soonest first), then past (latest end first)', () => {
    const groups = groupCampaigns([
      card('past-old', '2025-01-01', '2025-02-01'),
      card('upcoming-late', '2027-03-01', null),
      card('current-old', '2026-01-01', null),
      card('past-recent', '2026-09-01', '2026-10-01'),
      card('upcoming-soon', '2026-12-01', '2026-12-31'),
      card('current-new', '2026-11-20', '2026-12-27'),
    ]);
    expect(groups.current.map((c) => c.slug)).toEqual(['current-new', 'current-old']);
    expect(groups.upcoming.map((c) => c.slug)).toEqual(['upcoming-soon', 'upcoming-late']);
    expect(groups.past.map((c) => c.slug)).toEqual(['past-recent', 'past-old']);
  });

  it('trims the text and keeps no empty end date', () => {
    expect(card('x', '2026-01-01', '')).toMatchObject({ lede: 'Ingress', endsOn: null, status: 'current' });
  });
});
