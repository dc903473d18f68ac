/**
 * Serves the built web app. SvelteKit 3's Node adapter takes the request's protocol from a
 * header and otherwise assumes https, which would make every form post on plain http
 * (a laptop, a test run) look cross-site. Requests that arrive without X-Forwarded-Proto
 * came to us directly over http; a TLS-terminating proxy in front must set the header.
 */
import { createServer } from 'node:http';
import { clientAddress, proxySettingsFrom } from './src/lib/server/client-address.ts';

process.env.PROTOCOL_HEADER ??= 'x-forwarded-proto';
// The adapter's getClientAddress() reads this header, which is set below on every request
// (whatever a client sent in it): the person's address, through any trusted proxies.
const addressHeader = 'x-cjji-client-address';
process.env.ADDRESS_HEADER = addressHeader;
const proxies = proxySettingsFrom(process.env);
// A specifier the type checker does not follow: the build is generated JavaScript.
const built = './build/handler.js';
const { handler } = (await import(built)) as {
  handler: (req: unknown, res: unknown, next: () => void) => void;
};

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

createServer((request, response) => {
  request.headers['x-forwarded-proto'] ??= 'http';
  request.headers[addressHeader] = clientAddress(
    request.socket.remoteAddress,
    request.headers[proxies.header],
    proxies,
  );
  handler(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  });
}).listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
