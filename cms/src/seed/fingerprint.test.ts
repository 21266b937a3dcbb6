import { describe, expect, it } from 'vitest';
import { canonical, decideField, fingerprint, holdsNoText } from './fingerprint';

describe('fingerprint', () => {
  it('ignores ids, empty fields and key order, as the database returns components', () => {
    const written = [{ label: 'Polisen', number: '114 14', when: 'När det inte är akut' }];
    const readBack = [{ id: 7, when: 'När det inte är akut', number: '114 14', label: 'Polisen', extra: null }];
    expect(fingerprint(readBack)).toBe(fingerprint(written));
    expect(canonical(readBack)).toEqual(written);
  });

  it('tells different texts apart', () => {
    expect(fingerprint('Ring 112')).not.toBe(fingerprint('Ring 112.'));
    expect(fingerprint([{ type: 'paragraph', children: [{ type: 'text', text: 'a' }] }])).not.toBe(
      fingerprint([{ type: 'paragraph', children: [{ type: 'text', text: 'a', bold: true }] }]),
    );
  });
});

describe('decideField', () => {
  const old = 'Du bestämmer själv om uppgifter om dig får delas.';
  const next = 'Vuxna som arbetar med barn måste berätta för socialtjänsten.';

  it('updates a value that still is what the seed wrote (recorded fingerprint)', () => {
    expect(decideField(old, next, fingerprint(old), [])).toBe('update');
  });

  it('updates a value from before fingerprints only when it equals a superseded seed value', () => {
    expect(decideField(old, next, undefined, [old])).toBe('update');
    expect(decideField('Redaktörens text', next, undefined, [old])).toBe('editor');
  });

  it('keeps an editor’s value, even if it equals an older seed text than the recorded one', () => {
    expect(decideField('Redaktörens text', next, fingerprint(old), [old])).toBe('editor');
    const older = 'Ännu äldre seedtext';
    expect(decideField(older, next, fingerprint(old), [older])).toBe('editor');
  });

  it('reports a value that already is the new one', () => {
    expect(decideField(next, next, undefined, [])).toBe('same');
    expect(decideField(null, undefined, undefined, [])).toBe('same');
  });

  describe('a field the earlier seed left empty (null among the superseded values, or a recorded fingerprint of null)', () => {
    const blocks = [{ type: 'paragraph', children: [{ type: 'text', text: 'Stäng fliken när du är klar.' }] }];
    const adminEmpty = [{ type: 'paragraph', children: [{ type: 'text', text: '' }] }];

    it('fills it in while it still holds no text, whatever the admin stored for empty', () => {
      for (const empty of [null, undefined, '', [], adminEmpty]) {
        expect(decideField(empty, blocks, undefined, [null])).toBe('update');
        expect(decideField(empty, blocks, fingerprint(null), [])).toBe('update');
      }
    });

    it('keeps the text an editor wrote into it', () => {
      const editor = [{ type: 'paragraph', children: [{ type: 'text', text: 'Redaktörens lättlästa text.' }] }];
      expect(decideField(editor, blocks, undefined, [null])).toBe('editor');
      expect(decideField(editor, blocks, fingerprint(null), [])).toBe('editor');
    });

    it('without the marker an empty field stays an editor’s choice, as before', () => {
      expect(decideField(null, blocks, undefined, [])).toBe('editor');
      expect(decideField(adminEmpty, blocks, undefined, ['En äldre text'])).toBe('editor');
    });
  });
});

describe('holdsNoText', () => {
  it('sees text only in strings other than block types', () => {
    expect(holdsNoText([{ type: 'heading', level: 2, children: [{ type: 'text', text: '  ' }] }])).toBe(true);
    expect(holdsNoText([{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }])).toBe(false);
    expect(holdsNoText('Ring 112')).toBe(false);
    expect(holdsNoText(0)).toBe(false);
  });
});
