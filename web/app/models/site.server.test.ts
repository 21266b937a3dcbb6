import { acuteHelpFallback } from '@stodportalen/shared';
import { describe, expect, it } from 'vitest';
import { QUICK_EXIT_FALLBACK_URL } from './site';
import { toSiteSettings } from './site.server';

describe('toSiteSettings', () => {
  it('uses the CMS contacts, quick exit and footer', () => {
    const site = toSiteSettings(
      {
        site: {
          quickExitUrl: 'https://www.example.org/',
          footerContact: ' Kontakt ',
          acuteContacts: [
            { label: 'Larmnumret', number: '112', when: null },
            null,
            { label: 'Tom', number: ' ', when: '' },
          ],
        },
      },
      'sv',
    );
    expect(site).toEqual({
      quickExitUrl: 'https://www.example.org/',
      footerContact: 'Kontakt',
      acuteContacts: [{ label: 'Larmnumret', number: '112', when: '' }],
      source: 'cms',
    });
  });

  it('falls back to the compiled numbers and SMHI when the CMS has nothing usable', () => {
    for (const data of [
      { site: null },
      { site: { quickExitUrl: 'javascript:alert(1)', footerContact: null, acuteContacts: [] } },
    ]) {
      const site = toSiteSettings(data, 'sv');
      expect(site.acuteContacts).toEqual(acuteHelpFallback.sv);
      expect(site.quickExitUrl).toBe(QUICK_EXIT_FALLBACK_URL);
      expect(site.source).toBe('fallback');
    }
    expect(
      toSiteSettings({ site: { quickExitUrl: 'http://insecure.example', acuteContacts: null } }, 'en').quickExitUrl,
    ).toBe(QUICK_EXIT_FALLBACK_URL);
  });
});
