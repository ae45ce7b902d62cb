import { fileURLToPath } from 'node:url'
import { build, type Rolldown } from 'vite'

/** The small scripts that run before the app (src/boot/early/), by the name their file is given. */
export const earlyScripts = {
  lang: 'language-redirect',
  start: 'start-after-paint',
  shell: 'shell-preload',
  first: 'exit-guard',
} as const

export type EarlyScript = keyof typeof earlyScripts

const ENTRY = '\0early-entry'

/**
 * Builds one of them into a classic script: one self-contained function call, minified by Vite's own
 * minifier. Each module's default export takes its own <script> tag (it reads its data from its
 * `data-*` attributes) and the window; the script calls it with `document.currentScript`, which a
 * classic script has while it runs, `async` and `defer` included.
 */
export async function buildEarlyScript(name: EarlyScript): Promise<string> {
  const file = fileURLToPath(new URL(`../src/boot/early/${earlyScripts[name]}.ts`, import.meta.url))
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [{
      name: 'eclaircie-early-entry',
      resolveId: id => (id === ENTRY ? id : undefined),
      load: id => (id === ENTRY ? `import run from ${JSON.stringify(file)}\nrun(document.currentScript, window)\n` : undefined),
    }],
    build: {
      write: false,
      minify: true,
      // Every browser that can run the app reads ES2020 (optional chaining): lowering it costs bytes.
      target: 'es2020',
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: { input: ENTRY, output: { format: 'iife' } },
    },
  })
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput
  const chunk = output.output.find(item => item.type === 'chunk')
  if (!chunk) throw new Error(`prerender: src/boot/early/${earlyScripts[name]}.ts built to nothing`)
  return chunk.code
}
