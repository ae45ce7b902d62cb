// @vitest-environment node
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { routes } from '@/router/routes'

const root = join(import.meta.dirname, '../..')

/** Every module of src/ and what it imports (static, dynamic, type-only), as the layering check resolves them. */
let imports = new Map<string, string[]>()

beforeAll(async () => {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
  const { stdout } = await promisify(execFile)(process.execPath, [bin, 'src', '--output-type', 'json'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  const { modules } = JSON.parse(stdout) as { modules: { source: string, dependencies: { resolved: string }[] }[] }
  imports = new Map(modules.map(m => [m.source, m.dependencies.map(d => d.resolved)]))
}, 120_000)

/** The modules of src/ a module pulls in, however deep, itself included. */
function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !imports.has(file)) return seen
  seen.add(file)
  for (const next of imports.get(file)!) reach(next, seen)
  return seen
}

/** The view file behind a lazy route component: `() => import('@/views/…')`, as the test's loader prints it. */
function viewFile(component: unknown): string {
  const match = String(component).match(/(?:@|\/src)\/(views\/[^'"?]+\.vue)/)
  if (!match) throw new Error(`no view file in ${String(component)}`)
  return `src/${match[1]}`
}

describe('routes', () => {
  // Pinia is installed only for pages that say so (src/stores/install.ts): a page that uses a store
  // without saying so would fail when opened first; one that says so without needing it loads Pinia
  // for nothing.
  it('every page that uses a Pinia store says so, and only those', () => {
    const withView = routes.filter(route => 'component' in route && route.component)
    expect(withView.length).toBeGreaterThan(20)
    let usingStores = 0
    for (const route of withView) {
      const files = [...reach(viewFile(route.component))]
      expect(files.length, String(route.name)).toBeGreaterThan(1)
      const needs = files.some(file => file.startsWith('src/stores/'))
      if (needs) usingStores++
      expect(!!route.meta?.stores, `${String(route.name)} (${files.length} files)`).toBe(needs)
    }
    // Not a comparison of nothing with nothing: some pages do keep a store.
    expect(usingStores).toBeGreaterThan(0)
  })
})
