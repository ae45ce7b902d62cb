import type { GuidePage, HelplineId, LawId, LinkId } from '../content/types'
import type { Facts, StepId } from './types'

/**
 * What each plan step shows beside its text: official links, one-tap helplines and the law it
 * rests on, by id. The facts themselves (numbers, addresses, articles) live in src/content/.
 */
export interface StepFacts {
  links?: LinkId[]
  helplines?: HelplineId[]
  law?: LawId[]
  /** The guide or tool that shows how, step by step. */
  guide?: GuidePage
}

export const stepFacts: Record<StepId, StepFacts> = {
  emergency: { helplines: ['police17', 'eu112', 'sms114'] },
  firstHours: { links: ['cybermalveillanceSextortion'], law: ['cp312-10'], guide: 'sextortion' },
  // No guide of its own: the plan opens with the guide for the situation, which has a section for this.
  firstHoursClose: { links: ['policeChat'] },
  moneySent: {},
  pressure: { law: ['cp222-33'] },
  notYourFault: { law: ['cp226-2-1', 'cp226-1'] },
  evidence: { guide: 'evidence' },
  // Cited without penalty, beside a sentence saying the law protects minors (sheet, 2026-11-28).
  evidenceMinor: { law: ['cp227-23'], guide: 'evidenceYoung' },
  fakeIsOffence: { law: ['cp226-8-1'], guide: 'deepfakes' },
  unwantedImages: { law: ['cp227-24'], guide: 'cyberflashing' },
  nearbyOnTheSpot: { helplines: ['police17'], guide: 'cyberflashing' },
  prevent: {},
  stopncii: { links: ['stopncii'], guide: 'stopSpread' },
  takeitdown: { links: ['takeItDown'], guide: 'stopSpread' },
  findWhere: { guide: 'find' },
  askHelpFinding: { helplines: ['enfance3018'], links: ['pointDeContact'], guide: 'report' },
  removePlatform: { guide: 'removal' },
  removeSearch: { links: ['googleRemoveIntimate', 'googleRemoveFake', 'bingConcern', 'googleNciiGuide'], guide: 'removal' },
  letter: { links: ['cnilComplaint'], law: ['cp226-2-1', 'cp226-8-1', 'gdpr17'], guide: 'letter' },
  erasure: { links: ['cnilErasureGuide', 'cnilComplaint'], law: ['gdpr17', 'lil51'] },
  pharos: { links: ['pharos', 'pointDeContact'], guide: 'report' },
  protectionOrder: { law: ['cciv515-9'] },
  complaint: { law: ['cpp15-3', 'cpp40-4-1', 'cp226-6'], guide: 'report' },
  thesee: { links: ['thesee', 'cyber17'], guide: 'report' },
  policeChat: { links: ['policeChat'], guide: 'report' },
  helpline3018: { helplines: ['enfance3018'] },
  helpline3919: { helplines: ['femmes3919'] },
  helpline119: { helplines: ['enfance119'] },
  helplineCfcv: { helplines: ['cfcv'] },
  helpline116006: { helplines: ['victimes116006'] },
  selfCare: { helplines: ['suicide3114'] },
}

/** Lines shown only for some facts, after a step's own: `plan.step.<id>.<extra>` lists in locales/. */
export const stepExtras = {
  // The mass-scam comfort holds for strangers met online only, never for someone who knows the person.
  firstHours: ['stranger'],
  firstHoursClose: ['young'],
  notYourFault: ['sent'],
  takeitdown: ['noCopy'],
  complaint: ['adultImages', 'young'],
  erasure: ['young'],
} as const satisfies Partial<Record<StepId, readonly string[]>>

type Extra<S extends StepId> = S extends keyof typeof stepExtras ? (typeof stepExtras)[S][number] : never

/** The person may be under 18: the age that counts is unknown or under 18 (an unsure age reads the safe way). */
export function mayBeMinor(f: Facts): boolean {
  return (f.situation === 'received' ? f.ageNow : f.ageAtImages) !== 'adult'
}

/** They sent the image themself (or may have): consent to a picture is not consent to its sharing. */
function sentImages(f: Facts): boolean {
  const situation = f.situation ?? 'unsure'
  return ['threatened', 'shared', 'worried'].includes(situation) || (situation === 'pressured' && f.sentAlready !== 'no')
}

/** Which of a step's extra lines hold for these facts. */
const extraApplies: { [S in keyof typeof stepExtras]: Record<Extra<S>, (f: Facts) => boolean> } = {
  firstHours: { stranger: f => f.author === 'stranger' },
  firstHoursClose: { young: mayBeMinor },
  notYourFault: { sent: sentImages },
  // Without a copy on the device, Take It Down cannot help: nobody should fetch one to use it.
  takeitdown: { noCopy: f => f.haveCopy !== 'yes' },
  // Prosecution needs the victim's complaint only for adults' intimate images (see cp226-6 in law.ts).
  complaint: {
    adultImages: f => f.ageAtImages === 'adult' && (f.situation === 'shared' || f.situation === 'filmed'),
    young: mayBeMinor,
  },
  erasure: { young: mayBeMinor },
}

/** The locale keys of a step's details for these facts: its own lines, then the extras that hold. */
export function howFor(id: StepId, f: Facts): string[] {
  const extras = (extraApplies as Partial<Record<StepId, Record<string, (f: Facts) => boolean>>>)[id] ?? {}
  return [`plan.step.${id}.how`, ...Object.entries(extras).filter(([, holds]) => holds(f)).map(([extra]) => `plan.step.${id}.${extra}`)]
}

/** The law a step cites for these facts: each article only where it applies to the person. */
export function lawFor(id: StepId, f: Facts): LawId[] {
  const cited = stepFacts[id].law ?? []
  const keep = (...ids: LawId[]) => cited.filter(l => ids.includes(l))
  switch (id) {
    case 'notYourFault':
      return sentImages(f) ? keep('cp226-2-1') : f.situation === 'filmed' ? keep('cp226-1') : []
    // Only when a minor may see the message (sheet, 2026-11-28).
    case 'unwantedImages':
      return mayBeMinor(f) ? keep('cp227-24') : []
    case 'letter':
      return keep(f.situation === 'fake' ? 'cp226-8-1' : 'cp226-2-1', 'gdpr17')
    case 'erasure':
      return mayBeMinor(f) ? keep('gdpr17', 'lil51') : keep('gdpr17')
    case 'complaint':
      return extraApplies.complaint.adultImages(f) ? cited : cited.filter(l => l !== 'cp226-6')
    default:
      return cited
  }
}

/** The guide written for the situation as a whole, shown at the top of the plan. */
export function situationGuide(f: Facts): GuidePage | undefined {
  if (f.situation === 'threatened' || f.threatenedToo === 'yes' || f.threatenedToo === 'unsure') return 'sextortion'
  if (f.situation === 'fake') return 'deepfakes'
  if (f.situation === 'received') return 'cyberflashing'
  if (f.situation === 'filmed') return 'filmed'
  return undefined
}
