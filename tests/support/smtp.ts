// A real SMTP server on the loopback interface for the tests (the `smtp-server` package): the CMS
// sends through nodemailer to it, and the tests read what arrived.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort, waitFor } from './process.mjs';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The text/plain part, decoded. */
  text: string;
  /** The text/html part, decoded ('' when none). */
  html: string;
  raw: string;
}

/** A received message, decoded by mailparser (MIME parts, transfer encodings, encoded words). */
export async function parseMail(raw: Buffer, to: string[]): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  return {
    to,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : '',
    raw: raw.toString('latin1'),
  };
}

export interface TestSmtp {
  port: number;
  mails: ReceivedMail[];
  /** Waits until `count` mails match, or fails after the timeout. */
  waitFor: (match: (mail: ReceivedMail) => boolean, options?: { count?: number; timeoutMs?: number }) => Promise<ReceivedMail[]>;
  stop: () => Promise<void>;
}

/** Listens on `port` when given (a server started before the test knows it), else on a free one. */
export async function startSmtp(fixedPort?: number): Promise<TestSmtp> {
  const port = fixedPort ?? (await freePort());
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        parseMail(Buffer.concat(chunks), session.envelope.rcptTo.map((rcpt) => rcpt.address)).then(
          (mail) => {
            mails.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    mails,
    waitFor: (match, { count = 1, timeoutMs = 15_000 } = {}) =>
      waitFor(
        () => {
          const found = mails.filter(match);
          return found.length >= count ? found : null;
        },
        {
          timeoutMs,
          intervalMs: 100,
          message: `expected ${count} matching mail(s)`,
          describe: () => `got ${mails.filter(match).length}; received: ${mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join(' | ')}`,
        },
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
