import { execFile } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The layering of docs/architecture.json holds because `npm run lint` checks it (depcruise, with
 * .dependency-cruiser.mjs). These probes show the check can fail: each file breaks one rule (relative
 * or alias import, type-only or not, `.ts` or `.vue`), the same check runs on them, and they are removed.
 */
const root = join(import.meta.dirname, '../..')
const probes = {
  'src/tree/zz-probe-view.ts': "import HomeView from '../views/HomeView.vue'\nexport default HomeView\n",
  'src/tree/zz-probe-store.ts': "import type { usePlanTicks } from '@/stores/planTicks'\nexport type T = typeof usePlanTicks\n",
  'src/dossier/zz-probe-vue.ts': "import { ref } from 'vue'\nexport const x = ref(0)\n",
  'src/dossier/zz-probe-view.ts': "import HomeView from '@/views/HomeView.vue'\nexport default HomeView\n",
  'src/components/ZzProbe.vue': '<script setup lang="ts">\nimport HomeView from \'../views/HomeView.vue\'\n</script>\n\n<template><HomeView /></template>\n',
  'src/tree/zz-probe-fine.ts': "import { questions } from './graph'\nexport default questions\n",
}
let report = ''

beforeAll(async () => {
  for (const [file, source] of Object.entries(probes)) writeFileSync(join(root, file), source)
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs')
  try {
    // Only the probes' own imports matter here: --max-depth 1 keeps the run short.
    await promisify(execFile)(process.execPath, [bin, '--max-depth', '1', ...Object.keys(probes)], { cwd: root })
  }
  catch (error) {
    report = (error as { stdout: string }).stdout
  }
  finally {
    for (const file of Object.keys(probes)) rmSync(join(root, file), { force: true })
  }
}, 120_000)

afterAll(() => Object.keys(probes).forEach(file => rmSync(join(root, file), { force: true })))

const errorsOf = (file: string) => report.split('\n').filter(line => line.includes(`${file} →`))

describe('the layering check', () => {
  it('fails a relative import from the rules into a view', () => {
    expect(errorsOf('src/tree/zz-probe-view.ts').join('\n')).toContain('never-tree-to-views')
  })

  it('fails an alias import from the rules into a store, even for a type', () => {
    expect(errorsOf('src/tree/zz-probe-store.ts').join('\n')).toContain('never-tree-to-state')
  })

  it('fails Vue inside the dossier', () => {
    expect(errorsOf('src/dossier/zz-probe-vue.ts').join('\n')).toContain('pure-parts-know-no-vue')
  })

  it('fails a view inside the dossier', () => {
    expect(errorsOf('src/dossier/zz-probe-view.ts').join('\n')).toContain('never-dossier-to-views')
  })

  it('fails a component reaching up to a view, in a .vue file', () => {
    expect(errorsOf('src/components/ZzProbe.vue').join('\n')).toContain('never-ui-to-views')
  })

  it('lets an allowed import through', () => {
    expect(report).toContain('zz-probe-view.ts')
    expect(errorsOf('src/tree/zz-probe-fine.ts')).toEqual([])
  })
})
