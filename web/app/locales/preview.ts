// Text for the draft preview (/forhandsvisning), which only communicators open from the CMS.
export const previewSv = {
  metaTitle: 'Förhandsvisning',
  banner: 'Förhandsvisning',
  bannerText: 'Det här är ett utkast. Besökare ser det inte förrän det är publicerat.',
  types: { event: 'Evenemang', campaign: 'Kampanj', page: 'Sida' },
  when: 'När',
  period: 'Period',
  place: 'Plats',
  online: 'På nätet',
  organiser: 'Arrangör',
  registration: 'Anmälan',
  noEvents: 'Inga evenemang är kopplade till kampanjen.',
  eventNotPublished: 'Inte publicerat. Evenemanget syns inte på kampanjsidan förrän det är publicerat.',
  howToOpen: 'Öppna förhandsvisningen igen från redigeringsverktyget (knappen Förhandsgranska), så får du en ny länk.',
  problems: {
    expired: { title: 'Länken har slutat gälla', text: 'En länk till förhandsvisningen gäller i 15 minuter.' },
    invalid: { title: 'Länken fungerar inte', text: 'Länken till förhandsvisningen är fel eller ändrad.' },
    missing: { title: 'Länken saknas', text: 'Förhandsvisningen öppnas bara med en länk från redigeringsverktyget.' },
  },
};

export const previewEn: typeof previewSv = {
  metaTitle: 'Preview',
  banner: 'Preview',
  bannerText: 'This is a draft. Visitors do not see it until it is published.',
  types: { event: 'Event', campaign: 'Campaign', page: 'Page' },
  when: 'When',
  period: 'Period',
  place: 'Place',
  online: 'Online',
  organiser: 'Organiser',
  registration: 'Registration',
  noEvents: 'No events are linked to the campaign.',
  eventNotPublished: 'Not published. The event does not show on the campaign page until it is published.',
  howToOpen: 'Open the preview again from the editor (the Preview button) to get a new link.',
  problems: {
    expired: { title: 'The link has expired', text: 'A preview link works for 15 minutes.' },
    invalid: { title: 'The link does not work', text: 'The preview link is wrong or has been changed.' },
    missing: { title: 'The link is missing', text: 'The preview opens only with a link from the editor.' },
  },
};
