import type { IsoDay } from '../lib/day'

/**
 * Facts as data, once. Every phone number, URL and legal article the app shows lives in exactly one
 * of the modules beside this file, with the public source it was taken from (through
 * ../shared/facts/facts-fr.md) and the day it was read at that source.
 * Only facts the sheet marks [CONFIRMÉ] or [PROBABLE] may appear here.
 */

/** ISO date (YYYY-MM-DD) on which the fact was last checked. */
export type IsoDate = IsoDay

export type Confidence = 'confirmed' | 'likely'

export interface Sourced {
  /** Public page the fact comes from (as cited by the fact sheet). */
  source: string
  /**
   * The day the item was read at its source, per the fact sheet: not the sheet's own date. Items the
   * sheet re-read on a given day carry that day; for the others, `dated` says what the date stands for.
   */
  checkedOn: IsoDate
  confidence: Confidence
  /**
   * When the sheet gives no day of reading:
   * - 'year': read when the sheet was first compiled, a day it does not give. It cites pages published up
   *   to 11 February 2026, so `checkedOn` is that day, the earliest it can be, and the app shows the year only.
   * - 'olderCopy': a law text read in a copy of the code rather than on Legifrance. `checkedOn` is the
   *   earliest day the copy can date from, and the app says the text was read in a version of that year.
   */
  dated?: 'year' | 'olderCopy'
  /**
   * The source is research material (news, a blog, a tool review, a copy on another site): kept here
   * for the record, never shown as a "Source" link (the sheet's rule for sources shown to the public).
   */
  secondary?: true
  /** On the sheet's list of items to re-check before release (§9): the app says so beside the date. */
  toCheck?: true
}

/** Opening hours as structure, so the sentence around them is translated in locales/. */
export type Hours =
  | { kind: 'always' }
  | { kind: 'daily', from: string, to: string }
  | { kind: 'weekdays', from: string, to: string }

export type HelplineGroup = 'emergency' | 'distress' | 'young' | 'women' | 'anyVictim' | 'police'

export type ChannelKind = 'chat' | 'app' | 'web' | 'email' | 'messaging'

export interface Channel {
  kind: ChannelKind
  /** Link id from links.ts (https) or an e-mail address for kind 'email'. */
  link: LinkId | `mailto:${string}`
}

/**
 * A service a person can reach now: a phone line, an SMS number, or a written chat (the police's and
 * the Espace Mineurs' chats have no number). Each has its hours, so the app can say whether it is open.
 */
export interface Helpline extends Sourced {
  id: HelplineId
  /** Number as shown, with French spacing, e.g. "0 800 05 95 95"; absent for a chat-only service. */
  display?: string
  /** Digits dialled, e.g. "0800059595"; absent when the service cannot be called by voice. */
  tel?: string
  /** Digits for an sms: link, when the service takes text messages. */
  sms?: string
  /** The page where the service's written chat opens, for a service reached by writing. */
  chat?: LinkId
  groups: HelplineGroup[]
  hours: Hours
  free: boolean
  anonymous: boolean
  channels: Channel[]
  /** The number to dial from outside France, at the normal rate, when the service has one. */
  abroad?: { display: string, tel: string }
  /**
   * For a line with opening hours: the lines to offer while it is closed, in order (those open at that
   * moment are shown, see content/opening.ts). Chosen for the people the line is for.
   */
  meanwhile?: HelplineId[]
}

export type HelplineId =
  | 'police17' | 'eu112' | 'samu15' | 'pompiers18' | 'sms114' | 'suicide3114'
  | 'enfance3018' | 'femmes3919' | 'cfcv' | 'victimes116006' | 'enfance119'
  | 'pnav' | 'espaceMineurs' | 'cyber17' | 'infoEscroqueries'

export type LinkId =
  | 'stopncii' | 'takeItDown' | 'pharos' | 'policeChat' | 'thesee' | 'cyber17' | 'pointDeContact'
  | 'disrupt' | 'enfance3018Web' | 'allo119' | 'urgence114' | 'cfcvWeb' | 'cybermalveillanceSextortion'
  | 'googleRemoveIntimate' | 'googleRemoveFake' | 'bingConcern' | 'cnilComplaint' | 'metaNotWithoutConsent'
  | 'googleImages' | 'bingVisualSearch' | 'tineye' | 'yandexImages'
  | 'googleNciiGuide' | 'cnilErasureGuide'
  | 'tiktokReport' | 'xIntimateMedia' | 'xTakeItDownUs' | 'discordReport' | 'telegramSupport' | 'redditReport'
  | 'youtubePrivacy' | 'youtubeSynthetic' | 'pornhubRemoval' | 'snapchatSupport' | 'web3114' | 'espaceMineurs'

export interface Link extends Sourced {
  id: LinkId
  url: `https://${string}`
}

export type LawId =
  | 'cp226-1' | 'cp226-2-1' | 'cp226-6' | 'cp226-8-1' | 'cp312-10' | 'cp222-33' | 'cp227-23' | 'cp227-22-2'
  | 'cp227-23-1' | 'cp227-24' | 'cpp15-3' | 'cpp40-4-1' | 'cciv515-9' | 'gdpr17' | 'lil51' | 'dsa16'

export type LawCode =
  | 'codePenal' | 'codeProcedurePenale' | 'codeCivil' | 'gdpr' | 'informatiqueLibertes' | 'dsa'

export interface Penalty {
  years: number
  euros: number
}

export interface LawArticle extends Sourced {
  id: LawId
  /** The article's number as cited, e.g. "226-2-1". */
  article: string
  code: LawCode
  /**
   * Maximum penalty, when the sheet gives one, and the higher maximum of the usual case when there is
   * one (done online; by the person's partner). Articles that protect minors carry none: the app never
   * shows their penalty (sheet, 2026-11-28).
   */
  penalty?: Penalty & { higher?: Penalty & { when: 'online' | 'partner' } }
}

export type GuideId =
  | 'stopSpread' | 'find' | 'evidence' | 'evidenceYoung' | 'report'
  | 'sextortion' | 'deepfakes' | 'cyberflashing' | 'filmed'

/** Every page under /guide/: the written guides, and the two tools (the removal directory, the letter). */
export type GuidePage = GuideId | 'removal' | 'letter'

/** A tool drawn inside a guide section, by the app itself. */
export type GuideTool = 'ageChooser' | 'placesList' | 'evidenceChecklist'

export interface GuideSection {
  /** Text: `guide.<guideId>.section.<id>.title` and `.lines` in locales/. */
  id: string
  links?: LinkId[]
  helplines?: HelplineId[]
  law?: LawId[]
  tool?: GuideTool
}

export interface Guide {
  id: GuideId
  /** Pages that describe abuse open with a short content warning (`guide.warning`). */
  warning: boolean
  sections: GuideSection[]
}
