import { law } from '@/content/law'
import type { LawArticle, LawId } from '@/content/types'

/**
 * The takedown letter: checks what the person typed, then writes the letter from message keys
 * (`letter.*` in locales/) and legal references from src/content/law.ts. Pure functions, no Vue:
 * the view passes its own `t`. Nothing here sends or stores anything.
 */

export type Recipient = 'platform' | 'host' | 'searchEngine'

/** A real intimate image shared without consent, a sexual deepfake, or an image taken before 18. */
export type ContentKind = 'intimate' | 'deepfake' | 'minor'

export const recipients: readonly Recipient[] = ['platform', 'host', 'searchEngine']
export const contentKinds: readonly ContentKind[] = ['intimate', 'deepfake', 'minor']

export interface LetterInput {
  recipient: Recipient
  recipientName?: string
  /** Raw textarea text: one address per line; commas and spaces also separate. */
  urls: string
  /** YYYY-MM-DD, as an `<input type="date">` gives it. */
  foundOn: string
  kind: ContentKind
  /** The person took the picture themself, so owns its copyright (DMCA possible). */
  authorIsMe: boolean
  name?: string
  contact?: string
}

export type LetterError =
  | { field: 'urls', code: 'missing' }
  | { field: 'urls', code: 'invalid', value: string }
  | { field: 'urls', code: 'tooMany', max: number }
  | { field: 'foundOn', code: 'missing' | 'invalid' | 'future' }
  | { field: 'contact', code: 'invalid' }

export type Translate = (key: string, params?: Record<string, string | number>) => string

export interface Letter {
  subject: string
  body: string
  grounds: LawId[]
  dmca: boolean
}

export const maxUrls = 50

/** Labels for the form's choices, written out so every key can be found in the source. */
export const recipientLabels: Record<Recipient, { label: string, hint: string }> = {
  platform: { label: 'letter.form.recipient.platform', hint: 'letter.form.recipient.platformHint' },
  host: { label: 'letter.form.recipient.host', hint: 'letter.form.recipient.hostHint' },
  searchEngine: { label: 'letter.form.recipient.searchEngine', hint: 'letter.form.recipient.searchEngineHint' },
}

export const kindLabels: Record<ContentKind, { label: string, hint: string }> = {
  intimate: { label: 'letter.form.kind.intimate', hint: 'letter.form.kind.intimateHint' },
  deepfake: { label: 'letter.form.kind.deepfake', hint: 'letter.form.kind.deepfakeHint' },
  minor: { label: 'letter.form.kind.minor', hint: 'letter.form.kind.minorHint' },
}

/**
 * A DMCA notice needs the copyright owner, and is never offered for images of minors: the letter
 * for those only asks for removal and reports.
 */
export function dmcaApplies(input: Pick<LetterInput, 'kind' | 'authorIsMe'>): boolean {
  return input.authorIsMe && input.kind !== 'minor'
}

// ---------------------------------------------------------------------------------------------
// Validation

export function validate(
  input: LetterInput,
  today: Date,
): { ok: true, urls: string[] } | { ok: false, errors: LetterError[] } {
  const { urls, errors: urlErrors } = checkUrls(input.urls)
  const errors = [...urlErrors, ...checkDate(input.foundOn, today), ...checkContact(input.contact)]
  return errors.length ? { ok: false, errors } : { ok: true, urls }
}

function checkUrls(raw: string): { urls: string[], errors: LetterError[] } {
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

function checkDate(value: string, today: Date): LetterError[] {
  const text = value.trim()
  if (!text) return [{ field: 'foundOn', code: 'missing' }]
  if (!isCalendarDate(text)) return [{ field: 'foundOn', code: 'invalid' }]
  if (text > isoDay(today)) return [{ field: 'foundOn', code: 'future' }]
  return []
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  // Parsers disagree on 2026-02-30 (NaN or rolled over to March): a round trip settles it.
  const day = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text
}

/** Today's date on the person's own device, which is in their time zone. */
function isoDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function checkContact(value: string | undefined): LetterError[] {
  const text = value?.trim() ?? ''
  return !text || isEmail(text) || isPhone(text) ? [] : [{ field: 'contact', code: 'invalid' }]
}

function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text)
}

/** Written any usual way (06 12 34 56 78, +33 6…, 06.12…). */
function isPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length
  // International numbers (E.164) have at most fifteen digits.
  return /^\+?[\d\s.()-]+$/.test(text) && digits >= 6 && digits < 16
}

// ---------------------------------------------------------------------------------------------
// Error messages

/** The message for one error, with the values its text needs. */
export function errorText(error: LetterError, t: Translate): string {
  switch (error.field) {
    case 'urls':
      if (error.code === 'invalid') {
        return t('letter.error.urls.invalid', { value: shorten(error.value), http: 'http://', https: 'https://' })
      }
      if (error.code === 'tooMany') return t('letter.error.urls.tooMany', { max: error.max })
      return t('letter.error.urls.missing')
    case 'foundOn':
      return t({
        missing: 'letter.error.foundOn.missing',
        invalid: 'letter.error.foundOn.invalid',
        future: 'letter.error.foundOn.future',
      }[error.code])
    case 'contact':
      return t('letter.error.contact.invalid')
  }
}

