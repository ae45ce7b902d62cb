/// <reference types="vitest/config" />
/// <reference types="vite-ssg" />
import { fileURLToPath, URL } from 'node:url'
import VueI18n from '@intlify/unplugin-vue-i18n/vite'
import Vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { prerenderedPaths } from './src/router/paths.ts'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  plugins: [
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
