// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { helplineList } from '@/content/helplines'
import { lawList } from '@/content/law'
import { linkList } from '@/content/links'

const root = new URL('../..', import.meta.url).pathname
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.(vue|ts|json|html)$/.test(name) ? [path] : []
  })
}
const outsideContent = [...files(join(root, 'src')), ...files(join(root, 'locales')), join(root, 'index.html')]
  .filter(f => !relative(root, f).startsWith('src/content/'))
  .map(f => ({ file: relative(root, f), text: readFileSync(f, 'utf8') }))

describe('facts live once, in src/content', () => {
  it('no web address outside the content modules', () => {
    // The SVG namespace is an identifier, not a web address anyone visits.
    const found = (text: string) => (text.match(/https?:\/\/[^\s'"`)]+/g) ?? []).filter(url => url !== 'http://www.w3.org/2000/svg')
    for (const { file, text } of outsideContent) expect(found(text), file).toEqual([])
  })

  it('no phone number outside the content modules', () => {
    const numbers = helplineList.flatMap(h => [h.tel, h.sms, h.display].filter((n): n is string => !!n))
    for (const { file, text } of outsideContent) {
      for (const number of numbers) {
        // Two- and three-digit numbers (15, 17, 112…) also occur in code as counts and quantifiers, so
        // they are looked for where a number would be shown or dialled: in quotes, in text, after tel:.
        const digits = number.replace(/\s/g, '[\\s\\u00a0]?')
        // 18 is also the age rule itself ("18 ans ou plus"), which the text may state.
        const notAnAge = number === '18' ? '(?![\\s\\u00a0]*(?:ans|an|years?|or)\\b)' : ''
        const pattern = number.replace(/\s/g, '').length <= 3
          ? new RegExp(`(tel:|sms:|['"\`>]\\s*)${digits}(?![\\w.-])${notAnAge}`)
          : new RegExp(`(?<![\\w.-])${digits}(?![\\w.-])`)
        expect(pattern.test(text.replaceAll('17Cyber', '')), `${number} in ${file}`).toBe(false)
      }
    }
  })

  it('no law article number outside the content modules', () => {
    for (const { file, text } of outsideContent) {
      // Code articles have a hyphenated number (226-2-1); GDPR's "17" is too short to search for.
      for (const { article } of lawList.filter(a => a.article.includes('-'))) {
        // Ids such as 'cp226-2-1' name an article without stating it, so they are allowed.
        expect(new RegExp(`(?<![\\w-])${article}(?![\\w-])`).test(text), `${article} in ${file}`).toBe(false)
      }
    }
  })

  it('each address and each number is written once in the content modules', () => {
    const urls = linkList.map(l => l.url)
    expect(new Set(urls).size).toBe(urls.length)
    // A chat has neither: its address is a link, checked above.
    const tels = helplineList.flatMap(h => [h.tel ?? h.sms]).filter(n => n !== undefined)
    expect(new Set(tels).size).toBe(tels.length)
  })

  it('every link the facts hold is shown somewhere (a step, a guide, a platform, a helpline or a page)', () => {
    const users = outsideContent.filter(f => f.file.startsWith('src/'))
    const contentUsers = ['src/content/guides.ts', 'src/content/platforms.ts', 'src/content/helplines.ts', 'src/content/emergency.ts']
      .map(file => readFileSync(join(root, file), 'utf8'))
    for (const { id } of linkList) {
      const quoted = new RegExp(`['"]${id}['"]`)
      const used = users.some(f => quoted.test(f.text)) || contentUsers.some(text => quoted.test(text))
      expect(used, `${id} is shown somewhere`).toBe(true)
    }
  })
})
