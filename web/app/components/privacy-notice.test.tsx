import { STORED_ACCESSIBILITY_REPORT_FIELDS, STORED_TIP_FIELDS, type StoredAccessibilityReportField, type StoredTipField } from '@stodportalen/shared';
import { renderToStaticMarkup } from 'react-dom/server';
// The router @remix-run/react's useLocation reads (react-router-dom nests its own copy).
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { sv } from '../locales/sv';
import type { PrivacyNoticeView } from '../models/privacy-notice';
import { PrivacyNotice } from './privacy-notice';

const empty: PrivacyNoticeView = {
  controller: null,
  dpoContact: null,
  requestContact: null,
  retentionDecision: null,
  backupRetention: null,
  legalBasisLaw: null,
  hostingProvider: null,
  mailProvider: null,
  transfers: null,
  retentionDays: 30,
  rejectedRetentionDays: 14,
  reportRetentionDays: 60,
};

const render = (notice: PrivacyNoticeView, path = '/integritet') =>
  renderToStaticMarkup(
    <MemoryRouter initialEntries={[path]}>
      <PrivacyNotice notice={notice} />
    </MemoryRouter>,
  );

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

describe('the privacy notice', () => {
  it('lists every stored tip field, in Swedish and in English', () => {
    for (const [path, t] of [['/integritet', sv], ['/en/integritet', en]] as const) {
      const html = render(empty, path);
      for (const field of Object.keys(STORED_TIP_FIELDS) as StoredTipField[]) {
        expect(html).toContain(`data-field="${field}"`);
        expect(html).toContain(escape(t.privacy.tips.fields[field]));
      }
    }
  });

  it('lists every stored field of an accessibility report, with its legal basis, recipients and retention', () => {
    for (const [path, t] of [['/integritet', sv], ['/en/integritet', en]] as const) {
      const html = render(empty, path);
      for (const field of Object.keys(STORED_ACCESSIBILITY_REPORT_FIELDS) as StoredAccessibilityReportField[]) {
        expect(html).toContain(`data-report-field="${field}"`);
        expect(html).toContain(escape(t.privacy.reports.fields[field]));
      }
      expect(html).toContain('2018:1937');
      expect(html).toContain(path === '/integritet' ? 'artikel 6.1 c' : 'article 6(1)(c)');
    }
    const html = render(empty);
    expect(html).toContain('Kommunens kontakt för tillgänglighet, som får synpunkterna om tillgänglighet.');
    expect(html).toContain('Vi tar bort din e-postadress 60 dagar efter att du skickade synpunkten.');
  });

  it('says plainly what editors have not published, nine times, and invents nothing', () => {
    const html = render(empty);
    expect(html.split(sv.privacy.notPublished).length - 1).toBe(9);
    // No hosting company or processor agreement is asserted until editors name one.
    expect(html).not.toMatch(/Företaget som driver servrarna|biträdesavtal/);
    expect(html).not.toMatch(/@/);
  });

  it('says that contact details are deleted even without a removal decision, only while none is published', () => {
    expect(render(empty)).toContain(escape(sv.privacy.retention.withoutDecision));
    expect(render({ ...empty, retentionDecision: 'Dnr 2026/123' })).not.toContain(escape(sv.privacy.retention.withoutDecision));
  });

  it('says which data is required for a tip, what happens without it, and what is kept after deletion (art. 13.2.e)', () => {
    const html = render(empty, '/en/integritet');
    expect(html).toContain(escape(en.privacy.tips.required));
    expect(html).toContain(escape(en.privacy.retention.kept));
  });

  it('shows the details editors filled in and the retention settings', () => {
    const html = render({
      ...empty,
      controller: 'Socialnämnden',
      dpoContact: 'dataskyddsombud@kommun.example',
      requestContact: 'registrator@kommun.example',
      retentionDecision: 'Dnr 2026/123',
      backupRetention: '35 dagar',
      legalBasisLaw: 'Kommunallagen (2017:725)',
      hostingProvider: 'Driftbolaget AB, biträdesavtal 2026',
      mailProvider: 'Epostbolaget AB',
      transfers: 'Inga uppgifter förs över.',
    });
    expect(html).not.toContain(sv.privacy.notPublished);
    for (const value of ['Socialnämnden', 'dataskyddsombud@kommun.example', 'registrator@kommun.example', 'Dnr 2026/123', '35 dagar', 'Kommunallagen (2017:725)', 'Driftbolaget AB, biträdesavtal 2026', 'Epostbolaget AB', 'Inga uppgifter förs över.']) expect(html).toContain(value);
    expect(html).toContain('30 dagar efter att evenemanget har slutat');
    expect(html).toContain('14 dagar efter beslutet');
  });

  it('names the legal basis, the rights and where to complain (IMY)', () => {
    const html = render(empty);
    expect(html).toContain('artikel 6.1 e');
    expect(html).toContain('allmän handling');
    expect(html).toContain('href="https://www.imy.se"');
    expect(html).not.toMatch(/samtycke är den rättsliga grunden/i);
  });
});
