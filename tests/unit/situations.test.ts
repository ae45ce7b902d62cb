import { describe, expect, it } from 'vitest'
import { isPrepared, preparedMark } from '@/composables/usePrepared'
import { answersFor, orderedAnswers, planCode, situationFacts, situationIds } from '@/support/situations'
import { decode, encode } from '@/tree/code'
import { factsOf } from '@/tree/graph'
import { plan } from '@/tree/rules'

describe('support-worker situations', () => {
  it.each(situationIds)('"%s" opens a complete plan', (id) => {
    const decoded = decode(planCode(id))
    expect(decoded.ok && decoded.complete).toBe(true)
  })

  it.each(situationIds)('"%s" decodes to the facts it was written with', (id) => {
    const decoded = decode(planCode(id))
    expect(decoded.ok && factsOf(decoded.answers)).toEqual(situationFacts(id))
  })

  it('orders answers as the tree asks them, whatever order they are written in (review F1)', () => {
    // The "received" branch asks the channel before the author: written the other way round, a code
    // used to decode as another, complete and wrong, plan.
    const facts = { danger: 'unsure', situation: 'received', ageNow: 'under18', author: 'stranger', channel: 'messaging' } as const
    const decoded = decode(encode(orderedAnswers(facts)))
    expect(decoded.ok && decoded.complete && factsOf(decoded.answers)).toEqual(facts)
  })

  it('covers every branch of the tree', () => {
    const branches = new Set(situationIds.map((id) => {
      const decoded = decode(planCode(id))
      return decoded.ok ? factsOf(decoded.answers).situation : undefined
    }))
    expect([...branches].sort()).toEqual(['fake', 'filmed', 'pressured', 'received', 'shared', 'threatened', 'unsure', 'worried'])
  })

  it('gives each situation its own plan code', () => {
    expect(new Set(situationIds.map(planCode)).size).toBe(situationIds.length)
  })

  it.each(situationIds)('"%s" answers no question about danger or threats for the person: it reads them as unsure', (id) => {
    const facts = factsOf(answersFor(id))
    expect(facts.danger).toBe('unsure')
    if (facts.threatenedToo !== undefined) expect(facts.threatenedToo).toBe('unsure')
    expect(plan(facts)[0]?.id).toBe('emergency')
  })

  it('marks a prepared link so the review screen can leave the danger question to the person', () => {
    expect(isPrepared({ ...preparedMark })).toBe(true)
    expect(isPrepared({})).toBe(false)
    expect(isPrepared({ lien: '0' })).toBe(false)
  })
})
