import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The jaavi web interface: Preact compiled by Vite's own esbuild (no plugin with install scripts).
 * Output goes to web/dist, served by the Nest service (src/web). No inline scripts are emitted,
 * so helmet's default Content-Security-Policy (script-src 'self') holds.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `npx vite --config web/vite.config.mjs` for development against a service on :3000.
    proxy: { '/graphql': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' },
  },
});
