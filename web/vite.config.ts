import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      // GOV.UK pages must work without JavaScript; inline scripts carry a nonce or a hash.
      csp: {
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self', 'unsafe-inline'],
          'img-src': ['self', 'data:'],
          'font-src': ['self'],
          'object-src': ['none'],
          'base-uri': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
        },
      },
    }),
  ],
  css: {
    preprocessorOptions: { scss: { quietDeps: true, loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))] } },
    // GOV.UK Frontend keeps an old-browser media hack, (min-width: 0\0), that lightningcss
    // cannot parse: let it drop that one rule rather than fail the build.
    lightningcss: { errorRecovery: true },
  },
  server: { port: Number(process.env.WEB_PORT ?? 3000) },
});
