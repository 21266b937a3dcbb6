/**
 * Who may use the moderation inbox: signed in to the admin, with the right to publish events (the
 * Kommunikatör role, Editors and super admins have it; Authors do not). Shared by the admin
 * routes and the admin panel's menu link and widget (no server code here: the panel imports it).
 */
export const INBOX_PERMISSION = { action: 'plugin::content-manager.explorer.publish', subject: 'api::event.event' } as const;
