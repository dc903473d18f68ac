import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';

/** Security headers the CSP (set by SvelteKit from vite.config.ts) does not cover. */
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  response.headers.set('X-Content-Type-Options', 'nosniff');
  response.headers.set('Referrer-Policy', 'same-origin');
  response.headers.set('X-Frame-Options', 'DENY');
  response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
  return response;
};

/** Unexpected errors are logged in full here and shown to the person without internals. */
export const handleError: HandleServerError = (caught) => {
  if (caught.kind !== 'unknown') return;
  console.error(caught.error);
  return { message: 'Sorry, there is a problem with the service. Try again later.' };
};
