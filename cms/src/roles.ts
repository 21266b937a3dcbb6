/** The editors' role: created in bootstrap (bootstrap/communicator-role.ts); moderation mails its users. */
export const COMMUNICATOR_ROLE = {
  name: 'Kommunikatör',
  code: 'stodportalen-kommunikator',
  description: 'Skapar, redigerar och publicerar evenemang, kampanjer, sidor, stödresurser och uppföljningar; rapporterar aktiviteternas status; granskar inskickade evenemang.',
};
