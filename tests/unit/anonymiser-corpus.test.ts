// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { find, type FindingKind, findingKinds, type Lexicon, loadLexicon } from '@/anonymiser/anonymise'
import { corpus, type MarkedNote, parseNote } from '../fixtures/anonymiser-corpus'
import { heldOut3 } from '../fixtures/anonymiser-heldout3'
import { round3 } from '../fixtures/anonymiser-round3'
import { round4 } from '../fixtures/anonymiser-round4'
import { type CorpusScore, ratio, scoreCorpus } from '../fixtures/anonymiser-score'

/**
 * The anonymiser against the marked corpus, at the targets of issues 13 and 24: identifiers removed ≥
 * 0.95 overall and ≥ 0.9 for each kind, public words kept ≥ 0.95. Silent when green; a red run says what
 * was missed or touched. Tuned on: tests/fixtures/anonymiser-corpus.ts, the third round
 * (anonymiser-round3.ts) and its held-out notes (anonymiser-heldout3.ts), which were opened and tuned on
 * after their final score was reported (docs/anonymiser.md, 2026-12-06). A round held out from tuning is
 * scored apart, only as a whole, by `heldOutRound` below. The same figures are printed by `npm run bench`.
 */
const notes = [...corpus, ...round3, ...heldOut3].map(parseNote)
let lexicon: Lexicon
let score: CorpusScore

beforeAll(async () => {
  lexicon = await loadLexicon()
  score = scoreCorpus(notes, text => find(text, lexicon))
})

const list = (rows: object[]) => rows.map(r => Object.values(r).join(' · ')).join('\n')
// What a held-out round's messages may say: each kind's figures, never a note's words.
const figures = (s: CorpusScore) => Object.entries(s.kinds).map(([kind, k]) => `${kind} ${k!.removed}/${k!.expected}`).join(', ')

describe('the anonymiser corpus', () => {
  it('holds notes in French and English, the third round among them, with every kind marked', () => {
    expect(notes.length).toBeGreaterThanOrEqual(160)
    expect(notes.filter(n => n.id.startsWith('fr-')).length).toBeGreaterThanOrEqual(60)
    expect(notes.filter(n => n.id.startsWith('en-')).length).toBeGreaterThanOrEqual(60)
    expect(notes.filter(n => n.round === 1).length).toBeGreaterThanOrEqual(15)
    // The second round (docs/anonymiser.md): ten notes in each language.
    expect(notes.filter(n => n.round === 2 && n.id.startsWith('fr-')).length).toBeGreaterThanOrEqual(10)
    expect(notes.filter(n => n.round === 2 && n.id.startsWith('en-')).length).toBeGreaterThanOrEqual(10)
    // The third round (issue 24): at least 30 notes, and the 16 first held out, tuned on since 2026-12-06.
    expect(round3.length).toBeGreaterThanOrEqual(30)
    expect(heldOut3.length).toBeGreaterThanOrEqual(14)
    // The fourth round (issue 24): at least 30 notes, all held out.
    expect(round4.length).toBeGreaterThanOrEqual(30)
    for (const note of round4.map(parseNote)) expect(note.text, note.id).not.toMatch(/[⟦⟧⟪⟫]/u)
    const kinds = new Set(notes.flatMap(n => n.identifiers.map(i => i.kind)))
    expect([...kinds].sort()).toEqual([...findingKinds].sort())
    for (const note of notes) expect(note.text, note.id).not.toMatch(/[⟦⟧⟪⟫]/u)
  })

  it('removes at least 95 % of the identifiers', () => {
    expect(ratio(score.overall.removed, score.overall.expected), `missed:\n${list(score.missed)}`).toBeGreaterThanOrEqual(0.95)
  })

  it.each(findingKinds as FindingKind[])(
    'removes at least nine in ten identifiers of kind %s',
    (kind) => {
      const s = score.kinds[kind]!
      expect(ratio(s.removed, s.expected), `missed:\n${list(score.missed.filter(m => m.kind === kind))}`).toBeGreaterThanOrEqual(0.9)
    },
  )

  it('keeps at least 95 % of the public words (helplines, articles, courts, counts, platforms, names that are words)', () => {
    expect(ratio(score.publics.kept, score.publics.total), `touched:\n${list(score.touched)}`).toBeGreaterThanOrEqual(0.95)
  })

  it('marks little else: at least 90 % of its findings, doubts included, are identifiers, and of the kind they were marked', () => {
    expect(ratio(score.findings.onIdentifier, score.findings.total), `stray:\n${list(score.stray)}`).toBeGreaterThanOrEqual(0.9)
    expect(ratio(score.overall.sameKind, score.overall.removed), `other kind:\n${list(score.wrongKind)}`).toBeGreaterThanOrEqual(0.9)
  })
})

/** What a held-out round is held to: the targets of issue 24 unless said otherwise. */
interface Bar { removed: number, eachKind: number, kept: number }
const targets: Bar = { removed: 0.95, eachKind: 0.9, kept: 0.95 }

/**
 * A round of notes held out from tuning, scored apart and only as a whole: its messages give figures
 * only, never a note's words, so that it stays unseen by whoever tunes the anonymiser. A round that
 * does not reach the targets is held to floors just under its measured figures instead, written next
 * to it with the targets, so that going back fails and the gap stays in sight (docs/anonymiser.md).
 */
function heldOutRound(name: string, marked: MarkedNote[], bar: Bar = targets) {
  describe(`the held-out notes of ${name}, as a whole`, () => {
    let held: CorpusScore
    beforeAll(() => {
      held = scoreCorpus(marked.map(parseNote), text => find(text, lexicon))
    })

    it(`removes at least ${bar.removed * 100} % of their identifiers, and ${bar.eachKind * 100} % of each kind`, () => {
      expect(ratio(held.overall.removed, held.overall.expected), figures(held)).toBeGreaterThanOrEqual(bar.removed)
      for (const k of Object.values(held.kinds)) expect(ratio(k.removed, k.expected), figures(held)).toBeGreaterThanOrEqual(bar.eachKind)
    })

    it(`keeps at least ${bar.kept * 100} % of their public words`, () => {
      expect(ratio(held.publics.kept, held.publics.total), `${held.publics.kept} of ${held.publics.total}`).toBeGreaterThanOrEqual(bar.kept)
    })
  })
}

// The fourth round (38 notes, written blind on 2026-12-06, never opened while tuning). It does NOT reach
// the targets of issue 24: 0.884 of identifiers removed (dates 0.74, places 0.81, plates 0.83 lowest),
// public words kept 0.882 (docs/anonymiser.md). Held to floors just under those figures until it does.
const round4Floors: Bar = { removed: 0.88, eachKind: 0.73, kept: 0.88 }
const heldOutRounds: [string, MarkedNote[], Bar][] = [['the fourth round', round4, round4Floors]]
for (const [name, marked, bar] of heldOutRounds) heldOutRound(name, marked, bar)

describe('what a held-out round\'s messages say', () => {
  it('gives figures only, never a word of a note', () => {
    const said = figures(score)
    expect(said).toMatch(/^(?:[a-zA-Z]+ \d+\/\d+)(?:, [a-zA-Z]+ \d+\/\d+)*$/u)
    const quoted = notes.flatMap(n => n.identifiers).filter(id => /\p{L}/u.test(id.text) && !findingKinds.includes(id.text as FindingKind) && said.includes(id.text))
    expect(quoted.length).toBe(0)
  })
})
