// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { find, type FindingKind, findingKinds, type Lexicon, loadLexicon } from '@/anonymiser/anonymise'
import { corpus, parseNote } from '../fixtures/anonymiser-corpus'
import { heldOut3 } from '../fixtures/anonymiser-heldout3'
import { round3 } from '../fixtures/anonymiser-round3'
import { type CorpusScore, ratio, scoreCorpus } from '../fixtures/anonymiser-score'

/**
 * The anonymiser against the marked corpus (tests/fixtures/anonymiser-corpus.ts and the third round,
 * anonymiser-round3.ts), at the targets of issues 13 and 24: identifiers removed ≥ 0.95 overall and
 * ≥ 0.9 for each kind, public words kept ≥ 0.95. Silent when green; a red run says what was missed or
 * touched. The held-out notes of the third round (anonymiser-heldout3.ts) are scored apart and only as
 * a whole: no message ever quotes them, so that they stay unseen (docs/anonymiser.md). The same
 * figures are printed by `npm run bench`.
 */
const notes = [...corpus, ...round3].map(parseNote)
const heldOut = heldOut3.map(parseNote)
let score: CorpusScore
let held: CorpusScore

beforeAll(async () => {
  const lexicon: Lexicon = await loadLexicon()
  score = scoreCorpus(notes, text => find(text, lexicon))
  held = scoreCorpus(heldOut, text => find(text, lexicon))
})

const list = (rows: object[]) => rows.map(r => Object.values(r).join(' · ')).join('\n')

describe('the anonymiser corpus', () => {
  it('holds notes in French and English, the third round among them, with every kind marked', () => {
    expect(notes.length).toBeGreaterThanOrEqual(160)
    expect(notes.filter(n => n.id.startsWith('fr-')).length).toBeGreaterThanOrEqual(60)
    expect(notes.filter(n => n.id.startsWith('en-')).length).toBeGreaterThanOrEqual(60)
    expect(notes.filter(n => n.round === 1).length).toBeGreaterThanOrEqual(15)
    // The second round (docs/anonymiser.md): ten notes in each language.
    expect(notes.filter(n => n.round === 2 && n.id.startsWith('fr-')).length).toBeGreaterThanOrEqual(10)
    expect(notes.filter(n => n.round === 2 && n.id.startsWith('en-')).length).toBeGreaterThanOrEqual(10)
    // The third round (issue 24): at least 30 notes to tune on, and a part held out.
    expect(round3.length).toBeGreaterThanOrEqual(30)
    expect(heldOut.length).toBeGreaterThanOrEqual(14)
    const kinds = new Set(notes.flatMap(n => n.identifiers.map(i => i.kind)))
    expect([...kinds].sort()).toEqual([...findingKinds].sort())
    for (const note of [...notes, ...heldOut]) expect(note.text, note.id).not.toMatch(/[⟦⟧⟪⟫]/u)
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

// The held-out notes: never tuned on. Their messages give figures only, never a note's words. On
// 2026-12-05 they did not reach the targets of issue 24 for identifiers (0.926 removed overall; names,
// places and references 0.88, docs/anonymiser.md): what is asserted here is what holds, the public
// words kept (target ≥ 0.95), and a floor under identifiers removed that guards against going back.
describe('the held-out notes of the third round, as a whole', () => {
  const figures = (s: CorpusScore) => Object.entries(s.kinds).map(([kind, k]) => `${kind} ${k!.removed}/${k!.expected}`).join(', ')

  it('keeps at least 95 % of their public words', () => {
    expect(ratio(held.publics.kept, held.publics.total), `${held.publics.kept} of ${held.publics.total}`).toBeGreaterThanOrEqual(0.95)
  })

  it('removes at least 92 % of their identifiers (the target, 95 %, is not reached yet)', () => {
    expect(ratio(held.overall.removed, held.overall.expected), figures(held)).toBeGreaterThanOrEqual(0.92)
  })
})
