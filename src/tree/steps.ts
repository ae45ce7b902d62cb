import type { GuidePage, HelplineId, LawId, LinkId } from '../content/types'
import { mayBeMinor, type Reading, voiceOf } from './reading'
import type { Facts, StepId, Voice } from './types'

/**
 * What each plan step shows beside its text: official links, one-tap helplines and the law it
 * rests on, by id. The facts themselves (numbers, addresses, articles) live in src/content/.
 * Helplines and law are the most a step offers: `helplinesFor` and `lawFor` keep those that fit.
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
  firstHoursClose: { helplines: ['pnav', 'espaceMineurs'] },
  moneySent: {},
  pressure: { law: ['cp222-33'] },
  notYourFault: { law: ['cp226-2-1'] },
  // The first thing a youth counsellor says: tell an adult you trust, or e-Enfance, now.
  trustedAdult: { helplines: ['enfance3018', 'enfance119'] },
  evidence: { guide: 'evidence' },
  evidenceMinor: { guide: 'evidenceYoung' },
  fakeIsOffence: { law: ['cp226-8-1'], guide: 'deepfakes' },
  unwantedImages: { guide: 'cyberflashing' },
  nearbyOnTheSpot: { helplines: ['police17'], guide: 'cyberflashing' },
  prevent: {},
  stopncii: { links: ['stopncii'], guide: 'stopSpread' },
  takeitdown: { links: ['takeItDown'], guide: 'stopSpread' },
  findWhere: { guide: 'find' },
  // For someone who may be a minor: specialists find and remove the images (and PHAROS, and the
  // erasure right, in one step: a 13-year-old's plan stays short).
  askHelpFinding: { links: ['pointDeContact', 'pharos'], guide: 'report' },
  removePlatform: { guide: 'removal' },
  // Images that went round a group or a class: what the school or a trusted adult can do about the
  // people who received them (sheet, 2026-12-05: those who forward an image also commit an offence).
  school: {},
  removeSearch: { links: ['googleRemoveIntimate', 'googleRemoveFake', 'bingConcern', 'googleNciiGuide'], guide: 'removal' },
  letter: { links: ['cnilComplaint'], law: ['cp226-2-1', 'cp226-8-1', 'gdpr17'], guide: 'letter' },
  erasure: { links: ['cnilErasureGuide', 'cnilComplaint'], law: ['gdpr17', 'lil51'] },
  pharos: { links: ['pharos', 'pointDeContact'], guide: 'report' },
  protectionOrder: { law: ['cciv515-9'] },
  complaint: { law: ['cpp15-3', 'cpp40-4-1', 'cp226-6'], guide: 'report' },
  thesee: { links: ['thesee'], helplines: ['cyber17', 'infoEscroqueries'], guide: 'report' },
  policeChat: { helplines: ['pnav', 'espaceMineurs'], guide: 'report' },
  helpline3919: { helplines: ['femmes3919'] },
  helplineCfcv: { helplines: ['cfcv'] },
  helpline116006: { helplines: ['victimes116006'] },
  // In a plan in "tu" whose reader may be an adult (an unknown age): the adults' lines in one step, later.
  otherLines: { helplines: ['victimes116006', 'cfcv'] },
  selfCare: { helplines: ['suicide3114'] },
  // A helper's plan only (rules.ts): advice to the helper, and the youth line, which answers parents too.
  noBlame: {},
  noConfront: {},
  talkWith: {},
  helplineYoung: { helplines: ['enfance3018', 'enfance119'] },
}

/** Lines shown only for some facts, after a step's own: `<root>.step.<id>.<extra>` lists in locales/. */
export const stepExtras = {
  // The mass-scam comfort: for adults asked for money by someone met only online, never anyone else
  // (a child pressed for images, someone a partner blackmails). Minors who were asked for money hear
  // that paying stops nothing; anyone asked for images, that nothing must be sent.
  firstHours: ['scam', 'payNothing', 'imagesDemand'],
  notYourFault: ['sent'],
  evidence: ['nearby'],
  evidenceMinor: ['nearby'],
  unwantedImages: ['partner'],
  // Asking for deletion means writing to the person: only someone known who is not threatening.
  prevent: ['askDeletion', 'noContact'],
  takeitdown: ['noCopy'],
  removePlatform: ['forwarded', 'partner'],
  complaint: ['adultImages'],
} as const satisfies Partial<Record<StepId, readonly string[]>>

