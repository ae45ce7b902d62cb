// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { factSheet, inSheet } from './sheet-urls'
import { links } from '@/content/links'
import { platformList, platforms } from '@/content/platforms'
import type { PlatformId } from '@/content/platforms'

type Tree = { [key: string]: string | string[] | Tree | undefined }

// Read as plain JSON: importing it would go through the build's message compiler.
const read = (lang: string) => JSON.parse(readFileSync(join(process.cwd(), 'locales', `${lang}.json`), 'utf8')) as Tree
const locales = { fr: read('fr'), en: read('en') }

const at = (tree: Tree, path: string): Tree[string] =>
  path.split('.').reduce<Tree[string]>((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), tree)

const strings = (node: Tree[string]): string[] =>
  typeof node === 'string' ? [node] : Array.isArray(node) ? node : node ? Object.values(node).flatMap(strings) : []

const routes = platformList.flatMap(p => p.routes.map(route => ({ platform: p.id, ...route })))

describe('platform directory', () => {
  it('files every platform under its own id', () => {
    for (const [key, platform] of Object.entries(platforms)) expect(platform.id).toBe(key)
  })

  it('gives every route a link, an e-mail address or the in-app report', () => {
    for (const route of routes) {
      const reachable = route.link !== undefined || route.email !== undefined || route.how === 'inApp'
      expect(reachable, `${route.platform} ${route.topic} ${route.how}`).toBe(true)
      if (route.how === 'form') expect(route.link, `${route.platform} form has a link`).toBeDefined()
      if (route.how === 'email') expect(route.email, `${route.platform} email route has an address`).toBeDefined()
    }
  })

  it('only uses link ids that exist', () => {
    for (const { link } of routes) if (link !== undefined) expect(link in links, `${link} is a LinkId`).toBe(true)
  })

  it('only uses https links and sources, and well-formed e-mail addresses', () => {
    for (const link of Object.values(links)) expect(link.url).toMatch(/^https:\/\//)
    for (const platform of platformList) expect(platform.source).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}/)
    for (const { email } of routes) if (email !== undefined) expect(email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/)
  })

  it.skipIf(!factSheet)('only uses sources and e-mail addresses written in the fact sheet', () => {
    for (const platform of platformList) expect(inSheet(platform.source), `${platform.source} is in the sheet`).toBe(true)
    for (const { email } of routes) if (email !== undefined) expect(factSheet!.includes(email), `${email} is in the sheet`).toBe(true)
  })

  it('offers every platform a route open to everyone, not only a US one', () => {
    for (const platform of platformList) expect(platform.routes.some(r => !r.usOnly), platform.id).toBe(true)
  })

  it('gives every branded platform a unique name', () => {
    const names = platformList.map(p => p.name).filter((n): n is string => n !== undefined)
    expect(new Set(names).size).toBe(names.length)
    expect(platformList.filter(p => p.name === undefined).map(p => p.id)).toEqual(['otherAdult'])
  })

  it('lists Google and Bing as search engines', () => {
    expect(platforms.google.kind).toBe('searchEngine')
    expect(platforms.bing.kind).toBe('searchEngine')
    expect(platforms.google.routes.map(r => r.link)).toEqual(expect.arrayContaining(['googleRemoveIntimate', 'googleRemoveFake']))
    expect(platforms.bing.routes.map(r => r.link)).toContain('bingConcern')
  })

  it('flags the StopNCII and Take It Down partners the sheet names', () => {
    // §3.1: Facebook, Instagram, Threads, TikTok, Reddit, OnlyFans, Snap Inc., Aylo (Pornhub); Bing since 2024.
    const stopncii: PlatformId[] = ['meta', 'tiktok', 'reddit', 'onlyfans', 'snapchat', 'pornhub', 'bing']
    // §3.2: Facebook, Instagram, Threads, TikTok, Reddit, OnlyFans, Pornhub, Snap Inc.
    const takeItDown: PlatformId[] = ['meta', 'tiktok', 'reddit', 'onlyfans', 'snapchat', 'pornhub']
    expect(platformList.filter(p => p.stopncii).map(p => p.id).sort()).toEqual([...stopncii].sort())
    expect(platformList.filter(p => p.takeItDown).map(p => p.id).sort()).toEqual([...takeItDown].sort())
  })
})

describe('platform directory text', () => {
  const topics = new Set(routes.map(r => r.topic))
  const hows = new Set(routes.map(r => r.how))
  const kinds = new Set(platformList.map(p => p.kind))

  for (const [lang, tree] of Object.entries(locales)) {
    it(`has what to have ready and what to expect for every platform, in ${lang}`, () => {
      for (const platform of platformList) {
        for (const part of ['ready', 'expect']) {
          const lines = at(tree, `platform.${platform.id}.${part}`)
          expect(Array.isArray(lines) && lines.length > 0, `platform.${platform.id}.${part}`).toBe(true)
        }
        if (platform.name === undefined) expect(typeof at(tree, `platform.${platform.id}.name`), platform.id).toBe('string')
      }
    })

    it(`labels every topic, kind, way to report and partnership used, in ${lang}`, () => {
      const keys = [
        ...[...topics].map(t => `platform.topic.${t}`),
        ...[...hows].map(h => `platform.how.${h}`),
        ...[...kinds].map(k => `platform.kind.${k}`),
        'platform.search.label', 'platform.search.empty', 'platform.usOnly',
        'platform.partner.stopncii', 'platform.partner.takeItDown',
      ]
      for (const key of keys) expect(typeof at(tree, key), key).toBe('string')
    })

    it(`labels every link, in ${lang}`, () => {
      for (const id of Object.keys(links)) expect(typeof at(tree, `links.${id}`), `links.${id}`).toBe('string')
    })

    it(`keeps digits, addresses and vue-i18n special characters out of the directory text, in ${lang}`, () => {
      for (const text of strings(at(tree, 'platform'))) {
        expect(text, text).not.toMatch(/\d/)
        expect(text, text).not.toMatch(/https?:|www\.|\.(fr|org|com|net|gouv|gd)\b/)
        expect(text, text).not.toMatch(/[@|{}$]/)
      }
    })
  }
})
