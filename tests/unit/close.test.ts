import { describe, expect, it } from 'vitest'
import { concernsSomeoneClose } from '@/tree/close'
import type { Facts } from '@/tree/types'

describe('a plan that concerns someone close', () => {
  const cases: [Facts, boolean][] = [
    [{ danger: 'no', situation: 'threatened', author: 'partner' }, true],
    [{ danger: 'no', situation: 'shared', author: 'known' }, true],
    [{ danger: 'yes' }, true],
    [{ danger: 'unsure', situation: 'unsure' }, true],
    [{ danger: 'no', situation: 'threatened', author: 'stranger' }, false],
    [{ danger: 'no', situation: 'received', author: 'unknown' }, false],
    [{ danger: 'no', situation: 'unsure' }, false],
    [{}, false],
  ]
  it.each(cases)('%j: %s', (facts, close) => {
    expect(concernsSomeoneClose(facts)).toBe(close)
  })
})
