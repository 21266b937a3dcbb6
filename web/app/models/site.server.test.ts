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
      senderName: null,
      logo: null,
      primaryColor: null,
      shareImage: null,
      footerContact: 'Kontakt',
      acuteContacts: [{ label: 'Larmnumret', number: '112', when: '' }],
      source: 'cms',
    });
  });

  it('maps the identity: sender, logo with its text, a readable colour, the share image, the quiet channels', () => {
    const site = toSiteSettings(
      {
        site: {
          quickExitUrl: 'https://www.example.org/',
          senderName: ' Karlskoga kommun ',
          primaryColor: '#1D4ED8',
          logo: { url: '/uploads/logo_abc.svg', alternativeText: 'Karlskoga kommun', width: null, height: null, formats: null },
          shareImage: { url: '/uploads/dela_abc.png', alternativeText: 'Stödportalen', width: 1200, height: 630, formats: null },
          acuteContacts: [
            { label: 'Bris', number: '116 111', when: null, chatUrl: 'https://www.bris.se', smsNumber: ' ', webUrl: 'http://insecure.example' },
          ],
        },
      },
      'sv',
    );
    expect(site.senderName).toBe('Karlskoga kommun');
    expect(site.primaryColor).toBe('#1d4ed8');
    expect(site.logo).toEqual({ src: '/uploads/logo_abc.svg', alt: 'Karlskoga kommun', width: null, height: null });
    expect(site.shareImage?.src).toBe('/uploads/dela_abc.png');
    expect(site.acuteContacts).toEqual([{ label: 'Bris', number: '116 111', when: '', chatUrl: 'https://www.bris.se' }]);
  });

  it('drops a colour that fails 4.5:1, a logo without text or from another host', () => {
    const site = toSiteSettings(
      {
        site: {
          quickExitUrl: 'https://www.example.org/',
          primaryColor: '#2dd4bf',
          logo: { url: 'https://cdn.example/logo.svg', alternativeText: 'Logo', width: 10, height: 10, formats: null },
          acuteContacts: [],
        },
      },
      'sv',
    );
    expect(site.primaryColor).toBeNull();
    expect(site.logo).toBeNull();
    expect(
      toSiteSettings({ site: { quickExitUrl: 'https://x.example/', logo: { url: '/uploads/a.svg', alternativeText: ' ', width: 1, height: 1 } } }, 'sv').logo,
    ).toBeNull();
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
