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
  moneySent: {},
  pressure: { law: ['cp222-33'] },
  notYourFault: { law: ['cp226-2-1'] },
  evidence: { guide: 'evidence' },
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
  removeSearch: { links: ['googleRemoveIntimate', 'googleRemoveFake', 'bingConcern'], guide: 'removal' },
  letter: { law: ['cp226-2-1', 'cp226-8-1', 'gdpr17'], guide: 'letter' },
  pharos: { links: ['pharos', 'pointDeContact'], guide: 'report' },
  complaint: { law: ['cp226-6', 'cpp15-3'], guide: 'report' },
  thesee: { links: ['thesee', 'cyber17'], guide: 'report' },
  policeChat: { links: ['policeChat'], guide: 'report' },
  helpline3018: { helplines: ['enfance3018'] },
  helpline3919: { helplines: ['femmes3919'] },
  helpline119: { helplines: ['enfance119'] },
  helplineCfcv: { helplines: ['cfcv'] },
  helpline116006: { helplines: ['victimes116006'] },
  selfCare: {},
}

/** The guide written for the situation as a whole, shown at the top of the plan. */
export function situationGuide(f: Facts): GuidePage | undefined {
  if (f.situation === 'threatened' || f.threatenedToo === 'yes') return 'sextortion'
  if (f.situation === 'fake') return 'deepfakes'
  if (f.situation === 'received') return 'cyberflashing'
  if (f.situation === 'filmed') return 'filmed'
  return undefined
}
