/**
 * What the seed knows for the accessibility statement (DIGG's model statement): only what is true
 * of this code. The compliance status, the contact, the response time, the assessment method and
 * date are the municipality's to state: they stay empty for editors and are on the review list
 * (cms/src/review/accessibility-statement.ts) until filled in.
 *
 * No shortcoming is seeded: the automated checks (tests/browser, see docs/accessibility.md) find
 * none, and nothing else has been assessed. Editors add what an assessment finds.
 */
export interface SeedGap { content: string; criterion?: string; reason?: string }

export const accessibilityStatement: { sv: { outsideScope: SeedGap[] }; en: { outsideScope: SeedGap[] } } = {
  sv: {
    outsideScope: [
      {
        content: 'Handlingsplanens referenser leder till PDF-filer och sidor från andra myndigheter och organisationer.',
        reason: 'Innehåll från tredje part som kommunen varken har tagit fram, finansierat eller kontrollerar omfattas inte av lagen (9 § lagen om tillgänglighet till digital offentlig service). Vi har inte granskat hur tillgängliga de är.',
      },
    ],
  },
  en: {
    outsideScope: [
      {
        content: 'The action plan’s references link to PDF files and pages from other authorities and organisations.',
        reason: 'Third-party content that the municipality has neither produced, funded nor controls is outside the Act (section 9 of the Act on accessibility to digital public services). We have not checked how accessible it is.',
      },
    ],
  },
};
