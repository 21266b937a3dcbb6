// The read model's memory: every published document of every public type, per locale, by
// documentId (insertion order = the CMS's order), with a version per type that invalidates the
// derived indexes (slug lookups, sorted orders) when the type changes.
import type { StoredDocument } from './types';

type Collection = Map<string, Map<string, StoredDocument>>;

export interface Fingerprint {
  count: number;
  maxPublishedAt: string | null;
  maxUpdatedAt: string | null;
}

export class ReadModelStore {
  private readonly collections = new Map<string, Collection>();
  private readonly versions = new Map<string, number>();
  private readonly derived = new Map<string, { version: number; value: unknown }>();

  version(type: string): number {
    return this.versions.get(type) ?? 0;
  }

  private changes = 0;

  /** Goes up with every change of any type (for values that read several types). */
  get generation(): number {
    return this.changes;
  }

  private bump(type: string): void {
    this.versions.set(type, this.version(type) + 1);
    this.changes += 1;
  }

  /** Replaces every document of a type (a full sync of it). */
  replaceType(type: string, documents: Iterable<StoredDocument>): void {
    const collection: Collection = new Map();
    for (const doc of documents) {
      let byId = collection.get(doc.locale);
      if (!byId) collection.set(doc.locale, (byId = new Map()));
      byId.set(doc.documentId, doc);
    }
    this.collections.set(type, collection);
    this.bump(type);
  }

  /** Puts a document's versions in `locales`: a found one replaces, a missing one is removed. */
  replaceDocument(type: string, documentId: string, found: Map<string, StoredDocument | null>): void {
    let collection = this.collections.get(type);
    if (!collection) this.collections.set(type, (collection = new Map()));
    for (const [locale, doc] of found) {
      let byId = collection.get(locale);
      if (!byId) collection.set(locale, (byId = new Map()));
      if (doc) byId.set(documentId, doc);
      else byId.delete(documentId);
    }
    this.bump(type);
  }

  /** Every document of a type in a locale, in the CMS's order. */
  all(type: string, locale: string): StoredDocument[] {
    return this.cached(`all:${type}:${locale}`, type, () => [...(this.collections.get(type)?.get(locale)?.values() ?? [])]);
  }

  get(type: string, locale: string, documentId: string): StoredDocument | undefined {
    return this.collections.get(type)?.get(locale)?.get(documentId);
  }

  /** The versions of a document in every locale but `except`. */
  localizations(type: string, documentId: string, except: string): StoredDocument[] {
    const found: StoredDocument[] = [];
    for (const [locale, byId] of this.collections.get(type) ?? []) {
      const doc = locale === except ? undefined : byId.get(documentId);
      if (doc) found.push(doc);
    }
    return found;
  }

  /** A value computed from a type's documents, kept until the type changes. */
  cached<T>(key: string, type: string, compute: () => T): T {
    const version = this.version(type);
    const hit = this.derived.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = compute();
    this.derived.set(key, { version, value });
    return value;
  }

  /** The same measures the consistency check asks the CMS for. */
  fingerprint(type: string, locale: string): Fingerprint {
    let count = 0;
    let maxPublishedAt: string | null = null;
    let maxUpdatedAt: string | null = null;
    for (const doc of this.collections.get(type)?.get(locale)?.values() ?? []) {
      count += 1;
      maxPublishedAt = later(maxPublishedAt, doc.publishedAt ?? null);
      maxUpdatedAt = later(maxUpdatedAt, doc.updatedAt ?? null);
    }
    return { count, maxPublishedAt, maxUpdatedAt };
  }

  /** Documents held, per type (all locales). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [type, collection] of this.collections) {
      counts[type] = [...collection.values()].reduce((sum, byId) => sum + byId.size, 0);
    }
    return counts;
  }
}

function later(a: string | null, b: string | null): string | null {
  if (!b) return a;
  if (!a) return b;
  return Date.parse(b) > Date.parse(a) ? b : a;
}
