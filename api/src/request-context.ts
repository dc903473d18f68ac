/**
 * Builds each request's context: the viewer from the bearer token the web app sends, and the
 * client's address, taken from X-Forwarded-For only when the request comes from a trusted
 * proxy (by default the web app on the same machine).
 */
import type { PrismaClient } from '@cjji/db';
import type { IncomingMessage } from 'node:http';
import { config } from './config.ts';
import { createContext, type Context } from './context.ts';
import { sessionForToken } from './modules/access/sessions.ts';

const trustedProxies = new Set(config().TRUSTED_PROXIES);

export function clientAddressOf(request: IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  if (!trustedProxies.has(peer) || typeof forwarded !== 'string') return peer;
  // The right-most address was added by the trusted proxy; anything left of it the client could forge.
  return (
    forwarded
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean)
      .at(-1) ?? peer
  );
}

export function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  const match =
    typeof header === 'string' ? /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim()) : null;
  return match?.[1] ?? null;
}

export function requestContext(prisma: PrismaClient, now: () => Date = () => new Date()) {
  return async (request: IncomingMessage): Promise<Context> => {
    const token = bearerToken(request);
    const { viewer, contentVersion } = token
      ? await sessionForToken(prisma, token, now())
      : { viewer: null, contentVersion: null };
    return createContext(prisma, now, viewer, clientAddressOf(request), contentVersion);
  };
}
