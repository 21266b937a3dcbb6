import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPONENT_TEXTS, FIELD_TEXTS, LIST_COLUMNS, withFieldTexts } from './admin-labels';

const apiDir = path.resolve(__dirname, '../api');
const componentsDir = path.resolve(__dirname, '../components');
type Schema = { attributes: Record<string, { type: string }>; info: { displayName: string } };

function contentTypeSchemas(): Map<string, Schema> {
  const schemas = new Map<string, Schema>();
  for (const api of readdirSync(apiDir)) {
    const dir = path.join(apiDir, api, 'content-types');
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) schemas.set(`api::${api}.${name}`, JSON.parse(readFileSync(path.join(dir, name, 'schema.json'), 'utf8')) as Schema);
  }
  return schemas;
}

/** Content types editors write in: every field of these has a Swedish label. */
const EDITORIAL = ['api::campaign.campaign', 'api::event.event', 'api::page.page', 'api::support-resource.support-resource', 'api::organisation.organisation', 'api::term.term', 'api::activity.activity', 'api::follow-up.follow-up', 'api::site.site'];

describe('Swedish texts in the content manager', () => {
  const schemas = contentTypeSchemas();
  const texts = new Map(FIELD_TEXTS);

  it.each(EDITORIAL)('labels every field of %s', (uid) => {
    const schema = schemas.get(uid);
    expect(schema, uid).toBeDefined();
    const labelled = Object.keys(texts.get(uid as never) ?? {});
    expect(Object.keys(schema!.attributes).filter((field) => !labelled.includes(field))).toEqual([]);
  });

  it('labels only fields that exist, with labels that are not the field name', () => {
    for (const [uid, fields] of FIELD_TEXTS) {
      const attributes = schemas.get(uid)?.attributes ?? {};
      for (const [field, text] of Object.entries(fields)) {
        expect(attributes[field], `${uid}.${field}`).toBeDefined();
        expect(text.label).not.toBe(field);
      }
    }
    for (const [uid, fields] of COMPONENT_TEXTS) {
      const [category, name] = uid.split('.');
      const component = JSON.parse(readFileSync(path.join(componentsDir, category!, `${name}.json`), 'utf8')) as Schema;
      expect(Object.keys(component.attributes).filter((field) => !(field in fields)), uid).toEqual([]);
    }
  });

  it('hides the internal fields and shows the ones the CMS fills read-only', () => {
    const event = texts.get('api::event.event')!;
    for (const field of ['submissionKey', 'submissionFingerprint']) expect(event[field]?.hidden, field).toBe(true);
    expect(event.submitterEmail?.readOnly).toBe(true);
    for (const [uid, fields] of FIELD_TEXTS) {
      if ('submissionKey' in (schemas.get(uid)?.attributes ?? {})) expect(fields.submissionKey?.hidden, uid).toBe(true);
    }
  });

  it('lists only columns that exist and are not internal', () => {
    for (const [uid, columns] of LIST_COLUMNS) {
      const attributes = schemas.get(uid)?.attributes ?? {};
      const hidden = Object.entries(texts.get(uid) ?? {}).filter(([, text]) => text.hidden).map(([field]) => field);
      for (const column of columns) {
        expect(['id', 'createdAt', 'updatedAt'].includes(column) || column in attributes, `${uid}: ${column}`).toBe(true);
        expect(hidden).not.toContain(column);
      }
    }
  });
});

describe('withFieldTexts', () => {
  const fields = {
    title: { label: 'Rubrik', description: 'Kort.', placeholder: 'Till exempel' },
    submissionKey: { label: 'Nyckel', hidden: true },
    submitterEmail: { label: 'E-post', readOnly: true },
  };
  const strapiDefault = {
    metadatas: {
      title: { edit: { label: 'title', description: '', placeholder: '', visible: true, editable: true }, list: { label: 'title' } },
      submissionKey: { edit: { label: 'submissionKey', visible: true, editable: true }, list: { label: 'submissionKey' } },
      submitterEmail: { edit: { label: 'submitterEmail', visible: true, editable: true }, list: { label: 'submitterEmail' } },
    },
    layouts: { list: ['id', 'title', 'submissionKey'] },
  };

  it('sets labels, help texts and placeholders, hides internal fields and locks the read-only ones', () => {
    const updated = withFieldTexts(strapiDefault, fields, { columns: ['id', 'title', 'updatedAt'], attributeNames: ['title', 'submissionKey', 'submitterEmail'] });
    expect(updated?.metadatas?.title?.edit).toMatchObject({ label: 'Rubrik', description: 'Kort.', placeholder: 'Till exempel', visible: true, editable: true });
    expect(updated?.metadatas?.title?.list?.label).toBe('Rubrik');
    expect(updated?.metadatas?.submissionKey?.edit).toMatchObject({ visible: false, editable: false });
    expect(updated?.metadatas?.submitterEmail?.edit).toMatchObject({ label: 'E-post', visible: true, editable: false });
    expect(updated?.layouts?.list).toEqual(['id', 'title', 'updatedAt']);
  });

  it('keeps what an administrator wrote, and changes nothing the second time', () => {
    const edited = {
      ...strapiDefault,
      metadatas: { ...strapiDefault.metadatas, title: { edit: { label: 'Namn på kampanjen', description: 'Egen hjälptext' }, list: { label: 'Namn' } } },
      layouts: { list: ['id', 'submitterEmail', 'title', 'createdAt'] },
    };
    const updated = withFieldTexts(edited, fields, { columns: ['id', 'title', 'updatedAt'], attributeNames: ['title', 'submissionKey', 'submitterEmail', 'a', 'b', 'c', 'createdAt'] });
    expect(updated?.metadatas?.title?.edit).toMatchObject({ label: 'Namn på kampanjen', description: 'Egen hjälptext', placeholder: 'Till exempel' });
    expect(updated?.metadatas?.title?.list?.label).toBe('Namn');
    expect(updated?.layouts?.list).toEqual(['id', 'submitterEmail', 'title', 'createdAt']);
    expect(withFieldTexts(updated!, fields, { columns: ['id', 'title', 'updatedAt'], attributeNames: ['title'] })).toBeNull();
  });
  it('replaces a help text this code once set that is no longer true (times in the computer’s zone)', () => {
    const TEXT_OF_STARTS_AT = new Map(FIELD_TEXTS).get('api::event.event')!.startsAt!;
    const old = 'Dag och tid. Tiden är i din dators tidszon (i Sverige svensk tid). Webbplatsen visar svensk tid.';
    const configuration = { metadatas: { startsAt: { edit: { label: 'Börjar', description: old }, list: { label: 'Börjar' } } } };
    const updated = withFieldTexts(configuration, { startsAt: TEXT_OF_STARTS_AT });
    expect(updated?.metadatas?.startsAt?.edit?.description).toBe(TEXT_OF_STARTS_AT.description);
    expect(updated?.metadatas?.startsAt?.edit?.description).toContain('svensk tid, vilken tidszon din dator än har');
  });
});
