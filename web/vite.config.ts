import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * GOV.UK Frontend keeps a media query hack for Internet Explorer, (min-width: 0\0), which
 * Sass turns into an invalid character and lightningcss then refuses to minify. No browser
 * we support reads those rules, so they are dropped.
 */
const dropInternetExplorerMediaHacks = {
  postcssPlugin: 'drop-internet-explorer-media-hacks',
  AtRule: {
    media(rule: { params: string; remove(): void }) {
      if (/\\0|\uFFFD/.test(rule.params)) rule.remove();
    },
  },
};

export default defineConfig({
  plugins: [
    sveltekit({
      adapter: adapter(),
      // The server, not the browser, works out which page a link leads to: every first visit
      // then downloads no list of the app's routes (about 2 KB of compressed JavaScript).
      router: { resolution: 'server' },
      // GOV.UK pages must work without JavaScript; inline scripts carry a hash. Not a nonce:
      // public pages are kept by shared caches, and a kept nonce is no longer a secret.
      csp: {
        mode: 'hash',
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
    preprocessorOptions: {
      scss: {
        quietDeps: true,
        loadPaths: [fileURLToPath(new URL('./node_modules', import.meta.url))],
      },
    },
    postcss: { plugins: [dropInternetExplorerMediaHacks] },
  },
  build: {
    rolldownOptions: {
      // Components import display names from #lib/graphql/<area>.ts, which also re-exports the
      // contract's documents. Building a document has no side effect, so one a browser page
      // does not use is left out of its JavaScript, and gql.tada with it.
      treeshake: { manualPureFunctions: ['graphql', 'initGraphQLTada'] },
    },
  },
  server: { port: Number(process.env.WEB_PORT ?? 3000) },
});
