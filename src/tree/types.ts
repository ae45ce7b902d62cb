import type { HelplineId, LawId } from '../content/types'

/**
 * The guided path as data. Questions gather facts; plan rules turn facts into ordered steps.
 * Text lives in locales/ under `tree.<question>.*` and `plan.*`; ids here are the keys.
 */

export interface Facts {
  danger?: 'yes' | 'no' | 'unsure'
  situation?: Situation
  /** Age of the person shown when the images were taken: decides Take It Down vs StopNCII. */
  ageAtImages?: Age
  /** Age of the person now: asked when they received images (nobody's images of them exist). */
  ageNow?: Age
  author?: 'partner' | 'known' | 'stranger' | 'unknown'
  demand?: 'money' | 'images' | 'other' | 'none' | 'unsure'
  paid?: 'yes' | 'no' | 'unsure'
  where?: 'social' | 'website' | 'unknown' | 'notYet'
  haveCopy?: 'yes' | 'no' | 'unsure'
  channel?: 'nearby' | 'messaging' | 'other' | 'unsure'
  sentAlready?: 'yes' | 'no' | 'unsure'
  threatenedToo?: 'yes' | 'no' | 'unsure'
}

export type Situation =
  | 'threatened' | 'shared' | 'fake' | 'received' | 'filmed' | 'pressured' | 'worried' | 'unsure'

export type Age = 'under18' | 'adult' | 'unsure'

export type QuestionId = keyof Facts

export interface Option<Q extends QuestionId = QuestionId> {
  id: NonNullable<Facts[Q]>
  /** The "je ne sais pas / je préfère ne pas répondre" answer, shown apart from the others. */
  unsure?: true
}

export interface Question<Q extends QuestionId = QuestionId> {
  id: Q
  options: readonly Option<Q>[]
}

export interface Answer {
  question: QuestionId
  option: string
}

export type StepId =
  | 'emergency' | 'firstHours' | 'firstHoursClose' | 'moneySent' | 'pressure' | 'notYourFault'
  | 'trustedAdult' | 'evidence' | 'evidenceMinor' | 'stopncii' | 'takeitdown' | 'findWhere' | 'askHelpFinding'
  | 'fakeIsOffence' | 'unwantedImages' | 'nearbyOnTheSpot' | 'prevent'
  | 'removePlatform' | 'school' | 'removeSearch' | 'letter' | 'erasure' | 'pharos' | 'protectionOrder' | 'complaint'
  | 'thesee' | 'policeChat'
  | 'helpline3919' | 'helplineCfcv' | 'helpline116006' | 'otherLines' | 'selfCare'
  // Only in a helper's plan (rules.ts, `helper`).
  | 'noBlame' | 'noConfront' | 'talkWith' | 'helplineYoung'

/**
 * Who the plan speaks to. "vous" for adults; "tu" for anyone who may be under 18 (an unknown age
 * included), in the register of youth services, with a shorter plan written for a 13-year-old;
 * `helper`: "vous" to someone who helps the person (a parent, a friend, a teacher), speaking about
 * "la personne" they help. Text: `plan.*`, `plan.tu.*` and `plan.helper.*` in locales/.
 */
export type Voice = 'vous' | 'tu' | 'helper'

/** Why a step applies: each names the answer that triggered it (text: `plan.reason.<id>`). */
export const reasonIds = [
  'always', 'danger', 'dangerUnsure', 'threatened', 'threatUnsure', 'paid', 'paidUnsure', 'demandUnsure',
  'pressured', 'minor', 'minorNow', 'ageUnsure', 'adult', 'adultNow', 'haveCopy', 'shared', 'fake', 'filmed',
  'received', 'worried', 'unsure', 'onWebsite', 'onSocial', 'whereUnknown', 'partner', 'known',
  'strangerMoney', 'unknownMoney', 'fromStranger', 'nearby', 'viaMessaging', 'inGroup',
] as const

export type ReasonId = (typeof reasonIds)[number]

export interface Step {
  id: StepId
  reasons: ReasonId[]
  /** The locale key of its title, in the plan's voice (`plan.step.<id>.title` or a variant for these facts). */
  title: string
  /**
   * The step's details, as locale keys of lists of lines, in order: `<root>.step.<id>.how`, then the
   * lines that hold only for these facts (`<root>.step.<id>.<extra>`, see `stepExtras` in steps.ts).
   */
  how: string[]
  /** The locale keys of its "why", one per reason, in the plan's voice. */
  why: string[]
  /** The lines offered as one-tap cards for these facts (some of `stepFacts[id].helplines`, or others). */
  helplines: HelplineId[]
  /** The law cited for these facts: some of `stepFacts[id].law`; none in a plan for someone who may be a minor. */
  law: LawId[]
  /** False when the person may be under 18 (an unknown age included): the law is cited without penalty. */
  penalties: boolean
  /** In a plan for someone who may be a minor, a step that can wait, shown under "Plus tard". */
  later?: true
}