function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

// ---------------------------------------------------------------------------------------------
// The letter

const recipientKeys: Record<Recipient, { subject: string, intro: string, request: string }> = {
  platform: { subject: 'letter.subject.platform', intro: 'letter.intro.platform', request: 'letter.request.platform' },
  host: { subject: 'letter.subject.host', intro: 'letter.intro.host', request: 'letter.request.host' },
  searchEngine: {
    subject: 'letter.subject.searchEngine',
    intro: 'letter.intro.searchEngine',
    request: 'letter.request.searchEngine',
  },
}

const kindKeys: Record<ContentKind, { law: LawId, what: string, ground: string }> = {
  intimate: { law: 'cp226-2-1', what: 'letter.kind.intimate', ground: 'letter.ground.intimate' },
  deepfake: { law: 'cp226-8-1', what: 'letter.kind.deepfake', ground: 'letter.ground.deepfake' },
  minor: { law: 'cp227-23', what: 'letter.kind.minor', ground: 'letter.ground.minor' },
}

const codeKeys: Record<LawArticle['code'], string> = {
  codePenal: 'law.codePenal',
  codeProcedurePenale: 'law.codeProcedurePenale',
  codeCivil: 'law.codeCivil',
  gdpr: 'law.gdpr',
  informatiqueLibertes: 'law.informatiqueLibertes',
  dsa: 'law.dsa',
}

/**
 * Writes the letter. Call `validate` first: invalid input is a programming error here.
 * For images of minors the letter asks for removal and says they are reported, and never asks
 * for, mentions or attaches the images themselves.
 */
export function buildLetter(input: LetterInput, locale: 'fr' | 'en', t: Translate, today: Date): Letter {
  const checked = validate(input, today)
  if (!checked.ok) {
    throw new Error(`Invalid letter input: ${checked.errors.map(e => `${e.field}.${e.code}`).join(', ')}`)
  }
  const { urls } = checked
  const to = recipientKeys[input.recipient]
  const kind = kindKeys[input.kind]
  const formatDate = dateFormatter(locale)
  const recipientName = input.recipientName?.trim()
  const name = input.name?.trim()
  const contact = input.contact?.trim()
  const cite = (id: LawId) => ({ article: law[id].article, code: t(codeKeys[law[id].code]) })
  const dmca = dmcaApplies(input)

  const paragraphs = [
    lines(recipientName && t('letter.recipientLine', { recipient: recipientName }), t('letter.dateLine', { date: formatDate(isoDay(today)) })),
    t('letter.greeting'),
    lines(t(to.intro), ...urls.map(bullet)),
    sentences(t('letter.foundOn', { date: formatDate(input.foundOn.trim()) }), t(kind.what)),
    t(kind.ground, cite(kind.law)),
    t('letter.ground.gdpr', cite('gdpr17')),
    t('letter.ground.dsa'),
    sentences(t(to.request), input.kind === 'minor' && t('letter.reported'), t('letter.confirm')),
    t('letter.closing'),
    lines(name, contact && t('letter.contactLine', { contact })),
  ]
  if (dmca) paragraphs.push(...dmcaNotice(urls, name, contact, t))

  return {
    subject: t(to.subject),
    body: paragraphs.filter(p => p !== '').join('\n\n'),
    grounds: [kind.law, 'gdpr17'],
    dmca,
  }
}

/** The elements a DMCA notice must contain, signed with the name or left for the person to sign. */
function dmcaNotice(urls: string[], name: string | undefined, contact: string | undefined, t: Translate): string[] {
  return [
    t('letter.dmca.heading'),
    t('letter.dmca.intro'),
    t('letter.dmca.work'),
    lines(t('letter.dmca.location'), ...urls.map(bullet)),
    t('letter.dmca.goodFaith'),
    t('letter.dmca.accuracy'),
    lines(
      contact ? t('letter.dmca.contact', { contact }) : t('letter.dmca.contactHere'),
      name ? t('letter.dmca.signature', { name }) : t('letter.signHere'),
    ),
  ]
}

type Part = string | false | undefined

const lines = (...parts: Part[]) => parts.filter(Boolean).join('\n')
const sentences = (...parts: Part[]) => parts.filter(Boolean).join(' ')
const bullet = (url: string) => `- ${url}`

function dateFormatter(locale: 'fr' | 'en'): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return iso => format.format(new Date(`${iso}T00:00:00Z`))
}

// ---------------------------------------------------------------------------------------------
// Sending

/**
 * A `mailto:` link that opens the letter in the person's own mail app. Line breaks are CRLF, as
 * RFC 6068 asks; `@` stays readable in the address.
 */
export function mailtoHref(letter: Pick<Letter, 'subject' | 'body'>, to?: string): string {
  const address = encodeURIComponent(to?.trim() ?? '').replaceAll('%40', '@')
  const body = letter.body.replace(/\r?\n/g, '\r\n')
  return `mailto:${address}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(body)}`
}
