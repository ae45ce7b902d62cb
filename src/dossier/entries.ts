import { dayOf, isCalendarDay } from '@/lib/day'

/**
 * "Mon dossier": what an entry is, how it is checked, and the printable summary. Text only: there is no
 * field for an image, a file or a link to one, by design. Pure functions, no Vue, no storage.
 *
 * Dates are calendar days, 'YYYY-MM-DD', as an `<input type="date">` gives them; createdAt and
 * updatedAt are full ISO timestamps set by the store.
 */

export type EntryKind = 'place' | 'report' | 'contact' | 'note'
export type ReportWhere = 'platform' | 'searchEngine' | 'host' | 'pharos' | 'police' | 'helpline' | 'other'
export type ReportStatus = 'sent' | 'acknowledged' | 'removed' | 'refused' | 'noAnswer'

export const entryKinds: readonly EntryKind[] = ['place', 'report', 'contact', 'note']
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

export type DossierErrorCode =
  /** The verifier did not match: a typing slip, most often. No lock-out, ever. */
  | 'wrongPassphrase'
  /** The passphrase is right (or the header itself is damaged) but the data does not decrypt or validate. */
  | 'damaged'
  /** The browser refused to store more. Nothing already saved is lost. */
  | 'storageFull'
  /** Any other storage failure (private browsing, storage cleared or blocked). */
  | 'storage'
  /** No IndexedDB or WebCrypto here. */
  | 'unsupported'
  /** No vault on this device (unlock, export). */
  | 'missing'
  /** A vault already exists (create). */
  | 'exists'
  /** The vault was locked (by lock(), the idle timer, a restore or a deletion, or another tab). */
  | 'locked'
  | 'emptyPassphrase'
  /** add/update with invalid content: see `errors`. */
  | 'invalidEntry'
  /** update/remove of an id that is not there (removed in another tab, for example). */
  | 'notFound'
  /** restoreBackup: the file comes from something else. */
  | 'notBackup'

/** The one error type of src/dossier/. `code` picks the message: `dossier.errors.<code>`. */
export class DossierError extends Error {
  readonly code: DossierErrorCode
  readonly errors: EntryError[]

  constructor(code: DossierErrorCode, options: { cause?: unknown, errors?: EntryError[] } = {}) {
    super(code, { cause: options.cause })
    this.name = 'DossierError'
    this.code = code
    this.errors = options.errors ?? []
  }
}

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

/** Reads back one decrypted entry: null if anything is off (the store then reports 'damaged'). */
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

// The day helpers now live in src/lib/day.ts (one place for the whole app); kept under their old
// names here until the dossier is split by idea.
export { dayOf as isoDay, isCalendarDay as isCalendarDate }

/** The day an entry is about: when the place was found, the report sent, the contact made. */
export function entryDate(entry: Entry): string {
  return entry.kind === 'place' ? entry.foundOn : entry.date
}

function chronological(a: Entry, b: Entry): number {
  return compare(entryDate(a), entryDate(b)) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export interface Summary {
  /** First and last day of all entries, or null when there are none. */
  period: { from: string, to: string } | null
  places: PlaceEntry[]
  reports: ReportEntry[]
  contacts: ContactEntry[]
  /** Personal notes: the view decides whether to print them (off by default is kinder). */
  notes: NoteEntry[]
  /** Every entry, oldest first. */
  timeline: Entry[]
  /** Reports still waiting (sent, acknowledged, no answer) that have a follow-up day, soonest first. */
  followUps: ReportEntry[]
}

/** The printable summary ("Récapitulatif"): each list in chronological order, oldest first. */
export function summary(entries: readonly Entry[]): Summary {
  const timeline = [...entries].sort(chronological)
  const first = timeline[0]
  const last = timeline[timeline.length - 1]
  const reports = timeline.filter((entry): entry is ReportEntry => entry.kind === 'report')
  return {
    period: first && last ? { from: entryDate(first), to: entryDate(last) } : null,
    places: timeline.filter((entry): entry is PlaceEntry => entry.kind === 'place'),
    reports,
    contacts: timeline.filter((entry): entry is ContactEntry => entry.kind === 'contact'),
    notes: timeline.filter((entry): entry is NoteEntry => entry.kind === 'note'),
    timeline,
    followUps: reports
      .filter((report): report is ReportEntry & { followUp: string } =>
        report.followUp !== undefined && ['sent', 'acknowledged', 'noAnswer'].includes(report.status))
      .sort((a, b) => compare(a.followUp, b.followUp) || chronological(a, b)),
  }
}

/** Message keys for the view, written out so every key can be found in the source (`dossier.*`). */
export const kindLabels: Record<EntryKind, string> = {
  place: 'dossier.kinds.place',
  report: 'dossier.kinds.report',
  contact: 'dossier.kinds.contact',
  note: 'dossier.kinds.note',
}

export const whereLabels: Record<ReportWhere, string> = {
  platform: 'dossier.where.platform',
  searchEngine: 'dossier.where.searchEngine',
  host: 'dossier.where.host',
  pharos: 'dossier.where.pharos',
  police: 'dossier.where.police',
  helpline: 'dossier.where.helpline',
  other: 'dossier.where.other',
}

export const statusLabels: Record<ReportStatus, string> = {
  sent: 'dossier.status.sent',
  acknowledged: 'dossier.status.acknowledged',
  removed: 'dossier.status.removed',
  refused: 'dossier.status.refused',
  noAnswer: 'dossier.status.noAnswer',
}

/** The kind message for each error (`dossier.errors.*`): no blame, and never a lock-out. */
export const errorLabels: Record<DossierErrorCode, string> = {
  wrongPassphrase: 'dossier.errors.wrongPassphrase',
  damaged: 'dossier.errors.damaged',
  storageFull: 'dossier.errors.storageFull',
  storage: 'dossier.errors.storage',
  unsupported: 'dossier.errors.unsupported',
  missing: 'dossier.errors.missing',
  exists: 'dossier.errors.exists',
  locked: 'dossier.errors.locked',
  emptyPassphrase: 'dossier.errors.emptyPassphrase',
  invalidEntry: 'dossier.errors.invalidEntry',
  notFound: 'dossier.errors.notFound',
  notBackup: 'dossier.errors.notBackup',
}

/** Messages for a field's error (`dossier.validation.*`); 'tooLong' takes `{max}`. */
export const validationLabels: Record<EntryErrorCode, string> = {
  missing: 'dossier.validation.missing',
  invalid: 'dossier.validation.invalid',
  tooLong: 'dossier.validation.tooLong',
  future: 'dossier.validation.future',
}
