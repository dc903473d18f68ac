/**
 * `pnpm mail:catch`: a local SMTP server that prints every email it receives, to see the
 * reminders the API sends while developing. Start the API with SMTP_URL=smtp://localhost:2525.
 */
import { startSmtpServer } from './smtp-server.ts';

const port = Number(process.env.SMTP_PORT ?? 2525);
const server = await startSmtpServer(port, (mail) => {
  console.log(
    `\n── To: ${mail.to.join(', ')}\n── From: ${mail.from}\n── Subject: ${mail.subject}\n\n${mail.text}`,
  );
});
console.log(
  `Catching email at ${server.url.replace('127.0.0.1', 'localhost')} – set SMTP_URL to that for the API. Ctrl-C stops.`,
);
process.on('SIGINT', () => server.stop().then(() => process.exit(0)));
