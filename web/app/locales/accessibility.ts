import type { AccessibilityReportErrorCode } from '@stodportalen/shared';

/**
 * The accessibility statement's fixed text (DIGG's model statement for the DOS law) and its feedback
 * form. What the municipality must state (compliance, contact, response time, assessment) comes
 * from the CMS; until editors fill it in the page says so instead of guessing.
 *
 * `testedText` claims only what tests/browser checks: axe in every spec (sidor.spec.ts and the
 * others), tabbing forwards and backwards with focus never hidden (accessibility.spec.ts, "focus is
 * never hidden under the sticky quick-exit bar"), forced colours ("forced colours (Windows high
 * contrast)"), no sideways scrolling at 320 px ("at 320 CSS px no page scrolls sideways") and the
 * quick exit by keyboard (quick-exit.spec.ts). The tests run with `npm test` (`.ci/run`) before a
 * release, not on every change. Change the text when those tests change.
 */
const errorsSv: Record<AccessibilityReportErrorCode, string> = {
  'form.invalid': 'Formuläret kunde inte läsas. Försök igen.',
  'description.required': 'Beskriv problemet',
  'description.tooLong': 'Beskrivningen får vara högst 5 000 tecken',
  'description.invalid': 'Beskrivningen kunde inte läsas',
  'pageUrl.invalid': 'Skriv sidans adress som den står i webbläsaren, till exempel https://… eller /kalender',
  'pageUrl.tooLong': 'Adressen får vara högst 500 tecken',
  'email.invalid': 'Skriv e-postadressen så här: namn@exempel.se',
  'email.tooLong': 'E-postadressen får vara högst 254 tecken',
  'locale.invalid': 'Formuläret kunde inte läsas. Försök igen.',
};

export const accessibilitySv = {
  complianceHeading: 'Hur tillgänglig är webbplatsen?',
  compliance: {
    full: 'Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.',
    partial: 'Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    none: 'Webbplatsen är inte förenlig med lagen om tillgänglighet till digital offentlig service. De kända bristerna beskrivs nedan.',
    missing: 'Kommunens bedömning av hur väl webbplatsen uppfyller lagen är inte publicerad än.',
  },
  contactHeading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
  contactText: 'Om du behöver innehåll från webbplatsen i ett annat format, eller om något inte fungerar för dig, kan du berätta det för oss i formuläret nedan.',
  contactEmail: 'Du kan också mejla kommunens kontakt för tillgänglighet:',
  contactMissing: 'E-postadressen till kommunens kontakt för tillgänglighet är inte publicerad än. Använd formuläret.',
  responseTime: 'Så snabbt svarar vi:',
  responseTimeMissing: 'Hur snabbt vi svarar är inte publicerat än.',
  reportHeading: 'Rapportera brister i webbplatsens tillgänglighet',
  reportLead: 'Berätta vad som inte fungerar och på vilken sida. Du behöver inte säga vem du är.',
  privacy: 'Det du skriver sparas hos Karlskoga kommun och mejlas till kommunens kontakt för tillgänglighet genom en e-posttjänst. Det blir en allmän handling. Det betyder att vem som helst kan begära att få läsa det, om det inte omfattas av sekretess. Skriv inte känsliga uppgifter om dig själv.',
  privacyLink: 'Så hanterar kommunen dina uppgifter',
  fields: {
    description: { label: 'Vad fungerar inte?', hint: 'Till exempel: ”Knappen Skicka går inte att nå med tangentbordet.”' },
    pageUrl: { label: 'Vilken sida gäller det?', hint: 'Sidans adress eller namn. Tomt om det gäller hela webbplatsen.' },
    email: { label: 'Din e-postadress', hint: 'Bara om du vill ha svar. Vi använder den bara för att svara dig.' },
  },
  optional: '(frivilligt)',
  submit: 'Skicka',
  errorSummaryTitle: 'Något behöver rättas',
  errorPrefix: 'Fel:',
  errors: errorsSv,
  unavailable: 'Det gick inte att skicka just nu. Det du skrev finns kvar. Försök igen om en stund.',
  rateLimited: 'Du har skickat flera synpunkter på kort tid. Det du skrev finns kvar. Försök igen om en stund.',
  sent: 'Tack! Vi har tagit emot din synpunkt.',
  sentWithoutReply: 'Du lämnade ingen e-postadress, så vi kan inte svara dig.',
  closed: 'Formuläret är inte öppet just nu.',
  honeypot: 'Lämna det här fältet tomt',
  enforcementHeading: 'Tillsyn',
  enforcementText: 'Myndigheten för digital förvaltning (Digg) har ansvar för tillsyn enligt lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du',
  enforcementLink: 'anmäla brister i tillgängligheten till Digg',
  enforcementUrl: 'https://www.digg.se/tdosanmalan',
  technicalHeading: 'Teknisk information om webbplatsens tillgänglighet',
  shortcomingsHeading: 'Innehåll som inte är tillgängligt',
  noShortcomings: 'Inga brister är registrerade. Det betyder inte att webbplatsen saknar brister: se nedan hur den har testats.',
  criterion: 'WCAG-kriterium:',
  reason: 'Varför:',
  outsideScopeHeading: 'Innehåll som inte omfattas av lagen',
  noOutsideScope: 'Inget sådant innehåll är registrerat.',
  testedHeading: 'Hur vi testat webbplatsen',
  assessmentMethodMissing: 'Hur kommunen har bedömt webbplatsen är inte publicerat än.',
  assessedOn: 'Senaste bedömningen gjordes',
  assessedOnMissing: 'Datum för den senaste bedömningen är inte publicerat än.',
  testedText:
    'Innan en ny version av webbplatsen publiceras körs automatiska tester. Verktyget axe kontrollerar sidorna mot WCAG 2.1 nivå A och AA (de krav på tillgänglighet som lagen hänvisar till), i mobil- och datorbredd, på svenska och engelska. Testerna går också igenom flera sidor med tangentbordet, framåt och bakåt, och kontrollerar att det som har fokus aldrig döljs. De kontrollerar att knappar syns med tvingade färger (högkontrastläge) och att sidorna inte behöver rullas i sidled i 320 pixlars bredd. Det testas på en sida av varje sort, på svenska och engelska. Automatiska tester hittar inte alla brister.',
  statementUpdated: 'Redogörelsen uppdaterades senast',
};

