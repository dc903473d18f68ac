/**
 * A password in front of the embedded database. pglite-socket hands a connection's startup
 * message straight to PGlite, which answers "authenticated" to any user and password as a
 * superuser. So PGlite's socket listens on a Unix socket in a folder only this operating-system
 * user can enter (mode 0700), and the API reaches it through this gate on the loopback address:
 * the gate asks for a password (the PostgreSQL protocol's cleartext exchange, which never
 * leaves this machine), refuses a wrong one as PostgreSQL does (28P01), and only then connects
 * the client through to PGlite, replaying its startup message.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

const protocolVersion3 = 196608;
const sslRequest = 80877103;
const gssEncRequest = 80877104;
/** A client that has not signed in by then is dropped, so none can hold a connection open. */
const signInTimeoutMs = 10_000;

function digest(text: string) {
  return createHash('sha256').update(text).digest();
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat(
    [
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', code],
      ['M', message],
    ].map(([type, value]) => Buffer.from(`${type}${value}\0`, 'utf8')),
  );
  const body = Buffer.concat([fields, Buffer.from([0])]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

/** AuthenticationCleartextPassword. */
const askForPassword = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]);

export interface PasswordGate {
  /** host:port on the loopback address. */
  readonly address: string;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (a port the system picks) and lets through to `upstreamPath` only the
 * connections that give `password`.
 */
export async function openPasswordGate(options: {
  upstreamPath: string;
  password: string;
}): Promise<PasswordGate> {
  const expected = digest(options.password);
  const sockets = new Set<Socket>();
  // Once closing, a client that was already queued (pg-boss reconnects at once) is turned
  // away, or the server would wait for it for ever.
  let closing = false;

  function handle(client: Socket) {
    if (closing) {
      client.destroy();
      return;
    }
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.setTimeout(signInTimeoutMs, () => client.destroy());
    let buffered = Buffer.alloc(0);
    let startup: Buffer | null = null;
    const refuse = (code: string, message: string) => {
      client.end(errorResponse(code, message));
    };
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (true) {
        if (!startup) {
          // Untyped messages: a length, then a code.
          if (buffered.length < 8) return;
          const length = buffered.readInt32BE(0);
          if (length < 8 || length > 10_000) return refuse('08P01', 'invalid startup packet');
          if (buffered.length < length) return;
          const code = buffered.readInt32BE(4);
          const message = buffered.subarray(0, length);
          buffered = buffered.subarray(length);
          if (code === sslRequest || code === gssEncRequest) {
            client.write('N');
            continue;
          }
          if (code !== protocolVersion3) return refuse('08P01', 'unsupported request');
          startup = Buffer.from(message);
          client.write(askForPassword);
          continue;
        }
        // Typed messages: a type byte, then a length that counts itself.
        if (buffered.length < 5) return;
        const length = buffered.readInt32BE(1);
        if (length < 4 || length > 10_000) return refuse('08P01', 'invalid password packet');
        if (buffered.length < length + 1) return;
        if (buffered[0] !== 0x70) return refuse('08P01', 'expected a password');
        const given = buffered
          .subarray(5, length + 1)
          .toString('utf8')
          .replace(/\0$/, '');
        buffered = buffered.subarray(length + 1);
        if (!timingSafeEqual(digest(given), expected))
          return refuse('28P01', 'password authentication failed');
        client.off('data', onData);
        client.setTimeout(0);
        passThrough(client, startup, buffered);
        return;
      }
    };
    client.on('data', onData);
  }

  function passThrough(client: Socket, startup: Buffer, rest: Buffer) {
    if (closing) {
      client.destroy();
      return;
    }
    const upstream = connect(options.upstreamPath);
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    client.on('close', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    upstream.write(startup);
    if (rest.length) upstream.write(rest);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    async close() {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
