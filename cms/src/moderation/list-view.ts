import type { Core } from '@strapi/strapi';

type ListMeta = { label?: string; searchable?: boolean; sortable?: boolean };
type Configuration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, { edit?: Record<string, unknown>; list?: ListMeta }>;
  layouts?: { list?: string[]; edit?: unknown };
};

/**
 * Communicators find tips waiting for review in the content manager's event list: the list shows
 * the review status ("Granskning") as a column they can sort and filter by
 * (`?filters[$and][0][moderationStatus][$eq]=pending`, see cms/README.md). Added when missing, so
 * a layout otherwise arranged in the admin stays as it is.
 */
export async function showModerationInEventList(strapi: Core.Strapi): Promise<void> {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  const contentType = strapi.contentType('api::event.event');
  const { uid: _uid, ...configuration }: Configuration & { uid?: string } = await contentTypes.findConfiguration(contentType);
  const list = configuration.layouts?.list ?? [];
  if (list.includes('moderationStatus')) return;
  const metadata = configuration.metadatas?.moderationStatus ?? {};
  await contentTypes.updateConfiguration(contentType, {
    ...configuration,
    layouts: { ...configuration.layouts, list: [...list.filter((field) => field !== 'id').slice(0, 3), 'startsAt', 'moderationStatus'].filter((field, index, all) => all.indexOf(field) === index) },
    metadatas: {
      ...configuration.metadatas,
      moderationStatus: { ...metadata, list: { ...metadata.list, label: 'Granskning', searchable: true, sortable: true } },
    },
  });
}
