import { describe, expect, it } from 'vitest';
import { canonical, decideField, fingerprint } from './fingerprint';

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
});
