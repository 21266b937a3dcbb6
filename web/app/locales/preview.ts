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
};
