import type { HelplineId, LawId, LinkId } from '../content/types'
import type { StepId } from './types'

/**
 * What each plan step shows beside its text: official links, one-tap helplines and the law it
 * rests on, by id. The facts themselves (numbers, addresses, articles) live in src/content/.
 */
export interface StepFacts {
  links?: LinkId[]
  helplines?: HelplineId[]
  law?: LawId[]
}

export const stepFacts: Record<StepId, StepFacts> = {
  emergency: { helplines: ['police17', 'eu112', 'sms114'] },
  firstHours: { links: ['cybermalveillanceSextortion'], law: ['cp312-10'] },
  moneySent: {},
  pressure: { law: ['cp222-33'] },
  notYourFault: { law: ['cp226-2-1'] },
  evidence: {},
  evidenceMinor: { law: ['cp227-23'] },
  fakeIsOffence: { law: ['cp226-8-1'] },
  unwantedImages: { law: ['cp227-24'] },
  nearbyOnTheSpot: { helplines: ['police17'] },
  prevent: {},
  stopncii: { links: ['stopncii'] },
  takeitdown: { links: ['takeItDown'] },
  findWhere: {},
  askHelpFinding: { helplines: ['enfance3018'], links: ['pointDeContact'] },
  removePlatform: { links: ['metaNotWithoutConsent'] },
  removeSearch: { links: ['googleRemoveIntimate', 'googleRemoveFake', 'bingConcern'] },
  letter: { law: ['cp226-2-1', 'cp226-8-1', 'gdpr17'] },
  pharos: { links: ['pharos', 'pointDeContact'] },
  complaint: { law: ['cp226-6', 'cpp15-3'] },
  thesee: { links: ['thesee', 'cyber17'] },
  policeChat: { links: ['policeChat'] },
  helpline3018: { helplines: ['enfance3018'] },
  helpline3919: { helplines: ['femmes3919'] },
  helpline119: { helplines: ['enfance119'] },
  helplineCfcv: { helplines: ['cfcv'] },
  helpline116006: { helplines: ['victimes116006'] },
  selfCare: {},
}
