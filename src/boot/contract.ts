import type { MessagePart } from '../i18n/parts.ts'

// What the app hands the pre-renderer (build/prerender.ts), written once: entry-server.ts `satisfies`
// it, the build imports it. Types only, and no Vue: the build is type-checked for Node.

/** The page's <title> and <html lang> (composables/useDocumentHead.ts). */
export interface PageHead {
  title: string
  lang: string
}

/** What the pre-renderer writes into the page template for one address. */
export interface RenderedPage extends PageHead {
  html: string
  /** Source modules the page used (`src/views/PlanView.vue`…): their chunks are preloaded, their styles linked. */
  modules: Set<string>
  /** The message parts its route loads (src/i18n/parts.ts): preloaded too. */
  parts: MessagePart[]
}

/**
 * A page the app shell draws from a code in the address (a plan code, answers under review, a path
 * resumed): the pattern of its address in every language, and what it needs, found by rendering it
 * once (the modules it used and its message parts, the same in every language).
 */
export interface ShellPage {
  pattern: string
  modules: string[]
  parts: MessagePart[]
}

export interface ServerEntry {
  /** Renders one address to HTML. */
  render: (path: string) => Promise<RenderedPage>
  /** Every address rendered at build time (src/router/prerendered.ts). */
  prerenderedPaths: () => string[]
  shellPages: () => Promise<ShellPage[]>
}
