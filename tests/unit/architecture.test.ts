import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layering of docs/architecture.json holds because `npm run lint` checks it (depcruise, with
 * .dependency-cruiser.mjs). These probes show the check can fail: each file of
 * tests/fixtures/architecture/ sits in a copy of a part's folder and breaks one rule (relative or
 * alias import, type-only or not, `.ts` or `.vue`, a part nested in another's folder), or none; the
 * same check runs on them, with that folder filed under the same parts. Nothing is written into src/.
 */
const root = join(import.meta.dirname, '../..')
const fixtures = 'tests/fixtures/architecture/'
let report = ''

beforeAll(async () => {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
  try {
    // Only the probes' own imports matter here: --max-depth 1 keeps the run short.
    await promisify(execFile)(process.execPath, [bin, '--max-depth', '1', fixtures], { cwd: root, env: { ...process.env, ARCHITECTURE_FIXTURES: fixtures } })
  }
  catch (error) {
    report = (error as { stdout: string }).stdout
  }
}, 120_000)

const errorsOf = (file: string) => report.split('\n').filter(line => line.includes(`${fixtures}${file} →`)).join('\n')

describe('the layering check', () => {
  it('fails a relative import from the rules up to a view', () => {
    expect(errorsOf('tree/probe-view.ts')).toContain('up-from-tree')
  })

  it('fails an alias import from the rules up to a store, even for a type', () => {
    expect(errorsOf('tree/probe-store.ts')).toContain('up-from-tree')
  })

  it('fails Vue inside the dossier', () => {
    expect(errorsOf('dossier/probe-vue.ts')).toContain('pure-parts-know-no-vue')
  })

  it('fails a view inside the dossier', () => {
    expect(errorsOf('dossier/probe-view.ts')).toContain('up-from-dossier')
  })

  it('fails a component reaching up to a view, in a .vue file', () => {
    expect(errorsOf('components/ZzProbe.vue')).toContain('up-from-ui')
  })

  it('fails a never, though it points down: a screen importing the dossier', () => {
    expect(errorsOf('views/probe-dossier.ts')).toContain('never-views-to-dossier')
  })

  it('files a part by its own folder, not by the folder around it: an early script may not import the app', () => {
    expect(errorsOf('boot/early/probe-app.ts')).toContain('up-from-early')
  })

  it('lets allowed imports through, into a part drawn inside another\'s folder too', () => {
    expect(report).toContain('probe-view.ts')
    expect(errorsOf('tree/probe-fine.ts')).toBe('')
    expect(errorsOf('build/probe-fine.ts')).toBe('')
  })
})
