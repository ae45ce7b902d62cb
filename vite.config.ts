/// <reference types="vitest/config" />
/// <reference types="vite-ssg" />
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import Vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defaultExit, exits } from './src/content/exits.ts'
import { prerenderedPaths } from './src/router/paths.ts'

// One security policy, written once in public/_headers, served by `vite preview` and repeated as a
// <meta> tag in every page for hosts that ignore the file. (frame-ancestors only works as a header.)
const headers = Object.fromEntries(
  readFileSync(new URL('./public/_headers', import.meta.url), 'utf8')
    .split('\n')
    .filter(line => /^\s+[\w-]+:/.test(line))
    .map(line => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]),
)
const metaCsp = headers['Content-Security-Policy']!.replace(/;\s*frame-ancestors[^;]*/, '')

/** Fills the page template: the security policy, and the quick-exit link of the bare app shell. */
function pageTemplate(): Plugin {
  return {
    name: 'eclaircie-page-template',
    transformIndexHtml: html => html
      .replace('%CSP%', metaCsp)
      .replaceAll('%EXIT_URL%', exits[defaultExit].url),
  }
}

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  preview: { headers },
  plugins: [
    pageTemplate(),
    Vue(),
    VueI18n({
      // Messages are compiled to functions at build time, so the runtime needs no message compiler.
      include: [fileURLToPath(new URL('./locales/*.json', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      dropMessageCompiler: true,
    }),
    VitePWA({
      registerType: 'prompt',
      manifest: {
        name: 'Éclaircie',
        short_name: 'Éclaircie',
        description: 'Éclaircie',
        lang: 'fr',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f7f4',
        theme_color: '#f6f7f4',
        icons: [
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: null,
      },
    }),
  ],
  ssgOptions: {
    script: 'async',
    formatting: 'none',
    includedRoutes: () => prerenderedPaths(),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'happy-dom',
  },
})