type Extra<S extends StepId> = S extends keyof typeof stepExtras ? (typeof stepExtras)[S][number] : never

/** Which of a step's extra lines hold for these facts. */
const extraApplies: { [S in keyof typeof stepExtras]: Record<Extra<S>, (f: Facts, r: Reading) => boolean> } = {
  firstHours: {
    scam: (f, r) => r.adult && f.author === 'stranger' && r.money,
    payNothing: (f, r) => r.young && r.money,
    imagesDemand: f => f.demand === 'images',
  },
  notYourFault: { sent: (_f, r) => r.sent },
  evidence: { nearby: f => f.channel === 'nearby' },
  evidenceMinor: { nearby: f => f.channel === 'nearby' },
  unwantedImages: { partner: (_f, r) => r.partner },
  prevent: {
    askDeletion: (_f, r) => (r.partner || r.known) && !r.maybeThreatened && !r.pressured,
    noContact: (_f, r) => r.remote || r.maybeThreatened || r.pressured,
  },
  // Without a copy on the device, Take It Down cannot help: nobody should fetch one to use it.
  takeitdown: { noCopy: f => f.haveCopy !== 'yes' },
  removePlatform: {
    forwarded: (_f, r) => r.adult && r.inGroup,
    partner: (_f, r) => r.partner,
  },
  // Prosecution needs the victim's complaint only for adults' intimate images (see cp226-6 in law.ts).
  complaint: { adultImages: (f, r) => r.adult && f.ageAtImages === 'adult' && (r.situation === 'shared' || r.situation === 'filmed') },
}

/**
 * A helper's plan's extra lines (`plan.helper.step.<id>.<extra>`), by the person's facts. The law on
 * images of minors is said to the helper (an adult), never its penalty; a parent can file the complaint
 * for a child (cp226-6 in law.ts: the victim's complaint, or their legal representative's).
 */
const helperExtraApplies: Partial<Record<StepId, Record<string, (f: Facts, r: Reading) => boolean>>> = {
  noBlame: { sent: (_f, r) => r.sent },
  evidenceMinor: { minorImages: (_f, r) => r.imagesOfThem },
  takeitdown: { noCopy: f => f.haveCopy !== 'yes' },
  removePlatform: { young: (_f, r) => r.young },
  complaint: {
    young: (_f, r) => r.young,
    adultImages: (f, r) => extraApplies.complaint.adultImages(f, r),
  },
  policeChat: { young: (_f, r) => r.young },
  talkWith: { young: (_f, r) => r.young, adult: (_f, r) => r.adult },
}

/** The root of a voice's text in locales/: `plan` ("vous"), `plan.tu` or `plan.helper`. */
export const textRoot = (voice: Voice) => (voice === 'tu' ? 'plan.tu' : voice === 'helper' ? 'plan.helper' : 'plan')

/** The locale keys of a step's details for these facts: its own lines, then the extras that hold. */
export function howFor(id: StepId, f: Facts, r: Reading, voice: Voice): string[] {
  const root = `${textRoot(voice)}.step.${id}`
  const table = voice === 'helper' ? helperExtraApplies : extraApplies as Partial<Record<StepId, Record<string, (f: Facts, r: Reading) => boolean>>>
  const extras = table[id] ?? {}
  return [`${root}.how`, ...Object.entries(extras).filter(([, holds]) => holds(f, r)).map(([extra]) => `${root}.${extra}`)]
}

