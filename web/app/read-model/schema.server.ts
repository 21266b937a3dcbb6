// The CMS's GraphQL schema (shared/graphql/schema.graphql, written by Strapi), which the read model
// uses twice: to know every field of a type when it syncs, and to answer the web's own GraphQL
// documents from memory with graphql-js (execute.server.ts).
import { READ_MODEL_MEDIA_FIELDS } from '@stodportalen/shared';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import sdl from '../../../shared/graphql/schema.graphql?raw';
import { TYPE_BY_NAME } from './types';

let schema: GraphQLSchema | undefined;

export function cmsSchema(): GraphQLSchema {
  // Without source locations: the schema is kept for the life of the process, and its tokens and
  // locations took 1.3 MB of the heap (every byte of it marked at each major collection).
  schema ??= buildSchema(sdl, { assumeValidSDL: true, noLocation: true });
  return schema;
}

export function objectType(name: string): GraphQLObjectType {
  const type = cmsSchema().getType(name);
  if (!isObjectType(type)) throw new Error(`The CMS schema has no object type ${name}`);
  return type;
}

export type FieldKind = 'scalar' | 'component' | 'media' | 'relation' | 'localizations' | 'skip';

/**
 * What the read model keeps of a media field (an UploadFile): what the portal shows an image with
 * (models/image.ts). The web's documents select no more of it (shared/graphql/documents/media.graphql).
 */
export const MEDIA_SELECTION = READ_MODEL_MEDIA_FIELDS.join(' ');

/** What a field of a public type holds, for syncing and resolving it. */
export function fieldKind(field: GraphQLField<unknown, unknown>): FieldKind {
  if (field.name === 'localizations') return 'localizations';
  if (field.name.endsWith('_connection')) return 'skip';
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return 'scalar';
  if (TYPE_BY_NAME.has(named.name)) return 'relation';
  if (named.name.startsWith('Component')) return 'component';
  // An image of a document: kept with the document, as a component is.
  if (named.name === 'UploadFile') return 'media';
  // Anything else the web's token cannot read.
  return 'skip';
}

export function isListField(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

export function hasPagination(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => arg.name === 'pagination');
}

/** The relation fields of a public type and the public type each points to. */
export function relationFields(type: string): { name: string; target: string }[] {
  return Object.values(objectType(type).getFields()).flatMap((field) => (fieldKind(field) === 'relation' ? [{ name: field.name, target: getNamedType(field.type).name }] : []));
}

/** The public types that hold relations to `type` (their stored references change with it). */
export function typesReferring(type: string): string[] {
  const referring: string[] = [];
  for (const name of TYPE_BY_NAME.keys()) {
    const fields = Object.values(objectType(name).getFields());
    if (fields.some((field) => fieldKind(field) === 'relation' && getNamedType(field.type).name === type)) referring.push(name);
  }
  return referring;
}
