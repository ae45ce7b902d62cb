import { dayOf, isCalendarDay } from '@/lib/day'

/**
 * "Mon dossier": what an entry is and how it is checked. Text only: there is no field for an image, a
 * file or a link to one, by design. Pure functions, no Vue, no storage.
 *
 * Dates are calendar days, 'YYYY-MM-DD', as an `<input type="date">` gives them; createdAt and
 * updatedAt are full ISO timestamps set by the store.
 */

export type EntryKind = 'place' | 'report' | 'contact' | 'note'
export type ReportWhere = 'platform' | 'searchEngine' | 'host' | 'pharos' | 'police' | 'helpline' | 'other'
export type ReportStatus = 'sent' | 'acknowledged' | 'removed' | 'refused' | 'noAnswer'

export const reportWheres: readonly ReportWhere[] = ['platform', 'searchEngine', 'host', 'pharos', 'police', 'helpline', 'other']
export const reportStatuses: readonly ReportStatus[] = ['sent', 'acknowledged', 'removed', 'refused', 'noAnswer']

/** Where the images appeared. */
export interface PlaceBody {
  kind: 'place'
  /** A web address or a platform's name. */
  address: string
  foundOn: string
  /** What was there, in the person's words; may be empty. */
  what: string
  /** A capture or an official record was made and kept elsewhere (never here). */
  evidenceCaptured: boolean
}

/** A report or request sent somewhere. */
export interface ReportBody {
  kind: 'report'
  where: ReportWhere
  /** Which platform, office or service; required when `where` is 'other'. */
  whereDetail: string
  date: string
  /** Ticket, case or complaint number; may be empty. */
  reference: string
  status: ReportStatus
  /** A day to check back. */
  followUp?: string
}

/** Someone the person talked to: a lawyer, a helpline, a friend. */
export interface ContactBody {
  kind: 'contact'
  who: string
  date: string
  /** What was said or agreed; may be empty. */
  agreed: string
}

export interface NoteBody {
  kind: 'note'
  text: string
  date: string
}

export type EntryBody = PlaceBody | ReportBody | ContactBody | NoteBody

export interface EntryMeta {
  id: string
  createdAt: string
  updatedAt: string
}

export type Entry = EntryMeta & EntryBody
export type PlaceEntry = EntryMeta & PlaceBody
export type ReportEntry = EntryMeta & ReportBody
export type ContactEntry = EntryMeta & ContactBody
export type NoteEntry = EntryMeta & NoteBody

export type EntryField =
  | 'kind' | 'address' | 'foundOn' | 'what' | 'evidenceCaptured'
  | 'where' | 'whereDetail' | 'date' | 'reference' | 'status' | 'followUp'
  | 'who' | 'agreed' | 'text'

export type EntryErrorCode = 'missing' | 'invalid' | 'tooLong' | 'future'

export interface EntryError {
  field: EntryField
  code: EntryErrorCode
  /** For 'tooLong': the limit in characters. */
  max?: number
}

export type Validation =
  | { ok: true, body: EntryBody }
  | { ok: false, errors: EntryError[] }

/** Generous limits, in characters: room for real use, not for pasting a book into one field. */
export const maxLength = {
  /** Platform names, people, references. */
  short: 300,
  /** Web addresses can be long. */
  address: 4_000,
  /** Descriptions and notes. */
  long: 20_000,
} as const

/**
 * Checks and normalises what a form gives (strings trimmed, unknown fields dropped). With `today`,
 * a place's `foundOn` and a report's `date` may not be later than today (on the person's device).
 * Without it, only the shape is checked: that is how stored entries are read back.
 */
export function validateEntry(input: unknown, today?: Date): Validation {
  const errors: EntryError[] = []
  if (typeof input !== 'object' || input === null) return { ok: false, errors: [{ field: 'kind', code: 'invalid' }] }
  const raw = input as Record<string, unknown>
  const todayIso = today && dayOf(today)

  const text = (field: EntryField, limit: number, required: boolean): string => {
    const value = raw[field]
    if (value !== undefined && value !== null && typeof value !== 'string') {
      errors.push({ field, code: 'invalid' })
      return ''
    }
    const trimmed = (value ?? '').trim()
    if (required && trimmed === '') errors.push({ field, code: 'missing' })
    else if (trimmed.length > limit) errors.push({ field, code: 'tooLong', max: limit })
    return trimmed
  }
  const date = (field: EntryField, required: boolean, notAfterToday: boolean): string => {
    const value = text(field, maxLength.short, required)
    if (value === '' || errors.some(error => error.field === field)) return value
    if (!isCalendarDay(value)) errors.push({ field, code: 'invalid' })
    else if (notAfterToday && todayIso && value > todayIso) errors.push({ field, code: 'future' })
    return value
  }
  const choice = <T extends string>(field: EntryField, options: readonly T[]): T => {
    const value = raw[field]
    if (value === undefined || value === null || value === '') errors.push({ field, code: 'missing' })
    else if (!options.includes(value as T)) errors.push({ field, code: 'invalid' })
    return value as T
  }

  let body: EntryBody
  switch (raw.kind) {
    case 'place': {
      const evidence = raw.evidenceCaptured ?? false
      if (typeof evidence !== 'boolean') errors.push({ field: 'evidenceCaptured', code: 'invalid' })
      body = {
        kind: 'place',
        address: text('address', maxLength.address, true),
        foundOn: date('foundOn', true, true),
        what: text('what', maxLength.long, false),
        evidenceCaptured: evidence === true,
      }
      break
    }
    case 'report': {
      const where = choice('where', reportWheres)
      const report: ReportBody = {
        kind: 'report',
        where,
        whereDetail: text('whereDetail', maxLength.short, where === 'other'),
        date: date('date', true, true),
        reference: text('reference', maxLength.short, false),
        status: choice('status', reportStatuses),
      }
      const followUp = date('followUp', false, false)
      if (followUp !== '') report.followUp = followUp
      body = report
      break
    }
    case 'contact':
      body = {
        kind: 'contact',
        who: text('who', maxLength.short, true),
        date: date('date', true, false),
        agreed: text('agreed', maxLength.long, false),
      }
      break
    case 'note':
      body = {
        kind: 'note',
        text: text('text', maxLength.long, true),
        date: date('date', true, false),
      }
      break
    default:
      return { ok: false, errors: [{ field: 'kind', code: raw.kind === undefined ? 'missing' : 'invalid' }] }
  }
  return errors.length ? { ok: false, errors } : { ok: true, body }
}

const idPattern = /^[A-Za-z0-9_-]{8,64}$/

/** Reads back one decrypted entry: null if anything is off (the record is then 'damaged', record.ts). */
export function parseStoredEntry(value: unknown): Entry | null {
  if (typeof value !== 'object' || value === null) return null
  const raw = value as Record<string, unknown>
  const { id, createdAt, updatedAt } = raw
  if (typeof id !== 'string' || !idPattern.test(id)) return null
  if (!isTimestamp(createdAt) || !isTimestamp(updatedAt)) return null
  const checked = validateEntry(raw)
  if (!checked.ok) return null
  return { id, createdAt, updatedAt, ...checked.body }
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
}

/** The day an entry is about: when the place was found, the report sent, the contact made. */
export function entryDate(entry: Entry): string {
  return entry.kind === 'place' ? entry.foundOn : entry.date
}
