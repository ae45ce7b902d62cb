import { type ContactEntry, type Entry, entryDate, type NoteEntry, type PlaceEntry, type ReportEntry } from './entries'

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

function chronological(a: Entry, b: Entry): number {
  return compare(entryDate(a), entryDate(b)) || compare(a.createdAt, b.createdAt) || compare(a.id, b.id)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
