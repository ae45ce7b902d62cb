import { read, type Reading, voiceOf } from './reading'
import { helplinesFor, howFor, lawFor, textRoot, titleFor } from './steps'
import type { Facts, ReasonId, Step, StepId } from './types'

/**
 * The plan: a pure function from facts to ordered steps, each with the answers that made it apply.
 * Order follows the step families of PRODUCT.md: safety now → immediate do/don't → reassurance →
 * evidence → stop the spread → find → remove → report → talk to someone → take care of yourself.
 *
 * Someone who may be under 18 (an unknown age included) gets a plan of their own, in "tu", written for
 * a 13-year-old: the actions that matter now first, at most `YOUNG_NOW` of them, with "parle à un
 * adulte de confiance" among the first three; what can wait (reporting, a complaint, other lines)
 * under "Plus tard"; no article numbers and no penalty (TREE.md, "Qui joindre"). "Ce n'est pas ta
 * faute" opens it, in its first line, instead of taking a step.
 */
export const YOUNG_NOW = 7

export function plan(f: Facts, helper = false): Step[] {
  const r = read(f)
  const steps: Step[] = []
  const voice = voiceOf(f, helper)
  const root = textRoot(voice)
  const add = (id: StepId, ...reasons: ReasonId[]) => steps.push({
    id,
    reasons,
    title: titleFor(id, f, voice),
    how: howFor(id, f, r, voice),
    why: reasons.map(reason => `${root}.reason.${reason}`),
    helplines: helplinesFor(id, f, r),
    law: lawFor(id, f, r, voice),
    penalties: !r.young,
  })
  if (helper) return helperPlan(f, r, add, steps)
  return r.young ? young(f, r, add, steps) : adult(f, r, add, steps)
}

type Add = (id: StepId, ...reasons: ReasonId[]) => void

/** Safety now, then what must not wait: shared by both plans, in this order. */
function firstSteps(f: Facts, r: Reading, add: Add) {
  if (f.danger === 'yes') add('emergency', 'danger')
  else if (f.danger === 'unsure') add('emergency', 'dangerUnsure')
  // AirDrop or Bluetooth on the bus: turn it off and move away before anything else (review I8).
  if (r.received && f.channel === 'nearby') add('nearbyOnTheSpot', 'nearby')
  if (r.close) add('firstHoursClose', r.partner ? 'partner' : 'known', r.maybeThreatened ? r.threatReason : 'pressured')
  else if (r.maybeThreatened) add('firstHours', r.threatReason)
}

function moneySent(f: Facts, add: Add) {
  if (f.paid === 'yes') add('moneySent', 'paid')
  else if (f.paid === 'unsure') add('moneySent', 'paidUnsure')
  // Not knowing what is demanded may mean money: the bank advice, worded "if you paid", is kept.
  else if (f.demand === 'unsure') add('moneySent', 'demandUnsure')
}

function prevent(r: Reading, add: Add) {
  if (r.worriedOnly || r.pressured) add('prevent', r.pressured ? 'pressured' : 'worried')
}

/** Where the images are (or the account that threatens), to report to the platform. */
function removePlatform(f: Facts, r: Reading, add: Add) {
  if (r.spread && (f.where === 'social' || f.where === 'website')) add('removePlatform', r.whereReason)
  else if (r.received && f.channel === 'messaging') add('removePlatform', 'viaMessaging')
  else if (r.threatened) add('removePlatform', 'threatened')
}

const complaintApplies = (r: Reading) => r.situation !== 'unsure' && !r.worriedOnly

function complaint(r: Reading, add: Add) {
  if (complaintApplies(r)) add('complaint', r.maybeThreatened ? r.threatReason : reasonFor(r.situation))
}

