// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { routes } from '@/router/routes'

const src = join(process.cwd(), 'src')

/** The source files a module pulls in through `@/…` or relative imports, itself included. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'((?:@\/|\.)[^']+)'/g)) {
    const base = spec!.startsWith('@/') ? join(src, spec!.slice(2)) : join(dirname(file), spec!)
    const candidates = [base, `${base}.ts`, join(base, 'index.ts')]
    const found = candidates.find(c => /\.(ts|vue)$/.test(c) && existsSync(c))
    if (found) reach(found, seen)
  }
  return seen
}

/** The view file behind a lazy route component: `() => import('@/views/…')`. */
function viewFile(component: unknown): string {
  const match = String(component).match(/@\/(views\/[^'"]+\.vue)|\/src\/(views\/[^'"?]+\.vue)/)
  if (!match) throw new Error(`no view file in ${String(component)}`)
  return join(src, match[1] ?? match[2]!)
}

describe('routes', () => {
  // Pinia is installed only for pages that say so (src/stores/install.ts): a page that uses a store
  // without saying so would fail when opened first.
  it('every page that uses a Pinia store says so, and only those', () => {
    const withView = routes.filter(route => 'component' in route && route.component)
    expect(withView.length).toBeGreaterThan(20)
    const usesStores: string[] = []
    for (const route of withView) {
      const files = [...reach(viewFile(route.component))]
      const needs = files.some(file => file.startsWith(join(src, 'stores')))
      if (needs) usesStores.push(String(route.name))
      expect(!!route.meta?.stores, `${String(route.name)} (${files.length} files)`).toBe(needs)
    }
    expect(usesStores.sort()).toEqual(['plan-en', 'plan-fr'])
  })
})
