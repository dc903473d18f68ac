/** Email through an SMTP server (SMTP_URL), with nodemailer. */
import { createTransport } from 'nodemailer';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close(): void;
}

/** `smtpUrl` as nodemailer reads it, e.g. smtp://localhost:2525 or smtps://user:pass@smtp.example.gov.uk. */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  // Bounded waits: a send holds its reminder's row locked until the server answers.
  const transport = createTransport(
    { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
    { from },
  );
  return {
    async send(message) {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}
