// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type FindingKind, findingKinds } from '@/anonymiser/anonymise'
import { exits } from '@/content/exits'
import { type SituationId, situationIds } from '@/support/situations'
import { guides } from '@/content/guides'
import { practiceSections, tracksSections } from '@/content/pages'
import { platforms } from '@/content/platforms'
import type { GuideId } from '@/content/types'
import { helplines } from '@/content/helplines'
import { lawList } from '@/content/law'
import { links } from '@/content/links'
import { allPaths } from '@/tree/enumerate'
import { factsOf, questionIds, questions } from '@/tree/graph'
import { plan } from '@/tree/rules'

type Tree = { [key: string]: string | string[] | Tree }

// Read as plain JSON: importing it would go through the build's message compiler.
const read = (lang: string) => JSON.parse(readFileSync(new URL(`../../locales/${lang}.json`, import.meta.url), 'utf8')) as Tree
const fr = read('fr')
const en = read('en')

function flatten(node: Tree, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>()
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const frKeys = flatten(fr)
const enKeys = flatten(en)
const texts = (map: Map<string, string | string[]>) => [...map.values()].flat()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(vue|ts)$/.test(name) ? [path] : []
  })
}
const source = sourceFiles(new URL('../../src', import.meta.url).pathname).map(f => readFileSync(f, 'utf8')).join('\n')

/** Every step key some plan shows (titles, details, extras, reasons), in every voice, on every path, a helper's too. */
const planned = allPaths().flatMap(answers => [...plan(factsOf(answers)), ...plan(factsOf(answers), true)])
const planKeys = new Set(planned.flatMap(step => [step.title, ...step.how, ...step.why]))
/** The plan page's own text, read in the plan's voice (`plan.*`, `plan.tu.*` or `plan.helper.*`, views/PlanView.vue). */
const voicedPage = /^plan\.(?:tu\.|helper\.)?(heading|intro\.(danger|threat|pressure|spread|safety|calm)|first\.\w+|allSteps|tapToOpen|shareNote|backNote|situationGuide)$/

/** Keys built from data at run time (`tree.${id}.question`...), each family checked against its ids. */
const dynamicFamilies: [RegExp, (m: RegExpMatchArray) => boolean][] = [
  [/^tree\.(\w+)\.(question|why|short)$/, m => questionIds.includes(m[1] as never)],
  [/^tree\.(\w+)\.(option|hint)\.(\w+)$/, m => questions[m[1] as keyof typeof questions]?.options.some(o => o.id === m[3]) ?? false],
  [/^plan\.(?:tu\.|helper\.)?(step|reason)\./, m => planKeys.has(m.input!)],
  // A helper's wording of a question (components/tree/useTreeText.ts), where it differs from the person's.
  [/^tree\.(\w+)\.helper\.(question|why|short)$/, m => questionIds.includes(m[1] as never)],
  [/^tree\.(\w+)\.helper\.(option|hint)\.(\w+)$/, m => questions[m[1] as keyof typeof questions]?.options.some(o => o.id === m[3]) ?? false],
  [voicedPage, () => true],
  [/^helplines\.(\w+)\.(name|who|when|brief)$/, m => m[1]! in helplines],
  [/^helplines\.(\w+)\.action$/, m => helplines[m[1] as keyof typeof helplines]?.chat !== undefined],
  [/^helplines\.(group|channel|hours)\.\w+$/, () => true],
  [/^links\.(\w+)$/, m => m[1]! in links],
  [/^law\.(\w+)$/, m => lawList.some(a => a.code === m[1]) || source.includes(`'law.${m[1]}'`)],
  [/^law\.higher\.(\w+)$/, m => lawList.some(a => a.penalty?.higher?.when === m[1])],
  [/^title\.\w+$/, () => true],
  // Read by their place in the list (composables/useFormat.ts; tests/component/useFormat.test.ts).
  [/^format\.(months|weekdays)$/, m => source.includes(`format.${m[1]}.\${`)],
  [/^path\.invalid\.(outdated|malformed|incomplete)$/, () => true],
  [/^settings\.exit\.(\w+)$/, m => m[1] === 'heading' || m[1] === 'intro' || m[1]! in exits],
  [/^platform\.(topic|kind|how)\.\w+$/, () => true],
  [/^platform\.(\w+)\.(ready|expect|inApp|name)$/, m => m[1]! in platforms],
  [/^guide\.(\w+)\.(title|lead)$/, m => m[1]! in guides],
  [/^guide\.(\w+)\.section\.(\w+)\.(title|lines)$/, m => guides[m[1] as GuideId]?.sections.some(x => x.id === m[2]) ?? false],
  [/^guide\.chooser\.(option|result)\.(under18|adult|unsure|skip)$/, () => true],
  [/^support\.situation\.(\w+)\.summary$/, m => situationIds.includes(m[1] as SituationId)],
  [/^support\.anonymiser\.(kind|redaction)\.(\w+)$/, m => findingKinds.includes(m[2] as FindingKind)],
  [/^support\.index\.(all|young|adult)$/, () => true],
  [/^support\.linkLanguage\.(fr|en)$/, () => true],
  [/^pro\.section\.(\w+)\.(title|lines)$/, m => (practiceSections as readonly string[]).includes(m[1]!)],
  [/^dossier\.passphrase\.strength\.(weak|fair|strong)(Hint)?$/, () => true],
  [/^dossier\.kindHints\.(place|report|contact|note)$/, () => true],
  [/^dossier\.backup\.errors\.(notBackup|damaged|wrongPassphrase|storageFull)$/, () => true],
  [/^tracks\.section\.(\w+)\.(title|lines)$/, m => (tracksSections as readonly string[]).includes(m[1]!)],
]

