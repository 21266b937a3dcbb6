// The CMS (with an editor's session), and where a test needs them a real SMTP sink the CMS mails
// through and the built web in front of it: one start and one stop for the integration tests.
import { afterAll, beforeAll } from 'vitest';
import { adminSession, startCms, type RunningCms } from './cms';
import { startSmtp, type TestSmtp } from './smtp';
import { startWeb, type RunningWeb } from './web';

export type AdminSession = Awaited<ReturnType<typeof adminSession>>;

export interface PortalStack {
  cms: RunningCms;
  admin: AdminSession;
  /** Present when started with `smtp: true`. */
  smtp: TestSmtp | undefined;
  /** Present when started with `web`. */
  web: RunningWeb | undefined;
  /** Stops what was started, the web first. */
  stop: () => Promise<void>;
}

export interface PortalStackOptions {
  /** The CMS's environment on top of the test defaults (and the SMTP settings with `smtp`). */
  cmsEnv?: Record<string, string>;
  /** Start an SMTP sink and point the CMS's mail at it. */
  smtp?: boolean;
  /** Start the built web against the CMS, with this environment (given the running CMS) on top of its defaults. */
  web?: { env?: (cms: RunningCms) => Record<string, string> };
}

export async function startPortalStack(options: PortalStackOptions = {}): Promise<PortalStack> {
  const started: { stop: () => Promise<void> }[] = [];
  const stop = async () => {
    for (const part of started.reverse()) await part.stop();
  };
  try {
    const smtp = options.smtp ? await startSmtp() : undefined;
    if (smtp) started.push(smtp);
    const smtpEnv: Record<string, string> = smtp ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Stödportalen <noreply@karlskoga.invalid>' } : {};
    // A copy of the run's seeded template (support/global-setup.ts) boots in seconds; a first boot that seeds takes over a minute on a busy 2-core machine.
    const cms = await startCms({ extraEnv: { ...smtpEnv, ...options.cmsEnv }, healthTimeoutMs: 100_000 });
    started.push(cms);
    const admin = await adminSession(cms);
    const web = options.web ? await startWeb({ cmsUrl: cms.url, readToken: cms.readToken, env: options.web.env?.(cms) }) : undefined;
    if (web) started.push(web);
    return { cms, admin, smtp, web, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts the stack before the calling `describe`'s tests (handing it to `started`, which keeps the
 * parts it needs) and stops it after them.
 */
export function usePortalStack(options: PortalStackOptions, started: (stack: PortalStack) => void): void {
  let stack: PortalStack | undefined;
  beforeAll(async () => {
    stack = await startPortalStack(options);
    started(stack);
  }, 150_000);
  afterAll(async () => {
    await stack?.stop();
  });
}

/** Creates a document (in Swedish) through the admin's content manager, published or as a draft; its documentId. */
export async function createDocument(admin: AdminSession, uid: string, data: Record<string, unknown>, { publish = false } = {}): Promise<string> {
  const response = await admin.request('POST', `/content-manager/collection-types/${uid}${publish ? '/actions/publish' : ''}?locale=sv`, data);
  const text = await response.text();
  if (response.status >= 300) throw new Error(`creating ${uid} answered ${response.status}: ${text}`);
  return (JSON.parse(text) as { data: { documentId: string } }).data.documentId;
}
