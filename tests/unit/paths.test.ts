import { describe, expect, it } from 'vitest'
import { codePath, guidePath, pathIn, sheetPath, staticPath } from '@/router/paths'

describe('the same place in the other language', () => {
  it.each([
    [{ page: 'home' as const }, '/en'],
    [{ page: 'emergency' as const }, '/en/emergency'],
    [{ page: 'anonymiser' as const }, '/en/support/notes'],
    [{ page: 'plan' as const, code: '1102230' }, '/en/plan/1102230'],
    [{ page: 'path' as const }, '/en/path'],
    [{ page: 'review' as const, code: '10' }, '/en/answers/10'],
    [{ page: 'deepfakes' as const }, '/en/guide/edited-images'],
    [{ page: 'letter' as const }, '/en/guide/letter'],
    [{ page: 'sheet' as const, n: 3 }, '/en/support/3'],
  ])('%o → %s', (place, path) => {
    expect(pathIn('en', place)).toBe(path)
  })

  it('goes both ways for every page it can name', () => {
    expect(pathIn('fr', { page: 'helplines' })).toBe(staticPath('helplines', 'fr'))
    expect(pathIn('fr', { page: 'plan', code: 'abc' })).toBe(codePath('plan', 'fr', 'abc'))
    expect(pathIn('fr', { page: 'find' })).toBe(guidePath('find', 'fr'))
    expect(pathIn('fr', { page: 'sheet', n: 12 })).toBe(sheetPath(12, 'fr'))
  })

  it('leads to the home page from a place with no address of its own', () => {
    expect(pathIn('fr', { page: 'notFound' })).toBe('/fr')
    expect(pathIn('en', {})).toBe('/en')
    expect(pathIn('en', { page: 'sheet', n: 0 })).toBe('/en')
    expect(pathIn('en', { page: 'sheet', n: Number.NaN })).toBe('/en')
    // Only the app's own page names count, not properties every object has.
    expect(pathIn('en', { page: 'constructor' as never })).toBe('/en')
  })
})
