import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { type MessagePart, messageParts, partFile, partOf } from '../src/i18n/parts.ts'

const LOADERS = 'virtual:locale-loaders'
const PARTS = [...Object.keys(messageParts), 'main'] as MessagePart[]

/**
 * Splits each locales/<lang>.json into parts (src/i18n/parts.ts), served as
 * `locales/.parts/<lang>.<part>.json`, which @intlify/unplugin-vue-i18n then precompiles like any
 * locale file.
 *
 * In the browser build every part is emitted under its fixed name (`partFile`,
 * `assets/locale-<lang>.<part>.js`) and loaded by that name (src/i18n/index.ts): the app's own code
 * holds no list of languages, so adding a language adds files, never a byte to a page's first screen
 * (only a few to the app shell's first script, whose patterns name each language's addresses). The
 * service worker gives these unhashed files a content revision, so an update still replaces them.
 * Pre-rendering, in Node, uses `virtual:locale-loaders` instead: one import per language and part.
 */
export function localeParts(root: string): Plugin {
  const dir = join(root, 'locales')
  const partsDir = join(dir, '.parts')
  const languages = () => readdirSync(dir).filter(f => /^[a-z]{2}\.json$/.test(f)).map(f => f.slice(0, 2))
  let emit = false
  return {
    name: 'eclaircie-locale-parts',
    enforce: 'pre',
    config: () => ({ define: { __LOCALE_PARTS_DIR__: JSON.stringify(partsDir) } }),
    configResolved(config) {
      emit = config.command === 'build' && !config.build.ssr
    },
    buildStart() {
      if (!emit) return
      for (const lang of languages()) {
        for (const part of PARTS) {
          this.emitFile({ type: 'chunk', id: join(partsDir, `${lang}.${part}.json`), fileName: partFile(lang, part), preserveSignature: 'strict' })
        }
      }
    },
    resolveId(id) {
      if (id === LOADERS) return `\0${LOADERS}`
      if (id.startsWith(partsDir)) return id
    },
    load(id) {
      if (id === `\0${LOADERS}`) {
        const entries = languages().map(lang =>
          `${JSON.stringify(lang)}: {${PARTS.map(part =>
            `${part}: () => import(${JSON.stringify(join(partsDir, `${lang}.${part}.json`))})`).join(', ')}}`)
        return `export default {${entries.join(',\n')}}`
      }
      const match = id.startsWith(partsDir) && /([a-z]{2})\.(\w+)\.json$/.exec(id)
      if (match) {
        const [, lang, part] = match
        const file = join(dir, `${lang}.json`)
        this.addWatchFile(file)
        const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
        return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => partOf(key) === part)))
      }
    },
  }
}
