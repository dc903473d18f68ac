/**
 * A real SMTP server on a free local port (smtp-server), keeping every message it receives,
 * parsed (mailparser), so that tests read what a person's mailbox would get.
 */
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port>, as SMTP_URL takes it. */
  url: string;
  messages: ReceivedMail[];
  /** The messages to one address, in the order they arrived. */
  to(address: string): ReceivedMail[];
  stop(): Promise<void>;
}

export async function startSmtpServer(
  port = 0,
  onMessage?: (mail: ReceivedMail) => void,
): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    // Plain local SMTP, as a development mail catcher offers: no TLS upgrade, no sign-in.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          };
          // Kept before the server answers, so a sender that has been told "sent" finds it here.
          messages.push(mail);
          onMessage?.(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    messages,
    to: (address) => messages.filter((mail) => mail.to.includes(address)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
