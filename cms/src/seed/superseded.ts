import type { AcuteContact } from '@stodportalen/shared';
import type { PageText } from './pages';

/**
 * What the seed of an earlier version wrote into fields that this version corrects (issue 9: the
 * confidentiality texts, whom each helpline is for, the regional team "i nuläget", the term source
 * and the quick-exit advice; issue 11: the hide-your-visit advice and the accessibility statement, whose parts moved to their own single type; NMT named as the plan names it), copied verbatim from that version. A database seeded before the seed
 * kept fingerprints is corrected only where a field still holds exactly this text; any other text
 * is an editor's and is kept. Once corrected, the fingerprints in the seed store take over.
 * `null` among a field's earlier values: that version left the field empty (no easy-read text), so
 * a field still without text is filled in (fingerprint.ts, holdsNoText).
 * Never edit these values: they must equal what old databases hold.
 */
export interface SupersededSeed {
  /** Per field, the earlier seed text, or every earlier one (oldest first) when it changed more than once; null: left empty. */
  pages: Record<string, Partial<Record<'sv' | 'en', Partial<Record<keyof Pick<PageText, 'title' | 'summary' | 'body' | 'easyRead'>, string | (string | null)[]>>>>>;
  resources: Record<string, { name?: string; summary?: string; body?: string }>;
  acuteContacts: Record<'sv' | 'en', AcuteContact[]>;
  termSources: Record<string, string[]>;
}

