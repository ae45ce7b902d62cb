import type { Lang } from './helpers'

/** The people the browser tests walk to their plans (journeys.spec.ts), and whose plans are measured (plan.spec.ts). */
export interface Person {
  who: string
  lang: Lang
  answers: [question: string, option: string][]
  expects: string[]
  never: string[]
  first?: string
  /** Steps among the first three: what the person reads first. */
  top?: string[]
  /** Lists of lines (locale keys) that must, or must not, appear in the plan. */
  shows?: string[]
  hides?: string[]
  /** The person may be under 18: no penalty anywhere in the plan. */
  noPenalty?: true
}

// Five people in French and one in English, each reaching a plan made for them.
export const people: Person[] = [
  {
    who: 'an adult blackmailed for money by a stranger online, who has not paid',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'stranger'], ['demand', 'money'], ['paid', 'no'], ['haveCopy', 'yes']],
    first: 'firstHours',
    expects: ['firstHours', 'stopncii', 'thesee', 'helpline116006', 'policeChat'],
    never: ['takeitdown', 'firstHoursClose', 'moneySent', 'protectionOrder', 'trustedAdult'],
    // The scam comfort is for an adult asked for money, by a stranger (review H2).
    shows: ['plan.step.firstHours.scam'],
  },
  {
    who: 'an adult blackmailed for money by her ex, who would rather not say whether she paid',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'threatened'], ['ageAtImages', 'adult'], ['author', 'partner'], ['demand', 'money'], ['paid', 'unsure'], ['haveCopy', 'no']],
    first: 'firstHoursClose',
    top: ['firstHoursClose', 'helpline3919'],
    expects: ['moneySent', 'protectionOrder', 'complaint', 'policeChat'],
    never: ['firstHours', 'thesee', 'stopncii'],
    hides: ['plan.step.firstHours.scam'],
  },
  {
    who: 'a teenager blackmailed by someone met online, who is not sure of being in danger',
    lang: 'fr',
    answers: [['danger', 'unsure'], ['situation', 'threatened'], ['ageAtImages', 'under18'], ['author', 'stranger'], ['demand', 'images'], ['haveCopy', 'unsure']],
    first: 'emergency',
    top: ['emergency', 'firstHours', 'trustedAdult'],
    expects: ['takeitdown', 'pharos', 'evidenceMinor', 'complaint', 'trustedAdult'],
    never: ['stopncii', 'thesee', 'helpline3919', 'protectionOrder', 'notYourFault'],
    // Asked for more images: no "it's a mass scam" comfort, and nothing to write to the stranger.
    hides: ['plan.tu.step.firstHours.payNothing'],
    noPenalty: true,
  },
  {
    who: 'a teenager whose images, taken at 15, were posted on social media by a classmate',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'shared'], ['ageAtImages', 'under18'], ['author', 'known'], ['where', 'social'], ['haveCopy', 'no']],
    first: 'trustedAdult',
    expects: ['takeitdown', 'evidenceMinor', 'askHelpFinding', 'school', 'trustedAdult'],
    never: ['stopncii', 'evidence', 'findWhere', 'letter', 'helpline3919', 'protectionOrder'],
    shows: ['plan.tu.step.takeitdown.noCopy'],
    noPenalty: true,
  },
  {
    who: 'a woman whose ex posted a sexual deepfake of her on a website',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'fake'], ['ageAtImages', 'adult'], ['author', 'partner'], ['where', 'website'], ['haveCopy', 'yes']],
    first: 'helpline3919',
    expects: ['fakeIsOffence', 'stopncii', 'removeSearch', 'letter', 'helpline3919', 'protectionOrder'],
    never: ['takeitdown', 'firstHours'],
  },
  {
    who: 'someone who received unwanted images by AirDrop on the metro',
    lang: 'fr',
    answers: [['danger', 'no'], ['situation', 'received'], ['ageNow', 'adult'], ['channel', 'nearby'], ['author', 'stranger']],
    first: 'nearbyOnTheSpot',
    expects: ['unwantedImages', 'nearbyOnTheSpot', 'helpline116006'],
    never: ['stopncii', 'takeitdown'],
  },
  {
    who: 'someone unsure of everything',
    lang: 'fr',
    answers: [['danger', 'unsure'], ['situation', 'unsure']],
    first: 'emergency',
    top: ['emergency', 'trustedAdult'],
    expects: ['policeChat', 'otherLines', 'selfCare'],
    never: ['stopncii', 'helpline3919', 'protectionOrder'],
    noPenalty: true,
  },
  {
    who: 'a young person in English, pressured to send images and unsure of their age in them',
    lang: 'en',
    answers: [['danger', 'no'], ['situation', 'pressured'], ['ageAtImages', 'unsure'], ['author', 'stranger'], ['sentAlready', 'yes'], ['haveCopy', 'unsure']],
    first: 'pressure',
    top: ['trustedAdult'],
    expects: ['pressure', 'takeitdown', 'otherLines'],
    never: ['stopncii', 'helpline3919'],
    noPenalty: true,
  },
]
