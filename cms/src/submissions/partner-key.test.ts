import { describe, expect, it } from 'vitest';
import { partnerKey } from './partner-key';
import { slidingWindowRelease, takeSlots, type RateLimitRequest } from './rate-limit';

describe('partnerKey', () => {
  const anna = { organiserName: 'Föreningen Exempel', contactEmail: 'anna@example.invalid' };

  it('is the same partner however the organisation and the e-mail are typed', () => {
    expect(partnerKey({ organiserName: '  föreningen   EXEMPEL ', contactEmail: ' Anna@Example.INVALID ' })).toBe(partnerKey(anna));
    expect(partnerKey({ organiserName: 'ÖREBRO STAD', contactEmail: 'a@b.se' })).toBe(partnerKey({ organiserName: 'örebro stad', contactEmail: 'a@b.se' }));
  });

  it('tells colleagues, other organisations and a chosen organisation apart, and holds no address', () => {
    expect(partnerKey({ ...anna, contactEmail: 'bo@example.invalid' })).not.toBe(partnerKey(anna));
    expect(partnerKey({ ...anna, organiserName: 'Föreningen Annan' })).not.toBe(partnerKey(anna));
    expect(partnerKey({ organiserId: 'abc123', contactEmail: anna.contactEmail })).not.toBe(partnerKey(anna));
    expect(partnerKey(anna)).toMatch(/^[a-f0-9]{64}$/);
  });
});

describe('a per-client and a per-sender limit taken together', () => {
  const minute = 60_000;
  const perClient = { limit: 4, windowMs: 10 * minute };
  const perSender = { limit: 2, windowMs: 10 * minute };

  /** The rule over an in-memory copy of the shared table (shared-state/rate-limit.ts keeps it in the database). */
  function limits() {
    const rows = new Map<string, number[]>();
    const id = (request: RateLimitRequest) => `${request.scope}:${request.key}`;
    const requests = (client: string, sender: string): RateLimitRequest[] => [
      { scope: 'tip:client', key: client, rule: perClient },
      { scope: 'tip:sender', key: sender, rule: perSender },
    ];
    return {
      take(client: string, sender: string, now = 1_000_000) {
        const wanted = requests(client, sender);
        const decision = takeSlots(wanted, (request) => rows.get(id(request)) ?? [], now);
        if (decision.ok) for (const { request, hits } of decision.updates) rows.set(id(request), hits);
        return decision.ok;
      },
      release(client: string, sender: string, now = 1_000_000) {
        for (const request of requests(client, sender)) rows.set(id(request), slidingWindowRelease(rows.get(id(request)) ?? [], now));
      },
    };
  }

  it('refuses a sender over its limit from any address, and colleagues at one address only over the address limit', () => {
    const taken = limits();
    expect(taken.take('office', 'anna')).toBe(true);
    expect(taken.take('home', 'anna')).toBe(true);
    expect(taken.take('cafe', 'anna')).toBe(false);
    // The refused sender took no slot of the address: three colleagues still fit at the office.
    for (const colleague of ['bo', 'cia', 'dan']) expect(taken.take('office', colleague), colleague).toBe(true);
    expect(taken.take('office', 'eva')).toBe(false);
  });

  it('gives both slots back when nothing was stored', () => {
    const taken = limits();
    expect(taken.take('office', 'anna')).toBe(true);
    taken.release('office', 'anna');
    expect(taken.take('office', 'anna')).toBe(true);
    expect(taken.take('office', 'anna')).toBe(true);
    expect(taken.take('office', 'anna')).toBe(false);
  });
});
