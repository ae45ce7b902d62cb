/**
 * Messages are loaded in parts, so the first screen carries only what it shows. Top-level keys of
 * locales/<lang>.json are grouped here; every key not listed goes into `main`. The build splits the
 * files accordingly (build/locale-parts.ts); routes say which parts they need (router/routes.ts).
 */
export const messageParts = {
  core: ['app', 'title', 'home', 'quickExit', 'notice'],
  // Shown only after the first screen (components/pwa), which load this part themselves.
  pwa: ['update', 'offline'],
  guides: ['guide', 'platform', 'letter', 'chooser', 'places', 'checklist', 'removal'],
  support: ['support', 'pro'],
  dossier: ['dossier'],
  // The questions, their review, and the traces and settings pages: a plan shows none of it, and a
  // plan link is a way in that must stay light (router/routes.ts).
  questions: ['tree', 'review', 'tracks', 'settings'],
} as const

export type MessagePart = keyof typeof messageParts | 'main'

export function partOf(topLevelKey: string): MessagePart {
  for (const [part, keys] of Object.entries(messageParts)) {
    if ((keys as readonly string[]).includes(topLevelKey)) return part as MessagePart
  }
  return 'main'
}

/**
 * Where the browser build puts one part of one language, from the site's root
 * (`assets/locale-fr.core.js`): a fixed name, so that the app loads it by name and holds no list of
 * languages (build/locale-parts.ts writes it, src/i18n/index.ts loads it, the pre-renderer and the
 * shell's first script preload it).
 */
export const partFile = (locale: string, part: string): string => `assets/locale-${locale}.${part}.js`
