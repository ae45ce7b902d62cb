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
  | 'emergency' | 'firstHours' | 'moneySent' | 'pressure' | 'notYourFault'
  | 'evidence' | 'evidenceMinor' | 'stopncii' | 'takeitdown' | 'findWhere' | 'askHelpFinding'
  | 'fakeIsOffence' | 'unwantedImages' | 'nearbyOnTheSpot' | 'prevent'
  | 'removePlatform' | 'removeSearch' | 'letter' | 'pharos' | 'complaint' | 'thesee' | 'policeChat'
  | 'helpline3018' | 'helpline3919' | 'helpline119' | 'helplineCfcv' | 'helpline116006' | 'selfCare'

/** Why a step applies: each names the answer that triggered it (text: `plan.reason.<id>`). */
export type ReasonId =
  | 'always' | 'danger' | 'dangerUnsure' | 'threatened' | 'paid' | 'pressured' | 'minor' | 'ageUnsure'
  | 'adult' | 'haveCopy' | 'shared' | 'fake' | 'filmed' | 'received' | 'worried' | 'unsure'
  | 'onWebsite' | 'onSocial' | 'whereUnknown' | 'partner' | 'knownMinor' | 'strangerMoney'
  | 'nearby' | 'viaMessaging'

export interface Step {
  id: StepId
  reasons: ReasonId[]
}
