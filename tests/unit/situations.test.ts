import { describe, expect, it } from 'vitest'
import { planCode, situationIds } from '@/support/situations'
import { decode } from '@/tree/code'
import { factsOf } from '@/tree/graph'

describe('support-worker situations', () => {
  it.each(situationIds)('"%s" opens a complete plan', (id) => {
    const decoded = decode(planCode(id))
    expect(decoded.ok && decoded.complete).toBe(true)
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
})
