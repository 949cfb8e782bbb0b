// Builds the web UI into dist/ui, which `dateline serve` serves at `/`.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: here,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: '../dist/ui',
    emptyOutDir: true,
    // One stylesheet and one script file from the server itself: the CSP forbids inline ones.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  logLevel: 'warn',
});
