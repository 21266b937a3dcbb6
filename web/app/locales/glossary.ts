/** Text for the glossary (/begrepp). The English has the same shape. */
export const glossarySv = {
  metaTitle: 'Begrepp',
  metaDescription: 'Vad betyder prostitution, människohandel och sugardejting? Här förklarar vi orden som används i handlingsplanen.',
  heading: 'Begrepp',
  lead: 'Här förklarar vi orden som används på webbplatsen och i handlingsplanen.',
  jumpLabel: 'Hoppa till bokstav',
  sourceLabel: 'Källa',
  empty: 'Det finns inga begrepp här ännu.',
  someInSwedish: 'En del av begreppen finns inte på engelska än. De visas på svenska.',
  /** The letters of the jump list, in alphabetical order. */
  alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ',
};

export const glossaryEn: typeof glossarySv = {
  metaTitle: 'Glossary',
  metaDescription: 'What do prostitution, human trafficking and sugar dating mean? Here we explain the words used in the action plan.',
  heading: 'Glossary',
  lead: 'Here we explain the words used on this website and in the action plan.',
  jumpLabel: 'Jump to letter',
  sourceLabel: 'Source',
  empty: 'There are no terms here yet.',
  someInSwedish: 'Some of the terms are not available in English yet. They are shown in Swedish.',
  alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
};