export const superseded: SupersededSeed = {
  "pages": {
    "vad-ar-sugardejting": {
      "sv": {
        "body": "Så här beskriver Nationellt metodstöd mot prostitution och människohandel (NMT) sugardejting:\n\n*”Vanligen innebär sugardejting att en äldre man, ”sugar daddy”, ger ekonomisk eller annan ersättning till en ung kvinna eller ung man, ”sugar babe”, för en sexuell tjänst. Ersättningen kan utgöras av t.ex. kontanter, kreditkort, månatliga betalningar eller betalda träffar. Det är också vanligt att den äldre mannen betalar den unga kvinnan eller unge mannen genom dyra kläder, resor och middagar. Sugardejting är, enligt polisen, ytterligare ett sätt för vuxna män att kunna utnyttja unga personer för sexuella ändamål mot betalning.”*"
      },
      "en": {
        "body": "The Swedish national method support against prostitution and human trafficking (NMT) describes sugar dating as an older man, a \"sugar daddy\", giving money or other payment to a young woman or man, a \"sugar babe\", for a sexual service. The payment can be cash, credit cards, monthly payments, expensive clothes, trips or dinners. According to the police, sugar dating is another way for adult men to exploit young people sexually for payment."
      }
    },
    "dina-rattigheter": {
      "sv": {
        "summary": "Du har rätt till stöd och skydd. Socialtjänsten har ansvar för att hjälpa dig.",
        "body": "- Att köpa sex är alltid olagligt. Det gäller även om den som säljer säger att det är frivilligt.\n- Det är kommunens socialtjänst som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.\n- Du bestämmer själv om uppgifter om dig får delas mellan till exempel socialtjänsten och polisen. Undantaget är om det finns oro för barn eller brott mot barn.\n- Om du är under 18 år kan den som utnyttjar dig dömas för människohandel även om hen inte har hotat eller lurat dig.",
        "easyRead": "Det är olagligt att köpa sex.\n\nSocialtjänsten ska hjälpa dig.\n\nDu bestämmer om andra får veta saker om dig. Men om du är ett barn och inte är trygg får vuxna berätta för varandra för att skydda dig."
      }
    },
    "fa-hjalp": {
      "sv": {
        "body": "Om du eller någon annan är i fara just nu: ring **112**.\n\nDu kan ringa **Kvinnofridslinjen på 020-50 50 50**. Det är gratis och du kan ringa dygnet runt.\n\nNär det inte är akut kan du ringa polisen på **114 14**, till exempel för att anmäla ett brott.\n\nSocialtjänsten i Karlskoga har ansvar för att hjälpa dig. Se fler ställen att vända sig till under Stöd.",
        "easyRead": "Är du i fara nu? Ring 112.\n\nVill du prata med någon? Ring Kvinnofridslinjen 020-50 50 50. Det kostar inget. Du kan ringa när som helst."
      }
    },
    "samverkan": {
      "sv": {
        "summary": "Vem som gör vad: socialtjänst, regionkoordinator, Nationellt metodstöd (NMT) och polis.",
        "body": "## 1. Socialtjänsten\nDet är kommunernas socialnämnder som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation. Socialtjänsten kan samverka med polisen, skolan, hälso- och sjukvården och ideella organisationer.\n\nDen enskilde måste lämna sitt samtycke för att information som omfattas av sekretess ska kunna delges i respektive verksamhet. Undantag är om det finns oro för barn eller brott mot barn.\n## 2. Regionkoordinatorn\nRegionkoordinatorn bistår regionala myndigheter, till exempel polis och socialtjänst, med stöd vid människohandelsärenden och länkar ärenden vidare till rätt instans. Regionkoordinatorn är spindeln i nätet mellan socialtjänst, polis, åklagare med flera.\n\nLänsstyrelsen samordnar också ett resursteam för länet med spetskompetens, dit du kan vända dig för konsultation.\n## 3. Nationellt metodstöd (NMT)\nRegionkoordinatorn håller kontinuerlig kontakt med den nationella samordnaren mot prostitution och människohandel hos Jämställdhetsmyndigheten, och synkar det regionala arbetet med det nationella.\n## 4. Polisen\nSocialtjänst och polis har var sina uppgifter, men insatser kan planeras i samverkan så att den enskilde får stöd och hjälp utifrån sina behov och så att eventuella brott kan klaras upp. Vid akut fara: ring 112. Annars: 114 14."
      }
    },
    "samtalsstod": {
      "sv": {
        "body": "Handlingsplanen säger att ett samtalsstöd ska tas fram i samverkan, för att ge trygghet att möta den som blivit utsatt. Här samlas det som handlingsplanen redan säger. Redaktionen kompletterar sidan när samtalsstödet är klart.\n## Innan samtalet\n- Ta reda på vilka rutiner din verksamhet har för att upptäcka och agera vid upptäckt.\n- Vet vart du kan vända dig: socialtjänsten, regionkoordinatorn och länets resursteam för konsultation.\n## Under samtalet\n- Att köpa och att försöka köpa sex är alltid olagligt. Den som är utsatt har inte gjort något brott genom att sälja.\n- Orsakerna varierar. Många gånger är det tillfälligheter, kontakter på internet, en pojkväns inverkan eller att personen blivit bjuden på saker i utbyte mot sex.\n- Berätta att information som omfattas av sekretess bara delas med personens samtycke, utom vid oro för barn eller brott mot barn.\n## Efter samtalet\n- Vid oro för ett barn: gör en orosanmälan till socialtjänsten.\n- Vid akut fara: ring 112. Vid misstanke om brott: kontakta polisen på 114 14.\n- Kontakta regionkoordinatorn vid misstanke om människohandel."
      }
    },
    "dolj-ditt-besok": {
      "sv": {
        "summary": "Vad knappen Lämna sidan snabbt gör och inte gör, och hur du surfar mer privat.",
        "body": [
          "## Knappen Lämna sidan snabbt\nKnappen byter direkt till en annan webbplats (SMHI:s väder). Du kan också trycka på Skift-tangenten tre gånger snabbt.\n\nKnappen **raderar inte** din historik. Den som har tillgång till din mobil eller dator kan se att du har varit här.\n## Så surfar du mer privat\n- Använd ett privat fönster (inkognito). Då sparas ingen historik när du stänger fönstret.\n- Radera historiken i webbläsaren efter ditt besök, eller bara de sidor du vill dölja.\n- Använd en dator eller mobil som ingen annan kan komma åt, till exempel på ett bibliotek.\n\nOm du är i fara just nu: ring 112.",
          "## Knappen Lämna sidan snabbt\nKnappen byter direkt till en annan webbplats (SMHI:s väder). Du kan också trycka på Skift-tangenten tre gånger snabbt.\n\nKnappen **raderar inte** din historik. Den som har tillgång till din mobil eller dator kan se att du har varit här.\n## Så surfar du mer privat\n- Använd ett privat fönster (inkognito). Då sparas ingen historik när du stänger fönstret.\n- Radera historiken i webbläsaren efter ditt besök, eller bara de sidor du vill dölja.\n- Använd helst en egen mobil eller dator som ingen annan kan komma åt. På en dator som andra också använder, till exempel på ett bibliotek, använder du ett privat fönster och loggar ut från allt när du är klar.\n\nOm du är i fara just nu: ring 112."
        ],
        "easyRead": [null]
      },
      "en": {
        "summary": "What the quick exit does and does not do, and how to browse more privately.",
        "body": [
          "## The quick exit button\nThe button takes you straight to another website (the Swedish weather service). You can also press the Shift key three times quickly.\n\nIt does **not** erase your history. Someone with access to your phone or computer can see that you visited this site.\n## Browse more privately\n- Use a private (incognito) window: no history is kept once you close it.\n- Delete your browser history after your visit, or just the pages you want to hide.\n- Use a device no one else can access, for example at a library.\n\nIf you are in danger right now: call 112.",
          "## The quick exit button\nThe button takes you straight to another website (the Swedish weather service). You can also press the Shift key three times quickly.\n\nIt does **not** erase your history. Someone with access to your phone or computer can see that you visited this site.\n## Browse more privately\n- Use a private (incognito) window: no history is kept once you close it.\n- Delete your browser history after your visit, or just the pages you want to hide.\n- Preferably use your own phone or computer that no one else can access. On a computer other people use too, for example at a library, use a private window and log out of everything when you are done.\n\nIf you are in danger right now: call 112."
        ],
        "easyRead": [null]
      }
    },
    "tillganglighet": {
      "sv": {
        "summary": "Hur tillgänglig Stödportalen är, vad vi vet inte fungerar och hur du kan påverka.",
        "body": "Karlskoga kommun står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.\n## Hur tillgänglig är webbplatsen?\nWebbplatsen är **delvis förenlig** med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan. Målet är nivå AA i WCAG 2.1.\n## Innehåll som inte är tillgängligt\n- Lättlästa versioner finns bara för sidorna för unga, inte för hela webbplatsen.\n- Handlingsplanen är inte översatt till engelska. Den visas på svenska med en upplysning om det.\n- Referenser i handlingsplanen leder till PDF-filer på andra webbplatser som vi inte har granskat.\n## Hur vi testat webbplatsen\nVi har gjort en självskattning (intern testning) av webbplatsen. Senaste bedömningen gjordes 2026-11-28. Varje sidmall testas automatiskt med verktyget axe mot WCAG 2.1 A och AA i mobil- och datorbredd, på svenska och engelska, och vi har kontrollerat att allt går att nå med tangentbord.\n## Rapportera brister\nOm du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta Karlskoga kommun och berätta vilken sida det gäller.\n## Tillsyn\nMyndigheten för digital förvaltning (Digg) ansvarar för tillsyn enligt lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du [anmäla det till Digg](https://www.digg.se/tdosanmalan)."
      },
      "en": {
        "body": "Karlskoga municipality runs this website and wants as many people as possible to be able to use it.\n## Compliance status\nThe website is **partially compliant** with the Swedish Act on accessibility to digital public services, because of the gaps below. The goal is WCAG 2.1 level AA.\n## Known gaps\n- Easy-read versions exist only for the pages for young people.\n- The action plan is only available in Swedish.\n- References in the plan link to PDF files on other websites that we have not reviewed.\n## How we tested\nSelf-assessment, most recently on 2026-11-28: every page template is tested automatically with axe against WCAG 2.1 A and AA at mobile and desktop widths, in Swedish and English, and checked for keyboard access.\n## Report a problem\nIf you find a problem not described here, contact Karlskoga municipality and tell us which page it concerns.\n## Enforcement\nThe Agency for Digital Government (Digg) is responsible for enforcement. If you are not satisfied with how we handle your feedback, you can [report it to Digg](https://www.digg.se/tdosanmalan)."
      }
    }
  },
  "resources": {
    "nmt": {
      "name": "Nationellt metodstöd mot prostitution och människohandel (NMT)",
      "body": "Nationellt metodstöd mot prostitution och människohandel (NMT) samlar kunskap och lägesrapporter om prostitution och människohandel i Sverige."
    },
    "kvinnofridslinjen": {
      "summary": "Nationell stödtelefon. Gratis att ringa, dygnet runt.",
      "body": "Kvinnofridslinjen är en nationell stödtelefon. Det är gratis att ringa, och du kan ringa dygnet runt."
    },
    "socialtjansten-karlskoga": {
      "body": "Det är kommunernas socialnämnder som har det yttersta ansvaret för att hjälpa personer som befinner sig i en utsatt situation.\n\nSocialtjänsten kan samverka med bland andra polisen, skolan, hälso- och sjukvården och ideella organisationer. Du måste lämna ditt samtycke för att information som omfattas av sekretess ska kunna delas mellan verksamheterna. Undantag är om det finns oro för barn eller brott mot barn."
    },
    "lansstyrelsens-resursteam": {
      "body": "Länsstyrelsen samordnar ett resursteam för länet som har spetskompetens inom området prostitution och människohandel för sexuella ändamål, dit en kan vända sig för konsultation.\n\nI teamet finns regionkoordinator, socialtjänst, polis, åklagare, Migrationsverket och Stadsmissionen."
    }
  },
  "acuteContacts": {
    "sv": [
      {
        "label": "Larmnumret 112",
        "number": "112",
        "when": "När någon är i fara just nu"
      },
      {
        "label": "Polisen",
        "number": "114 14",
        "when": "När det inte är akut, till exempel för att anmäla ett brott"
      },
      {
        "label": "Kvinnofridslinjen",
        "number": "020-50 50 50",
        "when": "Gratis, dygnet runt"
      }
    ],
    "en": [
      {
        "label": "Emergency number 112",
        "number": "112",
        "when": "When someone is in danger right now"
      },
      {
        "label": "Police",
        "number": "114 14",
        "when": "When it is not urgent, for example to report a crime"
      },
      {
        "label": "Kvinnofridslinjen (national helpline)",
        "number": "020-50 50 50",
        "when": "Free, around the clock"
      }
    ]
  },
  "termSources": {
    "sugardejting": [
      "Nationellt metodstöd mot prostitution och människohandel (NMT)"
    ]
  }
};