function adult(f: Facts, r: Reading, add: Add, steps: Step[]): Step[] {
  firstSteps(f, r, add)
  // The line that fits someone facing a partner, an ex or someone close comes among the first steps.
  if ((r.partner && !r.worriedOnly) || r.close) add('helpline3919', r.partner ? 'partner' : 'known')
  moneySent(f, add)
  if (r.pressured) add('pressure', 'pressured')
  add('notYourFault', 'always')
  add('evidence', r.adultReason)

  // What the situation itself calls for.
  if (r.situation === 'fake') add('fakeIsOffence', 'fake')
  if (r.received) add('unwantedImages', 'received')
  prevent(r, add)

  // Stop the spread: the age when the images were taken decides the service, never the age now.
  if (r.imagesOfThem && r.hasCopy) add('stopncii', 'adult', 'haveCopy')

  // Find where the images are, and get them removed.
  if (r.online && (f.where === 'website' || f.where === 'unknown')) add('findWhere', 'adult', r.whereReason)
  removePlatform(f, r, add)
  if (r.spread && (f.where === 'website' || f.where === 'unknown')) add('removeSearch', r.whereReason)
  // The letter asks a site for erasure itself; elsewhere, the erasure right and the CNIL get a step.
  if (r.spread && f.where === 'website') add('letter', 'onWebsite')
  else if (r.spread && f.where === 'social') add('erasure', r.whereReason)

  // Report.
  if (r.spread && f.where === 'website') add('pharos', 'onWebsite')
  // The order needs violence, or danger, from a partner or ex (review I2): not a worry alone.
  if (r.partner && (r.maybeThreatened || r.pressured || r.spread || f.danger === 'yes')) add('protectionOrder', 'partner')
  complaint(r, add)
  if (r.threatened && r.money && r.remote) add('thesee', f.author === 'stranger' ? 'strangerMoney' : 'unknownMoney')
  add('policeChat', 'always')

  // Talk to someone.
  if (r.situation === 'filmed' || r.pressured) add('helplineCfcv', r.situation === 'filmed' ? 'filmed' : 'pressured')
  add('helpline116006', r.adultReason)
  add('selfCare', 'always')
  return steps
}

function young(f: Facts, r: Reading, add: Add, steps: Step[]): Step[] {
  // Now: what a youth counsellor says first, in this order.
  firstSteps(f, r, add)
  if (r.pressured) add('pressure', 'pressured')
  // Pressed for images: the step above already says to send nothing more.
  if (r.worriedOnly) add('prevent', 'worried')
  add('trustedAdult', r.ageReason)
  moneySent(f, add)
  add('evidenceMinor', r.ageReason)
  // Deepfakes are a branch of their own for the young too (PRODUCT.md), in three short lines.
  if (r.situation === 'fake') add('fakeIsOffence', 'fake')
  if (r.received) add('unwantedImages', 'received')
  if (r.imagesOfThem && !r.noImages) add('takeitdown', r.ageReason)
  removePlatform(f, r, add)
  if (r.inGroup) add('school', 'inGroup')
  // "Ce n'est pas ta faute" opens the plan itself (its intro), rather than taking a step.
  const now = steps.length

  // Later: what can wait for a calmer moment, or for an adult's help.
  if (r.online) add('askHelpFinding', r.ageReason)
  // PHAROS takes sexual approaches to minors online, never private matters with someone known (review
  // I3); for images online, the step above already names it.
  else if (r.remote && r.situation !== 'unsure' && !(r.received && f.channel === 'nearby')) add('pharos', r.ageReason, 'fromStranger')
  complaint(r, add)
  add('policeChat', 'always')
  // Lines for adults, when the age is not known to be under 18 (never as the contact).
  if (!r.minor) add('otherLines', r.ageReason)
  add('selfCare', 'always')

  // At most YOUNG_NOW steps before "Plus tard", "parle à un adulte de confiance" among the first three
  // actions of "D'abord" (first.ts reads the actions in this order).
  keepTrustedAdultEarly(steps)
  const cut = Math.min(now, YOUNG_NOW)
  return steps.map((step, i) => (i < cut ? step : { ...step, later: true as const }))
}

/**
 * The plan of someone who helps the person (a parent, a friend, a teacher), in "vous" to the helper,
 * about the person helped: the same facts, the same invariants as the person's own plan (Take It Down
 * and never StopNCII for images that may have been taken before 18, no search by image for a possible
 * minor, no penalty on a possible minor's case), and what a youth counsellor tells parents and friends,
 * in this order: safety now; it is not their fault, no blame and no punishment; do not confront or pay
 * the author; do not look at, copy or forward the images, keep the evidence without them; stop the
 * spread; what the school can do when images went round a class; report; how to talk with the person
 * and let them decide; the lines that answer the people around a victim; looking after yourself. What
 * only the person can do on their own accounts stays in their own plan, which the helper can send them.
 */
