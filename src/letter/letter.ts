import { law } from '@/content/law'
import type { LawArticle, LawId } from '@/content/types'
import { dayOf, formatDay } from '@/lib/day'
import { checkContact, checkDate, checkUrls, isEmail, type LetterError, maxUrls } from './check'

export { maxUrls }

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
  /** For images of a minor: the person has reported them to the authorities (the letter says so only then). */
  reported?: boolean
}

export type { LetterError }

export type Translate = (key: string, params?: Record<string, string | number>) => string

export interface Letter {
  subject: string
  body: string
  grounds: LawId[]
  dmca: boolean
  /** The letter is a notice under the Digital Services Act (art. 16): see `dsaApplies`. */
  dsa: boolean
}

/** Labels for the form's choices, written out so every key can be found in the source. */
export const recipientLabels: Record<Recipient, { label: string, hint: string }> = {
  platform: { label: 'letter.form.recipient.platform', hint: 'letter.form.recipient.platformHint' },
  host: { label: 'letter.form.recipient.host', hint: 'letter.form.recipient.hostHint' },
  searchEngine: { label: 'letter.form.recipient.searchEngine', hint: 'letter.form.recipient.searchEngineHint' },
}

export const contentKindLabels: Record<ContentKind, { label: string, hint: string }> = {
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

/**
 * A Digital Services Act notice (art. 16) goes to hosting services only, never to a search engine, and
 * must give the sender's name and e-mail address, except for child sexual abuse material. Without them
 * the letter stays a plain request and does not claim to be a DSA notice.
 */
export function dsaApplies(input: Pick<LetterInput, 'recipient' | 'kind' | 'name' | 'contact'>): boolean {
  if (input.recipient === 'searchEngine') return false
  return input.kind === 'minor' || (!!input.name?.trim() && isEmail(input.contact?.trim() ?? ''))
}

/** The GDPR erasure request goes to whoever runs the site or the search engine, not to its host. */
export const erasureApplies = (recipient: Recipient) => recipient !== 'host'

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
 * For images of minors the letter asks for removal, says they are reported only if the person did
 * report them, and never asks for, mentions or attaches the images themselves.
 */
export function buildLetter(input: LetterInput, locale: 'fr' | 'en', t: Translate, today: Date): Letter {
  const checked = validate(input, today)
  if (!checked.ok) {
    throw new Error(`Invalid letter input: ${checked.errors.map(e => `${e.field}.${e.code}`).join(', ')}`)
  }
  const { urls } = checked
  const to = recipientKeys[input.recipient]
  const kind = kindKeys[input.kind]
  const formatDate = (day: string) => formatDay(day, locale)
  const recipientName = input.recipientName?.trim()
  const name = input.name?.trim()
  const contact = input.contact?.trim()
  const cite = (id: LawId) => ({ article: law[id].article, code: t(codeKeys[law[id].code]) })
  const dmca = dmcaApplies(input)
  const dsa = dsaApplies(input)
  const erasure = erasureApplies(input.recipient)

  const paragraphs = [
    lines(recipientName && t('letter.recipientLine', { recipient: recipientName }), t('letter.dateLine', { date: formatDate(dayOf(today)) })),
    t('letter.greeting'),
    lines(t(to.intro), ...urls.map(bullet)),
    sentences(t('letter.foundOn', { date: formatDate(input.foundOn.trim()) }), t(kind.what)),
    t(kind.ground, cite(kind.law)),
    erasure && t('letter.ground.gdpr', cite('gdpr17')),
    dsa && sentences(t('letter.ground.dsa', cite('dsa16')), t('letter.ground.goodFaith')),
    sentences(t(to.request), input.kind === 'minor' && input.reported && t('letter.reported'), t('letter.confirm')),
    t('letter.closing'),
    lines(name, contact && t('letter.contactLine', { contact })),
  ]
  if (dmca) paragraphs.push(...dmcaNotice(urls, name, contact, t))

  return {
    subject: t(to.subject),
    body: paragraphs.filter(p => typeof p === 'string' && p !== '').join('\n\n'),
    grounds: [kind.law, ...(erasure ? ['gdpr17' as const] : []), ...(dsa ? ['dsa16' as const] : [])],
    dmca,
    dsa,
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
