import type { HelplineId } from '../content/types'
import { read } from './reading'
import type { Facts } from './types'

/**
 * "Qui joindre": the one contact "D'abord" offers, by person and by hour (TREE.md, decided 2026-12-05).
 * Read top to bottom, the first row that fits the person gives its lines. The button is the first of
 * the row's day lines open now; when none is (at night), the first of its night lines, and the day line
 * is said with its hours ("e-Enfance, de 9 h à 23 h"). So at night the button is always a service that
 * answers, and never one meant for another group (a women's line for a boy, an adults' line for a child).
 */
export type ContactRow = 'danger' | 'young' | 'close' | 'remote' | 'victim' | 'filmed' | 'unsure'

export interface ContactLines {
  /** In order of preference while they are open. */
  day: readonly HelplineId[]
  /** When no day line is open. Without it, the day lines are the night ones too. */
  night?: readonly HelplineId[]
  /** Said under a line meant for one group ("pour tous : …"), those open now. */
  forAll?: readonly HelplineId[]
}

export const contactLines: Record<ContactRow, ContactLines> = {
  // In danger now, at any age: the police, or an SMS for someone who cannot speak.
  danger: { day: ['police17', 'sms114'] },
  // May be a minor, whatever happened and whoever did it: never the women's line, France Victimes or a
  // protection order. e-Enfance by day; the child-protection line and the police's chat for under-18s at night.
  young: { day: ['enfance3018'], night: ['enfance119', 'espaceMineurs'] },
  // An adult threatened by a partner, an ex or someone known: the women's line, day and night, and for anyone
  // it is not meant for (it is for women), France Victimes or the police's chat (sheet, 2026-12-05).
  close: { day: ['femmes3919'], forAll: ['victimes116006', 'pnav'] },
  // An adult blackmailed or pressed by someone met online, or unknown: the police's chat and 17Cyber,
  // both day and night; never the mass-scam comfort unless money is asked (rules, steps.ts).
  remote: { day: ['pnav', 'cyber17'] },
  // An adult whose images were shared or faked, or who received images, or who is worried: France Victimes.
  victim: { day: ['victimes116006'], night: ['pnav'] },
  // Filmed without knowing: the line for sexual violence first, France Victimes beside it.
  filmed: { day: ['cfcv', 'victimes116006'], night: ['pnav'] },
  // Nothing is clear yet: the police's chat answers anyone, with the youth line and France Victimes.
  unsure: { day: ['pnav', 'enfance3018', 'victimes116006'] },
}

export function contactRow(f: Facts): ContactRow {
  const r = read(f)
  if (f.danger === 'yes') return 'danger'
  if (r.situation === 'unsure') return 'unsure'
  if (r.young) return 'young'
  if ((r.partner && !r.worriedOnly) || r.close) return 'close'
  if (r.remote && (r.maybeThreatened || r.pressured)) return 'remote'
  return r.situation === 'filmed' ? 'filmed' : 'victim'
}

export interface Contact {
  row: ContactRow
  /** The button: a line open now. */
  main: HelplineId
  /** The row's other lines open now, one tap each. */
  also: HelplineId[]
  /** The row's day lines closed now, said with their hours. */
  later: HelplineId[]
  /** For a line meant for one group: the lines for everyone, open now. */
  forAll: HelplineId[]
}

/**
 * The contact for these facts. `open` says whether a line is open now; where the time is not known
 * (a page drawn before the app reads the clock), it says so only of the lines always open, so the
 * button is then one that answers at any hour.
 */
export function contactFor(f: Facts, open: (id: HelplineId) => boolean): Contact {
  const row = contactRow(f)
  const { day, night = day, forAll = [] } = contactLines[row]
  const openDay = day.filter(open)
  const lines = openDay.length ? openDay : night.filter(open)
  // Every row ends with a line open day and night (tested on every path, at every hour of a week).
  const [main = night[0]!, ...also] = lines
  return {
    row,
    main,
    also,
    later: day.filter(id => !open(id)),
    forAll: forAll.filter(open),
  }
}
