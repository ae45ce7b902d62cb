import { howFor, lawFor, mayBeMinor } from './steps'
import type { Age, Facts, ReasonId, Step, StepId } from './types'

/**
 * The plan: a pure function from facts to ordered steps, each with the answers that made it apply.
 * Order follows the step families of PRODUCT.md: safety now → immediate do/don't → reassurance →
 * evidence → stop the spread → find → remove → report → talk to someone → take care of yourself.
 * Unknown answers read the safe way: an unknown age is treated as possibly under 18, an unknown threat
 * as a possible one, an unknown payment (or an unknown demand) as a possible one.
 */
export function plan(f: Facts): Step[] {
  const steps: Step[] = []
  const penalties = !mayBeMinor(f)
  const add = (id: StepId, ...reasons: ReasonId[]) =>
    steps.push({ id, reasons, how: howFor(id, f), law: lawFor(id, f), penalties })
  const has = (id: StepId) => steps.some(s => s.id === id)

  const situation = f.situation ?? 'unsure'
  const threatened = situation === 'threatened' || f.threatenedToo === 'yes'
  const maybeThreatened = threatened || f.threatenedToo === 'unsure'
  const threatReason: ReasonId = threatened ? 'threatened' : 'threatUnsure'
  const received = situation === 'received'
  const age: Age | undefined = received ? f.ageNow : f.ageAtImages
  const adult = age === 'adult'
  const minor = age === 'under18'
  const ageReason: ReasonId = minor ? (received ? 'minorNow' : 'minor') : age === 'unsure' ? 'ageUnsure' : 'unsure'
  const adultReason: ReasonId = received ? 'adultNow' : 'adult'
  // Someone who sent an image themself and was then threatened is not asked about a copy: maybe.
  const copy = f.haveCopy ?? (situation === 'worried' ? 'unsure' : undefined)
  const hasCopy = copy === 'yes' || copy === 'unsure'
  const imagesOfThem = ['threatened', 'shared', 'fake', 'filmed', 'pressured', 'worried'].includes(situation)
  // Pushed to send images, and none sent: there is nothing to block yet.
  const noImages = situation === 'pressured' && f.sentAlready === 'no'
  const spread = situation === 'shared' || situation === 'fake' || situation === 'filmed'
  const whereReason: ReasonId
    = f.where === 'website' ? 'onWebsite' : f.where === 'social' ? 'onSocial' : 'whereUnknown'
  const partner = f.author === 'partner'
  // Threatened or pressured by someone who knows them: safety before confrontation, never the scam comfort.
  const close = (partner || f.author === 'known') && (maybeThreatened || situation === 'pressured')

  // Safety now, then what must not wait.
  if (f.danger === 'yes') add('emergency', 'danger')
  else if (f.danger === 'unsure') add('emergency', 'dangerUnsure')
  if (close) add('firstHoursClose', partner ? 'partner' : 'known', maybeThreatened ? threatReason : 'pressured')
  else if (maybeThreatened) add('firstHours', threatReason)
  // The line that fits someone facing a partner, ex or someone close comes among the first steps.
  if (partner || (close && !minor)) add('helpline3919', partner ? 'partner' : 'known')
  else if (close && minor) add('helpline119', 'knownMinor')
  if (f.paid === 'yes') add('moneySent', 'paid')
  else if (f.paid === 'unsure') add('moneySent', 'paidUnsure')
  // Not knowing what is demanded may mean money: the bank advice, worded "if you paid", is kept.
  else if (f.demand === 'unsure') add('moneySent', 'demandUnsure')
  if (situation === 'pressured') add('pressure', 'pressured')
  add('notYourFault', 'always')

  // Evidence: the under-18 variant never asks to save, screenshot or forward the images.
  if (adult) add('evidence', adultReason)
  else add('evidenceMinor', ageReason)

  // What the situation itself calls for.
  if (situation === 'fake') add('fakeIsOffence', 'fake')
  if (received) add('unwantedImages', 'received')
  if (received && f.channel === 'nearby') add('nearbyOnTheSpot', 'nearby')
  if ((situation === 'worried' && !threatened) || situation === 'pressured') {
    add('prevent', situation === 'worried' ? 'worried' : 'pressured')
  }

  // Stop the spread: the age when the images were taken decides the service, never the age now.
  if (imagesOfThem && adult && hasCopy) add('stopncii', 'adult', 'haveCopy')
  if (imagesOfThem && !noImages && (f.ageAtImages === 'under18' || f.ageAtImages === 'unsure')) add('takeitdown', ageReason)

  // Find where the images are, and get them removed.
  if (spread && f.where !== 'notYet') {
    if (adult && (f.where === 'website' || f.where === 'unknown')) add('findWhere', 'adult', whereReason)
    if (!adult) add('askHelpFinding', ageReason)
  }
  if (spread && (f.where === 'social' || f.where === 'website')) add('removePlatform', whereReason)
  else if (received && f.channel === 'messaging') add('removePlatform', 'viaMessaging')
  else if (threatened) add('removePlatform', 'threatened')
  if (spread && (f.where === 'website' || f.where === 'unknown')) add('removeSearch', whereReason)
  // The letter asks a site for erasure itself; elsewhere, the erasure right and the CNIL get a step.
  if (spread && adult && f.where === 'website') add('letter', 'onWebsite')
  else if (spread && (f.where === 'social' || f.where === 'website')) add('erasure', whereReason)

  // Report.
  if (f.ageAtImages === 'under18') add('pharos', 'minor')
  else if (spread && f.ageAtImages === 'unsure' && f.where !== 'notYet') add('pharos', 'ageUnsure')
  else if (spread && f.where === 'website') add('pharos', 'onWebsite')
  // PHAROS takes sexual approaches to minors online, not private matters with someone they know.
  else if (received && !adult && f.channel !== 'nearby' && (f.author === 'stranger' || f.author === 'unknown')) {
    add('pharos', ageReason, 'fromStranger')
  }
  if (partner) add('protectionOrder', 'partner')
  if (situation !== 'unsure' && !(situation === 'worried' && !maybeThreatened)) {
    add('complaint', maybeThreatened ? threatReason : reasonFor(situation))
  }
  if (threatened && adult && f.demand === 'money' && (f.author === 'stranger' || f.author === 'unknown')) {
    add('thesee', f.author === 'stranger' ? 'strangerMoney' : 'unknownMoney')
  }
  add('policeChat', 'always')

  // Talk to someone: helplines chosen by profile. Every plan ends up with at least one.
  if (!adult) add('helpline3018', ageReason)
  if (minor && !has('helpline119') && (f.author === 'known' || f.danger === 'yes')) {
    add('helpline119', f.author === 'known' ? 'knownMinor' : 'danger')
  }
  if (situation === 'filmed' || situation === 'pressured') add('helplineCfcv', situation)
  if (adult || age === undefined || age === 'unsure') add('helpline116006', adult ? adultReason : ageReason)

  add('selfCare', 'always')
  return steps
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
