import { createHash } from 'node:crypto';
import { TIP_CONSENT_VERSION } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { privacyEn, privacySv } from './privacy';
import { tipEn, tipSv } from './tip';

// Each version of the acknowledgement text the tips record (consentVersion), with the hash of its
// Swedish and English text. A changed text gives a new hash: add a new version here and in
// shared/src/tip-data.ts; an old version's hash never changes, so its stored tips keep their meaning.
const RECORDED_VERSIONS: Record<string, string> = {
  '2026-11-30.2': '714001b6dd05f3f00dab8fa8ebc6ac198ef1844021dcf9fb3b358643fa89f912',
};

function acknowledgementHash(): string {
  const text = JSON.stringify([tipSv.form.consent, tipEn.form.consent, privacySv.tips, privacyEn.tips]);
  return createHash('sha256').update(text).digest('hex');
}

describe('TIP_CONSENT_VERSION', () => {
  it('names the acknowledgement text as it is now: a changed text needs a new version', () => {
    expect(RECORDED_VERSIONS[TIP_CONSENT_VERSION], `TIP_CONSENT_VERSION ${TIP_CONSENT_VERSION} is not recorded here`).toBeDefined();
    expect(acknowledgementHash(), `the acknowledgement text changed: bump TIP_CONSENT_VERSION and record its hash`).toBe(RECORDED_VERSIONS[TIP_CONSENT_VERSION]);
  });

  it('asks for an acknowledgement, not consent (the legal basis is the public-interest task)', () => {
    expect(tipSv.form.consent.label).toMatch(/^Jag har läst hur kommunen hanterar mina uppgifter/);
    expect(tipEn.form.consent.label).toMatch(/^I have read how the municipality handles my data/);
    expect(JSON.stringify([tipSv.form.consent, tipSv.form.errors])).not.toMatch(/går med på|samtyck/i);
  });
});
