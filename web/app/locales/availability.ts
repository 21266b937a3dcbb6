/** Text about the site's own availability (shown when the CMS is down or slow). */
export const availabilitySv = {
  staleNotice: 'Innehållet kan vara inaktuellt just nu. Vi visar den senaste versionen vi har.',
};

export const availabilityEn: typeof availabilitySv = {
  staleNotice: 'The content may be out of date right now. We are showing the latest version we have.',
};
