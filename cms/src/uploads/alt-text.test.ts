import { describe, expect, it } from 'vitest';
import { hasAltText, imagesIn, missingAltTextMessage, populateFor } from './alt-text';

const schemas: Record<string, { attributes: Record<string, { type: string; component?: string; repeatable?: boolean }> }> = {
  'plan.section': { attributes: { heading: { type: 'string' }, body: { type: 'blocks' } } },
  'shared.reference': { attributes: { title: { type: 'string' } } },
};
const campaign = {
  attributes: {
    title: { type: 'string' },
    image: { type: 'media' },
    body: { type: 'blocks' },
    sections: { type: 'component', component: 'plan.section', repeatable: true },
    references: { type: 'component', component: 'shared.reference', repeatable: true },
  },
};
const schemaOf = (uid: string) => schemas[uid];
const imageBlock = (name: string, alternativeText: string | null) => ({ type: 'image', image: { name, alternativeText, url: `/uploads/${name}` }, children: [{ type: 'text', text: '' }] });

describe('images need alternative text', () => {
  it('finds images in media fields, blocks and blocks inside components', () => {
    const row = {
      title: 'x',
      image: { name: 'affisch.png', mime: 'image/png', alternativeText: null },
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'hej' }] }, imageBlock('karta.jpg', 'Karta över Karlskoga')],
      sections: [{ heading: 'a', body: [] }, { heading: 'b', body: [imageBlock('foto.webp', ' ')] }],
      references: [{ title: 'r' }],
    };
    expect(imagesIn(row, campaign, schemaOf)).toEqual([
      { field: 'image', name: 'affisch.png', alternativeText: null },
      { field: 'body', name: 'karta.jpg', alternativeText: 'Karta över Karlskoga' },
      { field: 'sections.1.body', name: 'foto.webp', alternativeText: ' ' },
    ]);
  });

  it('ignores files that are not images (a PDF needs no alternative text)', () => {
    expect(imagesIn({ image: { name: 'plan.pdf', mime: 'application/pdf', alternativeText: null } }, campaign, schemaOf)).toEqual([]);
  });

  it('counts empty and blank text as missing', () => {
    expect(hasAltText('Två personer i samtal')).toBe(true);
    for (const value of [null, undefined, '', '   ', 42]) expect(hasAltText(value)).toBe(false);
  });

  it('says in Swedish which image lacks the text and where to write it', () => {
    const message = missingAltTextMessage([{ field: 'image', name: 'affisch.png', alternativeText: null }]);
    expect(message).toMatch(/^Bilden saknar alternativtext: "affisch\.png"\./);
    expect(message).toContain('"Alternativ text"');
    expect(message).toContain('mediebiblioteket');
  });

  it('populates media fields, and components that can hold images', () => {
    expect(populateFor(campaign, schemaOf)).toEqual({ image: { select: ['id', 'name', 'mime', 'alternativeText'] }, sections: true });
  });
});