/**
 * The locale key of a step's title for these facts: `.title`, or a variant. Asked for images or acts,
 * not money: "send nothing", not "do not pay" (review m5); AirDrop or Bluetooth: there is no account
 * to report (review I8).
 */
export function titleFor(id: StepId, f: Facts, voice: Voice): string {
  const root = `${textRoot(voice)}.step.${id}`
  if (id === 'firstHours' && f.demand !== 'money' && f.demand !== 'unsure') return `${root}.titleSend`
  if (id === 'unwantedImages' && f.channel === 'nearby') return `${root}.titleNearby`
  return `${root}.title`
}

/** The lines a step offers as cards for this person: the youth chat for someone who may be a minor. */
export function helplinesFor(id: StepId, f: Facts, r: Reading): HelplineId[] {
  const offered = stepFacts[id].helplines ?? []
  switch (id) {
    case 'firstHoursClose':
      // Its chat is in the step "Écris à la police" of a plan in "tu", which must stay short.
      return r.young ? [] : offered.filter(h => h === 'pnav')
    case 'policeChat':
      // The police's chat for everyone; its space for under-18s when the person may be one.
      return offered.filter(h => (h === 'pnav' ? !r.minor : r.young))
    case 'emergency':
      // A plan for a 13-year-old stays short: the police, and the SMS for someone who cannot speak.
      return r.young ? offered.filter(h => h !== 'eu112') : offered
    case 'otherLines':
      // Never the women's line, even "if you are 18 or over": the age is not known, and a plan that may
      // be read by a minor leaves it out everywhere (issue 22); France Victimes answers anyone.
      return offered.filter(h => h === 'victimes116006' || (h === 'cfcv' && (r.situation === 'filmed' || r.pressured)))
    case 'trustedAdult':
    case 'helplineYoung':
      // The child-protection line too, when someone close is involved or the danger may be at home.
      return offered.filter(h => h === 'enfance3018' || (r.minor && (r.partner || r.known || f.danger === 'yes')))
    default:
      return offered
  }
}

/**
 * The law a step cites for these facts: each article only where it applies to the person. A plan for
 * someone who may be a minor cites none: no article numbers in words written for a 13-year-old.
 */
export function lawFor(id: StepId, f: Facts, r: Reading, voice: Voice = voiceOf(f)): LawId[] {
  if (voice === 'helper') return helperLawFor(id, f, r)
  if (mayBeMinor(f)) return []
  const cited = stepFacts[id].law ?? []
  const keep = (...ids: LawId[]) => cited.filter(l => ids.includes(l))
  switch (id) {
    // Sexual images, whoever took them: cp226-2-1, not cp226-1, which is for other images (review I4).
    case 'notYourFault':
      return r.sent || f.situation === 'filmed' ? keep('cp226-2-1') : []
    case 'letter':
      return keep(f.situation === 'fake' ? 'cp226-8-1' : 'cp226-2-1', 'gdpr17')
    case 'erasure':
      return keep('gdpr17')
    case 'complaint':
      return extraApplies.complaint.adultImages(f, r) ? cited : cited.filter(l => l !== 'cp226-6')
    default:
      return cited
  }
}

/**
 * The law a helper's plan cites: the helper is an adult, so the articles are named, but a possible
 * minor's plan shows no penalty (Step.penalties). Keeping or forwarding a minor's sexual images is an
 * offence of its own (cp227-23), forwarding an adult's too (cp226-2-1, its second paragraph: sheet, 2026-12-05).
 */
function helperLawFor(id: StepId, f: Facts, r: Reading): LawId[] {
  switch (id) {
    case 'evidenceMinor':
      return r.imagesOfThem ? ['cp227-23'] : []
    case 'evidence':
      return r.imagesOfThem ? ['cp226-2-1'] : []
    case 'complaint':
      return r.young ? ['cpp15-3'] : lawFor(id, f, r, 'vous')
    default:
      return r.young ? [] : lawFor(id, f, r, 'vous')
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
