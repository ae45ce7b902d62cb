import type { Age, Facts, ReasonId, Step, StepId } from './types'

/**
 * The plan: a pure function from facts to ordered steps, each with the answers that made it apply.
 * Order follows the step families of PRODUCT.md: safety now → immediate do/don't → reassurance →
 * evidence → stop the spread → find → remove → report → talk to someone → take care of yourself.
 * Unknown answers read the safe way: an unknown age is treated as possibly under 18.
 */
export function plan(f: Facts): Step[] {
  const steps: Step[] = []
  const add = (id: StepId, ...reasons: ReasonId[]) => steps.push({ id, reasons })

  const situation = f.situation ?? 'unsure'
  const sextortion = situation === 'threatened' || f.threatenedToo === 'yes'
  const age: Age | undefined = situation === 'received' ? f.ageNow : f.ageAtImages
  const adult = age === 'adult'
  const minor = age === 'under18'
  const ageReason: ReasonId = minor ? 'minor' : age === 'unsure' ? 'ageUnsure' : 'unsure'
  // Someone who sent an image themself and was then threatened is not asked about a copy: maybe.
  const copy = f.haveCopy ?? (situation === 'worried' ? 'unsure' : undefined)
  const hasCopy = copy === 'yes' || copy === 'unsure'
  const imagesOfThem = ['threatened', 'shared', 'fake', 'filmed', 'pressured', 'worried'].includes(situation)
  const spread = situation === 'shared' || situation === 'fake' || situation === 'filmed'
  const whereReason: ReasonId
    = f.where === 'website' ? 'onWebsite' : f.where === 'social' ? 'onSocial' : 'whereUnknown'

  // Safety now, then what must not wait.
  if (f.danger === 'yes') add('emergency', 'danger')
  else if (f.danger === 'unsure') add('emergency', 'dangerUnsure')
  if (sextortion) add('firstHours', 'threatened')
  if (f.paid === 'yes') add('moneySent', 'paid')
  if (situation === 'pressured') add('pressure', 'pressured')
  add('notYourFault', 'always')

  // Evidence: the under-18 variant never asks to save, screenshot or forward the images.
  if (adult) add('evidence', 'adult')
  else add('evidenceMinor', ageReason)

  // What the situation itself calls for.
  if (situation === 'fake') add('fakeIsOffence', 'fake')
  if (situation === 'received') add('unwantedImages', 'received')
  if (situation === 'received' && f.channel === 'nearby') add('nearbyOnTheSpot', 'nearby')
  if ((situation === 'worried' && !sextortion) || situation === 'pressured') {
    add('prevent', situation === 'worried' ? 'worried' : 'pressured')
  }

  // Stop the spread: the age when the images were taken decides the service, never the age now.
  if (imagesOfThem && adult && hasCopy) add('stopncii', 'adult', 'haveCopy')
  if (imagesOfThem && (f.ageAtImages === 'under18' || f.ageAtImages === 'unsure')) add('takeitdown', ageReason)

  // Find where the images are, and get them removed.
  if (spread && f.where !== 'notYet') {
    if (adult && (f.where === 'website' || f.where === 'unknown')) add('findWhere', 'adult', whereReason)
    if (!adult) add('askHelpFinding', ageReason)
  }
  if (spread && (f.where === 'social' || f.where === 'website')) add('removePlatform', whereReason)
  else if (situation === 'received' && f.channel === 'messaging') add('removePlatform', 'viaMessaging')
  else if (sextortion) add('removePlatform', 'threatened')
  if (spread && (f.where === 'website' || f.where === 'unknown')) add('removeSearch', whereReason)
  if (spread && adult && f.where === 'website') add('letter', 'onWebsite')

  // Report.
  if (f.ageAtImages === 'under18') add('pharos', 'minor')
  else if (spread && f.ageAtImages === 'unsure' && f.where !== 'notYet') add('pharos', 'ageUnsure')
  else if ((situation === 'shared' || situation === 'fake') && f.where === 'website') add('pharos', 'onWebsite')
  if (situation !== 'unsure' && !(situation === 'worried' && !sextortion)) add('complaint', reasonFor(situation, sextortion))
  if (sextortion && adult && f.author === 'stranger' && f.demand === 'money') add('thesee', 'strangerMoney')
  add('policeChat', 'always')

  // Talk to someone: helplines chosen by profile. Every plan ends up with at least one.
  if (!adult) add('helpline3018', ageReason)
  if (f.author === 'partner') add('helpline3919', 'partner')
  if (minor && (f.author === 'known' || f.danger === 'yes')) add('helpline119', f.author === 'known' ? 'knownMinor' : 'danger')
  if (situation === 'filmed' || situation === 'pressured') add('helplineCfcv', situation)
  if (adult || age === undefined || age === 'unsure') add('helpline116006', adult ? 'adult' : ageReason)

  add('selfCare', 'always')
  return steps
}

function reasonFor(situation: NonNullable<Facts['situation']>, sextortion: boolean): ReasonId {
  if (sextortion) return 'threatened'
  switch (situation) {
    case 'shared': return 'shared'
    case 'fake': return 'fake'
    case 'filmed': return 'filmed'
    case 'received': return 'received'
    case 'pressured': return 'pressured'
    default: return 'always'
  }
}
