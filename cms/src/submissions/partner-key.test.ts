import { describe, expect, it } from 'vitest';
import { createSubmissionIntake } from './intake';
import { partnerKey } from './partner-key';

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

describe('the intake with a per-client and a per-sender limit', () => {
  const minute = 60_000;
  const intake = () => createSubmissionIntake({ perClient: { limit: 4, windowMs: 10 * minute }, perSender: { limit: 2, windowMs: 10 * minute } });

  it('refuses a sender over its limit from any address, and colleagues at one address only over the address limit', () => {
    const limits = intake();
    expect(limits.takeSlot('office', 'anna').ok).toBe(true);
    expect(limits.takeSlot('home', 'anna').ok).toBe(true);
    const third = limits.takeSlot('cafe', 'anna');
    expect(third.ok).toBe(false);
    // The refused sender took no slot of the address: three colleagues still fit at the office.
    for (const colleague of ['bo', 'cia', 'dan']) expect(limits.takeSlot('office', colleague).ok, colleague).toBe(true);
    expect(limits.takeSlot('office', 'eva').ok).toBe(false);
  });

  it('gives both slots back when nothing was stored', () => {
    const limits = intake();
    const slot = limits.takeSlot('office', 'anna');
    if (!slot.ok) throw new Error('refused');
    slot.release();
    expect(limits.takeSlot('office', 'anna').ok).toBe(true);
    expect(limits.takeSlot('office', 'anna').ok).toBe(true);
    expect(limits.takeSlot('office', 'anna').ok).toBe(false);
  });
});
