import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { sv } from '../locales/sv';
import { ReportForm } from './accessibility-statement';

const state = { values: { description: '', pageUrl: '', email: '' }, errors: {}, problem: null } as const;

describe('the accessibility report form', () => {
  it('says reports are public records sent through a mail service, and links the privacy notice', () => {
    for (const [locale, t, href] of [['sv', sv, '/integritet'], ['en', en, '/en/integritet']] as const) {
      const html = renderToStaticMarkup(<ReportForm locale={locale} t={t.accessibility} state={state} open />);
      expect(html).toContain(`href="${href}"`);
      expect(html).not.toMatch(/Bara de som arbetar med webbplatsen|Only the people who run the website/);
    }
    expect(sv.accessibility.privacy).toContain('allmän handling');
    expect(en.accessibility.privacy).toContain('official document');
  });
});