describe('locales', () => {
  it('have exactly the same keys in French and English', () => {
    expect([...enKeys.keys()].sort()).toEqual([...frKeys.keys()].sort())
  })

  it('have the same number of lines for every list', () => {
    for (const [key, value] of frKeys) {
      if (Array.isArray(value)) expect((enKeys.get(key) as string[]).length, key).toBe(value.length)
    }
  })

  it('have no empty text', () => {
    // The thousands separator is a space in French (a narrow no-break one): text of its own kind.
    const separator = (map: typeof frKeys) => [...map].filter(([key]) => key !== 'format.thousands')
    for (const value of [...texts(new Map(separator(frKeys))), ...texts(new Map(separator(enKeys)))]) expect(value.trim()).not.toBe('')
  })

  it('have text for every question, answer, step and reason of the tree', () => {
    for (const map of [frKeys, enKeys]) {
      for (const id of questionIds) {
        for (const part of ['question', 'why', 'short']) expect(map.has(`tree.${id}.${part}`), `tree.${id}.${part}`).toBe(true)
        for (const option of questions[id].options) expect(map.has(`tree.${id}.option.${option.id}`), `${id}.${option.id}`).toBe(true)
      }
      for (const key of planKeys) {
        const value = map.get(key)
        if (key.endsWith('.how')) {
          // An adult's step says how in 3–6 lines; a plan for a 13-year-old keeps each step to 1–5.
          const [least, most] = key.startsWith('plan.tu.') ? [1, 5] : [3, 6]
          expect(Array.isArray(value) && value.length >= least && value.length <= most, `${key} has ${least}–${most} lines`).toBe(true)
        }
        else if (/\.(title\w*|reason\.\w+)$/.test(key)) expect(typeof value, key).toBe('string')
        else expect(Array.isArray(value) && value.length >= 1 && value.length <= 3, `${key} has 1–3 lines`).toBe(true)
      }
      // A helper is asked every question in words of their own, about the person they help.
      for (const id of questionIds) expect(map.has(`tree.${id}.helper.question`), `tree.${id}.helper.question`).toBe(true)
      for (const voice of ['plan', 'plan.tu', 'plan.helper']) {
        for (const kind of ['danger', 'threat', 'pressure', 'spread', 'safety', 'calm']) expect(map.has(`${voice}.intro.${kind}`), `${voice}.intro.${kind}`).toBe(true)
      }
      for (const id of Object.keys(helplines)) expect(map.has(`helplines.${id}.name`), id).toBe(true)
      for (const id of Object.keys(links)) expect(map.has(`links.${id}`), id).toBe(true)
    }
  })

  it('title each plan step with a short action that can stand alone (the plan\'s first lines show titles only)', () => {
    for (const map of [frKeys, enKeys]) {
      for (const key of new Set(planned.map(step => step.title))) {
        const title = map.get(key) as string
        expect(title.length, title).toBeLessThanOrEqual(60)
        expect(title, title).not.toMatch(/[.…]$/)
      }
    }
  })

  it('have no unused key', () => {
    const unused = [...frKeys.keys()].filter((key) => {
      const family = dynamicFamilies.find(([re]) => re.test(key))
      if (family) return !family[1](key.match(family[0])!)
      return !source.includes(`'${key}'`)
    })
    expect(unused, unused.join(', ')).toEqual([])
  })

  it('hold no phone number, address or law article: those live once, in src/content', () => {
    for (const [key, entry] of [...frKeys, ...enKeys]) {
      // "7 jours sur 7" is wording around the hours, which come from the content modules.
      if (key.startsWith('helplines.hours.')) continue
      for (const value of [entry].flat()) {
        expect(value, value).not.toMatch(/https?:|www\.|\.(fr|org|com|net|gouv)\b/)
        // Ages are the rule itself (18, and 21 for the children's line); any other number is a fact
        // that belongs in the content modules.
        const numbers = value.replaceAll('17Cyber', '').match(/\d+(?:[\s\u00a0]\d+)*/g) ?? []
        expect(numbers.filter(n => n !== '18' && n !== '21'), value).toEqual([])
      }
    }
  })

  it('write French with non-breaking spaces before : ? ! ; and inside « »', () => {
    for (const value of texts(frKeys)) {
      expect(value, value).not.toMatch(/[^\u00a0\u202f][:?!;»]|«[^\u00a0\u202f]/)
    }
  })

  it('use épicène wording rather than middle-dot forms', () => {
    for (const value of texts(frKeys)) expect(value, value).not.toMatch(/\w[·.]\w*e\b(?![a-z])|·/)
  })
})
