// Who is told about a new partner tip when MODERATOR_EMAILS is not set: the users with the
// Kommunikatör role, and on an installation without any, every super admin (issue 15), through a
// real SMTP sink.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { communicatorSession, type RunningCms } from '../support/cms';
import { clientKey, validPayload } from '../support/event-tips';
import type { TestSmtp } from '../support/smtp';
import { usePortalStack, type AdminSession } from '../support/stack';

const SUPER_ADMIN = 'redaktor@example.invalid';
const COMMUNICATOR = 'kim-tips@example.invalid';

describe('new tips reach moderators without configuration', () => {
  let cms: RunningCms;
  let smtp: TestSmtp;
  let admin: AdminSession;

  usePortalStack({ smtp: true, cmsEnv: { MODERATOR_EMAILS: '', SEED: 'false' } }, (stack) => {
    cms = stack.cms;
    admin = stack.admin;
    smtp = stack.smtp!;
  });

  async function tip(title: string): Promise<void> {
    const response = await fetch(`${cms.url}/api/event-submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-stodportalen-client': clientKey(randomUUID()), authorization: `Bearer ${cms.submissionToken}` },
      body: JSON.stringify(validPayload({ title })),
    });
    expect(response.status).toBe(201);
  }

  it('without communicators, every super admin gets the mail', async () => {
    const title = `Tips utan kommunikatör ${randomUUID().slice(0, 8)}`;
    await tip(title);
    const [mail] = await smtp.waitFor((m) => m.subject === `Nytt evenemang att granska: ${title}`);
    expect(mail!.to).toContain(SUPER_ADMIN);
  });

  it('with a communicator, the communicator gets it and the super admin does not', async () => {
    await communicatorSession(cms, admin, COMMUNICATOR);
    const title = `Tips med kommunikatör ${randomUUID().slice(0, 8)}`;
    await tip(title);
    const [mail] = await smtp.waitFor((m) => m.subject === `Nytt evenemang att granska: ${title}`);
    expect(mail!.to).toContain(COMMUNICATOR);
    expect(mail!.to).not.toContain(SUPER_ADMIN);
  });
});
