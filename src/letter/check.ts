import { dayOf, isCalendarDay } from '@/lib/day'

/**
 * Checking what the person typed into the takedown letter form: web addresses, the date they saw the
 * content, and how to reach them. Pure functions; the messages are in letter.ts.
 */

/** What can be wrong with what the person typed, by field (the words are in letter.ts). */
export type LetterError =
  | { field: 'urls', code: 'missing' }
  | { field: 'urls', code: 'invalid', value: string }
  | { field: 'urls', code: 'tooMany', max: number }
  | { field: 'foundOn', code: 'missing' | 'invalid' | 'future' }
  | { field: 'contact', code: 'invalid' }

export const maxUrls = 50

export function checkUrls(raw: string): { urls: string[], errors: LetterError[] } {
  const seen = new Set<string>()
  const urls: string[] = []
  const invalid = new Set<string>()
  for (const line of raw.split(/\r?\n/)) {
    const parsed = splitLine(line).map(piece => ({ piece, url: parseWebAddress(piece) }))
    if (!parsed.length) continue
    // A line with no address at all ("not a url") is reported whole, not word by word.
    const lineHasAddress = parsed.some(p => p.url)
    if (!lineHasAddress) invalid.add(line.trim())
    for (const { piece, url } of parsed) {
      if (!url) {
        if (lineHasAddress) invalid.add(piece)
      }
      else if (!seen.has(url.href)) {
        seen.add(url.href)
        urls.push(piece)
      }
    }
  }
  const errors: LetterError[] = [...invalid].map(value => ({ field: 'urls', code: 'invalid', value }))
  if (!urls.length && !invalid.size) errors.push({ field: 'urls', code: 'missing' })
  if (urls.length > maxUrls) errors.push({ field: 'urls', code: 'tooMany', max: maxUrls })
  return { urls, errors }
}

/**
 * Spaces separate addresses, and so does a comma when a new address follows it; other commas are
 * kept, as addresses may contain them (`?ids=1,2`).
 */
function splitLine(line: string): string[] {
  return line
    .split(/\s+|,(?=\s*https?:\/\/)/i)
    .map(piece => piece.replace(/^<|[>,;]+$/g, ''))
    .filter(piece => piece !== '')
}

function parseWebAddress(text: string): URL | undefined {
  // Checked on the text: the URL parser alone would accept `http:example.org`.
  if (!/^https?:\/\//i.test(text)) return undefined
  try {
    const url = new URL(text)
    return /^[^.]+(\.[^.]+)+\.?$/.test(url.hostname) ? url : undefined
  }
  catch {
    return undefined
  }
}

export function checkDate(value: string, today: Date): LetterError[] {
  const text = value.trim()
  if (!text) return [{ field: 'foundOn', code: 'missing' }]
  if (!isCalendarDay(text)) return [{ field: 'foundOn', code: 'invalid' }]
  if (text > dayOf(today)) return [{ field: 'foundOn', code: 'future' }]
  return []
}

export function checkContact(value: string | undefined): LetterError[] {
  const text = value?.trim() ?? ''
  return !text || isEmail(text) || isPhone(text) ? [] : [{ field: 'contact', code: 'invalid' }]
}

export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text)
}

/** Written any usual way (06 12 34 56 78, +33 6…, 06.12…). */
function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length
  // International numbers (E.164) have at most fifteen digits.
  return /^\+?[\d\s.()-]+$/.test(text) && digits >= 6 && digits < 16
}