function helperPlan(f: Facts, r: Reading, add: Add, steps: Step[]): Step[] {
  if (f.danger === 'yes') add('emergency', 'danger')
  else if (f.danger === 'unsure') add('emergency', 'dangerUnsure')
  add('noBlame', 'always')
  // Blackmail or pressure: what not to do now, as in the person's plan; otherwise, leave the author alone.
  if (r.close) add('firstHoursClose', r.partner ? 'partner' : 'known', r.maybeThreatened ? r.threatReason : 'pressured')
  else if (r.maybeThreatened) add('firstHours', r.threatReason)
  else if (r.situation !== 'unsure') add('noConfront', authorReason(f, r))
  // A partner or someone close: the line that listens to women facing violence and to those around them.
  if (!r.young && ((r.partner && !r.worriedOnly) || r.close)) add('helpline3919', r.partner ? 'partner' : 'known')
  moneySent(f, add)
  if (r.pressured) add('pressure', 'pressured')
  // Do not look at, copy or forward the images; keep what proves it without them.
  if (r.young) add('evidenceMinor', r.ageReason)
  else add('evidence', r.adultReason)
  if (r.situation === 'fake') add('fakeIsOffence', 'fake')
  if (r.worriedOnly) add('prevent', 'worried')

  // Stop the spread: the age when the images were taken decides the service.
  if (r.imagesOfThem && !r.noImages && r.young) add('takeitdown', r.ageReason)
  else if (r.imagesOfThem && r.hasCopy && r.adult) add('stopncii', 'adult', 'haveCopy')
  removePlatform(f, r, add)
  if (r.inGroup && r.young) add('school', 'inGroup')
  // Finding the images: specialists for a possible minor (never a search by image), the search engines' forms for an adult.
  if (r.online && r.young) add('askHelpFinding', r.ageReason)
  else if (r.online && (f.where === 'website' || f.where === 'unknown')) add('removeSearch', r.whereReason)

  // Report.
  if (r.adult && r.spread && f.where === 'website') add('pharos', 'onWebsite')
  else if (r.young && !r.online && r.remote && r.situation !== 'unsure' && !(r.received && f.channel === 'nearby')) add('pharos', r.ageReason, 'fromStranger')
  complaint(r, add)
  if (r.adult && r.threatened && r.money && r.remote) add('thesee', f.author === 'stranger' ? 'strangerMoney' : 'unknownMoney')
  add('policeChat', 'always')

  // Talk with the person, then the lines that answer those around a victim, and yourself.
  add('talkWith', 'always')
  if (r.young) add('helplineYoung', r.ageReason)
  if (!r.young && (r.situation === 'filmed' || r.pressured)) add('helplineCfcv', r.situation === 'filmed' ? 'filmed' : 'pressured')
  // France Victimes answers victims' relatives; for a possible minor only when the age is not known.
  if (!r.minor) add('helpline116006', r.young ? r.ageReason : r.adultReason)
  add('selfCare', 'always')
  return steps
}

/** Why the helper should leave the author alone: who the author is, or else what happened. */
function authorReason(f: Facts, r: Reading): ReasonId {
  if (r.partner) return 'partner'
  if (r.known) return 'known'
  if (f.author === 'stranger') return 'fromStranger'
  return r.situation === 'worried' ? 'worried' : reasonFor(r.situation)
}

/** Actions that "D'abord" would list before it: if three or more, it moves up to be the third. */
function keepTrustedAdultEarly(steps: Step[]) {
  const at = steps.findIndex(s => s.id === 'trustedAdult')
  const before = steps.slice(0, at).filter(s => countsAsAction(s.id, steps)).map(s => s.id)
  if (before.length < 3) return
  const [trusted] = steps.splice(at, 1)
  const third = steps.findIndex(s => s.id === before[2])
  steps.splice(third, 0, trusted!)
}

/** Steps that are not an action to take now: reassurance, information, the helplines, self-care. */
export const notAnAction = new Set<StepId>([
  'notYourFault', 'fakeIsOffence', 'selfCare', 'helpline3919', 'helplineCfcv', 'helpline116006', 'otherLines',
  'helplineYoung', 'talkWith',
])

/** "D'abord" lists one line for two steps that say the same first thing (review m4). */
export const covers: Partial<Record<StepId, StepId>> = {
  emergency: 'firstHoursClose',
  unwantedImages: 'removePlatform',
}

/** Would "D'abord" list this step as an action, given the steps before it? */
export function countsAsAction(id: StepId, steps: readonly Step[]): boolean {
  if (notAnAction.has(id)) return false
  return !steps.some(s => covers[s.id] === id)
}

function reasonFor(situation: NonNullable<Facts['situation']>): ReasonId {
  switch (situation) {
    case 'shared': return 'shared'
    case 'fake': return 'fake'
    case 'filmed': return 'filmed'
    case 'received': return 'received'
    case 'pressured': return 'pressured'
    default: return 'always'
  }
}
