import type { Age, Facts, ReasonId, Situation, Voice } from './types'

/**
 * What the answers mean for the plan, read once: the plan rules, "D'abord" and the contact all ask the
 * same questions of the facts ("may the person be a minor?", "is someone threatening them?"), and must
 * answer them the same way. Unknown answers read the safe way: an unknown age as possibly under 18, an
 * unknown threat as a possible one, an unknown payment (or an unknown demand) as a possible one.
 */
export interface Reading {
  situation: Situation
  /** The age that counts: the age now for someone who received images, else the age on the images. */
  age: Age | undefined
  adult: boolean
  minor: boolean
  /** May be under 18: under 18, an unknown age, or an age never asked (the unsure situation). */
  young: boolean
  ageReason: ReasonId
  adultReason: ReasonId
  received: boolean
  threatened: boolean
  maybeThreatened: boolean
  threatReason: ReasonId
  pressured: boolean
  /** Worried after sending an image, with no threat said: nothing is happening to them yet. */
  worriedOnly: boolean
  /** Images of the person exist or are claimed (every situation but received and unsure). */
  imagesOfThem: boolean
  /** Pushed to send images, and none sent: there is nothing to block yet. */
  noImages: boolean
  hasCopy: boolean
  /** The images were shared, faked or taken without their knowing. */
  spread: boolean
  /** …and are, or may be, online. */
  online: boolean
  /** …possibly in a group: a group chat, a class, a network (or they do not know where). */
  inGroup: boolean
  whereReason: ReasonId
  partner: boolean
  known: boolean
  /** Someone met only online, or someone they do not know. */
  remote: boolean
  /** Threatened or pressured by a partner, an ex or someone known: safety before confrontation. */
  close: boolean
  /**
   * The phone may be checked by the one who hurts them: a partner or an ex, someone known (family,
   * school, the people around them), whatever happened; or a danger now, which may be in the same home
   * (the danger question does not ask where, so an uncertain answer counts too). The plan then says,
   * beside its call and SMS buttons, what a call or a text leaves in the phone
   * (components/traces/PhoneTraces.vue). Wider than `close`: someone who shared an image without a
   * threat may still share the home.
   */
  mayBeChecked: boolean
  money: boolean
  /** They sent the image themself (or may have): consent to a picture is not consent to its sharing. */
  sent: boolean
}

/** May the person be under 18? An unknown age, or one never asked, reads the safe way. */
export function mayBeMinor(f: Facts): boolean {
  return (f.situation === 'received' ? f.ageNow : f.ageAtImages) !== 'adult'
}

/**
 * "tu" for anyone who may be a minor: the plan is then written for a 13-year-old. A helper's plan
 * speaks to the helper, an adult, in "vous", about the person helped, whatever that person's age.
 */
export function voiceOf(f: Facts, helper = false): Voice {
  if (helper) return 'helper'
  return mayBeMinor(f) ? 'tu' : 'vous'
}

export function read(f: Facts): Reading {
  const situation = f.situation ?? 'unsure'
  const received = situation === 'received'
  const age = received ? f.ageNow : f.ageAtImages
  const threatened = situation === 'threatened' || f.threatenedToo === 'yes'
  const maybeThreatened = threatened || f.threatenedToo === 'unsure'
  const pressured = situation === 'pressured'
  const spread = situation === 'shared' || situation === 'fake' || situation === 'filmed'
  const online = spread && f.where !== 'notYet'
  // Someone who sent an image themself and was then threatened is not asked about a copy: maybe.
  const copy = f.haveCopy ?? (situation === 'worried' ? 'unsure' : undefined)
  const partner = f.author === 'partner'
  const known = f.author === 'known'
  const minor = age === 'under18'
  return {
    situation,
    age,
    adult: age === 'adult',
    minor,
    young: mayBeMinor(f),
    ageReason: minor ? (received ? 'minorNow' : 'minor') : age === 'unsure' ? 'ageUnsure' : 'unsure',
    adultReason: received ? 'adultNow' : 'adult',
    received,
    threatened,
    maybeThreatened,
    threatReason: threatened ? 'threatened' : 'threatUnsure',
    pressured,
    worriedOnly: situation === 'worried' && !maybeThreatened,
    imagesOfThem: ['threatened', 'shared', 'fake', 'filmed', 'pressured', 'worried'].includes(situation),
    noImages: pressured && f.sentAlready === 'no',
    hasCopy: copy === 'yes' || copy === 'unsure',
    spread,
    online,
    inGroup: online && (f.where === 'social' || f.where === 'unknown'),
    whereReason: f.where === 'website' ? 'onWebsite' : f.where === 'social' ? 'onSocial' : 'whereUnknown',
    partner,
    known,
    remote: f.author === 'stranger' || f.author === 'unknown',
    close: (partner || known) && (maybeThreatened || pressured),
    mayBeChecked: partner || known || f.danger === 'yes' || f.danger === 'unsure',
    money: f.demand === 'money',
    sent: ['threatened', 'shared', 'worried'].includes(situation) || (pressured && f.sentAlready !== 'no'),
  }
}
