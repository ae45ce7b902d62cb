import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { type MessagePart, partOf } from '../src/i18n/parts.ts'

const LOADERS = 'virtual:locale-loaders'
const PARTS: MessagePart[] = ['core', 'main', 'guides']

/**
 * Splits each locales/<lang>.json into parts (src/i18n/parts.ts) served as `locales/.parts/<lang>.<part>.json`,
 * which @intlify/unplugin-vue-i18n then precompiles like any locale file, and generates
 * `virtual:locale-loaders`: one lazy import per language and part, for every file in locales/. Adding
 * a language therefore adds lazy chunks, never bytes to the first screen.
 */
export function localeParts(root: string): Plugin {
  const dir = join(root, 'locales')
  const partsDir = join(dir, '.parts')
  return {
    name: 'eclaircie-locale-parts',
    enforce: 'pre',
    resolveId(id) {
      if (id === LOADERS) return `\0${LOADERS}`
      if (id.startsWith(partsDir)) return id
    },
    load(id) {
      if (id === `\0${LOADERS}`) {
        const langs = readdirSync(dir).filter(f => /^[a-z]{2}\.json$/.test(f)).map(f => f.slice(0, 2))
        const entries = langs.map(lang =>
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
