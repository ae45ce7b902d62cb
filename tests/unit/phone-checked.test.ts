import { describe, expect, it } from 'vitest'
import { read } from '@/tree/reading'
import type { Facts } from '@/tree/types'

// When a plan says, beside its call and SMS buttons, what a call leaves in a phone someone checks.
describe('a plan whose phone may be checked (Reading.mayBeChecked)', () => {
  const cases: [Facts, boolean][] = [
    [{ danger: 'no', situation: 'threatened', author: 'partner' }, true],
    [{ danger: 'no', situation: 'shared', author: 'partner' }, true],
    [{ danger: 'no', situation: 'shared', author: 'known' }, true],
    [{ danger: 'yes' }, true],
    [{ danger: 'unsure', situation: 'unsure' }, true],
    [{ danger: 'no', situation: 'threatened', author: 'stranger' }, false],
    [{ danger: 'no', situation: 'received', author: 'unknown' }, false],
    [{ danger: 'no', situation: 'unsure' }, false],
    [{}, false],
  ]
  it.each(cases)('%j: %s', (facts, checked) => {
    expect(read(facts).mayBeChecked).toBe(checked)
  })

  it('is wider than `close`: an ex who shared an image, with no threat, may share the home', () => {
    const reading = read({ danger: 'no', situation: 'shared', author: 'partner' })
    expect(reading.close).toBe(false)
    expect(reading.mayBeChecked).toBe(true)
  })
})
