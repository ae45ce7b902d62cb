/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import Vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { localeParts } from './build/locale-parts.ts'
import { readHeaders } from './build/nginx-config.ts'
import { prerender } from './build/prerender.ts'
import { NOT_FOUND, SHELL } from './build/serving.ts'
import { shellFallback } from './build/shell-fallback.ts'
import { defaultExit, exits } from './src/content/exits.ts'

// One security policy, written once in public/_headers, served by `vite preview` and by nginx
// (deploy/eclaircie.conf, written from it by build/nginx-config.ts), and repeated as a <meta> tag
// in every page for hosts that ignore the file. (frame-ancestors only works as a header.)
const headers = Object.fromEntries(readHeaders(readFileSync(new URL('./public/_headers', import.meta.url), 'utf8')))
const metaCsp = headers['Content-Security-Policy']!.replace(/;\s*frame-ancestors[^;]*/, '')

/** Fills the page template: the security policy, and the quick-exit link of the bare app shell. */
function pageTemplate(): Plugin {
  return {
    name: 'eclaircie-page-template',
    // The development server injects styles inline and talks to its own websocket, which the policy
    // forbids: it gets no policy tag. Every build (and so every test and the benchmark) has it.
    transformIndexHtml: (html, ctx) => (ctx.server
      ? html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      : html.replace('%CSP%', metaCsp))
      .replaceAll('%EXIT_URL%', exits[defaultExit].url),
  }
}

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  preview: { headers },
  build: {
    // Every browser the app supports preloads modules itself; an older one only loads them a little
    // later. The polyfill would add half a kilobyte to every first screen.
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        // The framework every page needs, as one file: it compresses better than three (docs/offline.md).
        // Pinia is left out on purpose: it loads with the first page that uses a store.
        codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](vue|@vue|vue-router|petite-vue-i18n|@intlify)[\\/]/ }] },
      },
    },
  },
  // Vue features the app does not use, left out of the bundle: the Options API and production devtools.
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    // vue-i18n's devtools hooks, likewise.
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  plugins: [
    pageTemplate(),
    // Every page that is the same for everybody, rendered to HTML after the build (docs/offline.md).
    prerender('src/boot/entry-server.ts'),
    // `vite preview` answers by the serving rule nginx is written from (build/serving.ts): the shell for
    // addresses that are not pre-rendered, a 404 for a missing file under /assets/.
    shellFallback(),
    localeParts(fileURLToPath(new URL('.', import.meta.url))),
    Vue(),
    VueI18n({
      // Messages are compiled to functions at build time, so the runtime needs no message compiler.
      include: [fileURLToPath(new URL('./locales/**/*.json', import.meta.url))],
      // vue-i18n's translation-only build: the app formats dates itself (useFormat) and never uses
      // number formats, the legacy API or the i18n components (docs/offline.md).
      module: 'petite-vue-i18n',
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
    }),
    VitePWA({
      // A new version waits until the person accepts it (src/pwa/register.ts): never a reload mid-path.
      registerType: 'prompt',
      manifest: {
        name: 'Éclaircie',
        short_name: 'Éclaircie',
        description: 'Éclaircie',
        lang: 'fr',
        dir: 'ltr',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f4',
        theme_color: '#f6f7f4',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything is precached: every page's HTML, every lazy chunk, both languages, the icons.
        globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
        // Not precached: the copy of the shell for static hosts' unknown addresses, and the support
        // workers' pre-rendered plan links. Those are for a first visit; once the app is installed the
        // shell (app.html) draws any plan from its code, offline too, so there is no need to
        // download every plan in advance.
        globIgnores: [NOT_FOUND, '*/plan/*.html'],
        // Pre-rendered pages are found by their clean address (/fr/urgence → fr/urgence.html, / →
        // index.html); any other address (a plan code, an unknown page) gets the app shell, which
        // routes it itself.
        navigateFallback: `/${SHELL}`,
        // The first visit is controlled at once (nothing to wait for); later versions wait for consent.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'happy-dom',
    // A limit, not a wait: the anonymiser's runs over every sentence of the app and over its corpus take
    // a few seconds on a quiet machine, more than vitest's default 5 s on a busy one.
    testTimeout: 30_000,
  },
})