export type AccessibilityTexts = typeof accessibilitySv;

const errorsEn: Record<AccessibilityReportErrorCode, string> = {
  'form.invalid': 'The form could not be read. Please try again.',
  'description.required': 'Describe the problem',
  'description.tooLong': 'The description can be at most 5,000 characters',
  'description.invalid': 'The description could not be read',
  'pageUrl.invalid': 'Write the page address as it is in the browser, for example https://… or /kalender',
  'pageUrl.tooLong': 'The address can be at most 500 characters',
  'email.invalid': 'Write the e-mail address like this: name@example.com',
  'email.tooLong': 'The e-mail address can be at most 254 characters',
  'locale.invalid': 'The form could not be read. Please try again.',
};

export const accessibilityEn: AccessibilityTexts = {
  complianceHeading: 'Compliance status',
  compliance: {
    full: 'This website is fully compliant with the Swedish Act on accessibility to digital public services.',
    partial: 'This website is partially compliant with the Swedish Act on accessibility to digital public services, because of the gaps described below.',
    none: 'This website is not compliant with the Swedish Act on accessibility to digital public services. The known gaps are described below.',
    missing: 'The municipality’s assessment of how well the website meets the Act has not been published yet.',
  },
  contactHeading: 'What to do if you cannot use parts of this website',
  contactText: 'If you need content from this website in another format, or if something does not work for you, tell us in the form below.',
  contactEmail: 'You can also e-mail the municipality’s accessibility contact:',
  contactMissing: 'The e-mail address of the municipality’s accessibility contact has not been published yet. Please use the form.',
  responseTime: 'How quickly we answer:',
  responseTimeMissing: 'How quickly we answer has not been published yet.',
  reportHeading: 'Report accessibility problems',
  reportLead: 'Tell us what does not work and on which page. You do not have to say who you are.',
  privacy: 'What you write is kept by Karlskoga municipality and emailed to its accessibility contact through an email service. It becomes an official document. This means anyone can ask to read it, unless it is confidential. Do not write sensitive information about yourself.',
  privacyLink: 'How the municipality handles your data',
  fields: {
    description: { label: 'What does not work?', hint: 'For example: “I cannot reach the Send button with the keyboard.”' },
    pageUrl: { label: 'Which page is it about?', hint: 'The page’s address or name. Leave empty if it is the whole website.' },
    email: { label: 'Your e-mail address', hint: 'Only if you want an answer. We use it only to answer you.' },
  },
  optional: '(optional)',
  submit: 'Send',
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errors: errorsEn,
  unavailable: 'It could not be sent right now. What you wrote is still here. Please try again in a while.',
  rateLimited: 'You have sent several reports in a short time. What you wrote is still here. Please try again in a while.',
  sent: 'Thank you! We have received your report.',
  sentWithoutReply: 'You left no e-mail address, so we cannot answer you.',
  closed: 'The form is not open right now.',
  honeypot: 'Leave this field empty',
  enforcementHeading: 'Enforcement procedure',
  enforcementText: 'The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your feedback, you can',
  enforcementLink: 'report accessibility problems to Digg',
  enforcementUrl: 'https://www.digg.se/tdosanmalan',
  technicalHeading: 'Technical information about the website’s accessibility',
  shortcomingsHeading: 'Non-accessible content',
  noShortcomings: 'No gaps are recorded. That does not mean the website has none: see below how it has been tested.',
  criterion: 'WCAG criterion:',
  reason: 'Why:',
  outsideScopeHeading: 'Content outside the scope of the Act',
  noOutsideScope: 'No such content is recorded.',
  testedHeading: 'How we tested this website',
  assessmentMethodMissing: 'How the municipality has assessed the website has not been published yet.',
  assessedOn: 'The latest assessment was made on',
  assessedOnMissing: 'The date of the latest assessment has not been published yet.',
  testedText:
    'Before a new version of the website is published, automated tests are run. The tool axe checks the pages against WCAG 2.1 level A and AA (the accessibility requirements the law refers to), at mobile and desktop widths, in Swedish and English. The tests also go through several pages with the keyboard, forwards and backwards, and check that what has focus is never hidden. They check that buttons stay visible with forced colours (high contrast mode) and that pages need no sideways scrolling at 320 pixels wide. This is tested on one page of each kind, in Swedish and English. Automated tests do not find every problem.',
  statementUpdated: 'This statement was last updated on',
};
