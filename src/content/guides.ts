import type { Guide, GuideId } from './types'

/**
 * The guides linked from plan steps: their sections in order, and what the page shows beside each
 * section's text (links, helplines and law articles from the modules beside this file, or a tool the
 * app draws itself). The text is in locales/, under `guide.<guideId>.section.<sectionId>`.
 *
 * `warning` is true wherever the page describes abuse, including `find`, which walks a person through
 * looking at where their own images are. `stopSpread` only explains a blocking service, so it has none.
 *
 * Guides cite the law without any penalty. A guide is one page for everyone, and the plans of people who
 * may be under 18 link to most of them: the sheet (§2.4, C10, 2026-11-28) warns against presenting a
 * minor as an offender, and a penalty beside advice for a minor reads as a threat. An adult's plan shows
 * the penalties of its own steps (tree/steps.ts). Articles protecting minors carry no penalty at all.
 */
export const guides: Record<GuideId, Guide> = {
  stopSpread: {
    id: 'stopSpread',
    warning: false,
    sections: [
      { id: 'whichService', links: ['stopncii', 'takeItDown'] },
      { id: 'chooser', tool: 'ageChooser' },
      { id: 'onDevice' },
      { id: 'keepCase', links: ['stopncii'] },
      { id: 'platforms' },
      { id: 'limits' },
      // DISRUPT receives the file itself; how it handles minors' images is unverified (sheet §3.3, §9.12).
      { id: 'disrupt', links: ['disrupt', 'pointDeContact', 'takeItDown'], helplines: ['enfance3018'] },
    ],
  },
  find: {
    id: 'find',
    warning: true,
    sections: [
      // First, before any how-to: never search with an image of someone who was under 18.
      { id: 'notUnder18', links: ['takeItDown', 'pharos'], helplines: ['enfance3018'] },
      { id: 'withSomeone', helplines: ['victimes116006', 'enfance3018', 'suicide3114'] },
      { id: 'searchTools', links: ['googleImages', 'bingVisualSearch', 'tineye', 'yandexImages'] },
      { id: 'byAddress' },
      { id: 'onPhone' },
      { id: 'onComputer' },
      // Only TinEye publishes what it keeps; Bing's and Yandex's retention is unverified (sheet §4, §9.7).
      { id: 'whatTheyKeep' },
      { id: 'saferOptions' },
      { id: 'places', tool: 'placesList' },
      { id: 'limits' },
    ],
  },
  evidence: {
    id: 'evidence',
    warning: true,
    sections: [
      { id: 'whatToCapture' },
      { id: 'screenshots' },
      { id: 'android' },
      { id: 'iphone' },
      { id: 'computer' },
      { id: 'beforeBlocking' },
      { id: 'storeSafely' },
      // The cost of a constat is unverified (sheet §9.9): the text says to ask for a quote.
      { id: 'commissaire' },
      { id: 'checklist', tool: 'evidenceChecklist' },
    ],
  },
  evidenceYoung: {
    id: 'evidenceYoung',
    warning: true,
    sections: [
      { id: 'noImages' },
      { id: 'whatToNote' },
      { id: 'vault', links: ['enfance3018Web'], helplines: ['enfance3018'] },
      { id: 'trustedAdult', links: ['policeChat'], helplines: ['enfance3018', 'enfance119'] },
      { id: 'reportInstead', links: ['pharos', 'pointDeContact', 'takeItDown'], helplines: ['enfance3018'] },
      { id: 'checklist', tool: 'evidenceChecklist' },
    ],
  },
  report: {
    id: 'report',
    warning: true,
    sections: [
      { id: 'reportOrComplain', helplines: ['police17'] },
      { id: 'pharos', links: ['pharos'] },
      // Being accompanied and assisted by a lawyer (arts. 10-2 and 10-4 of the CPP, [PROBABLE]) is stated
      // without citing the articles; keeping one's address out of the file is cited.
      { id: 'inPerson', law: ['cpp15-3', 'cpp40-4-1'] },
      // The format the police expect for evidence is unverified (sheet §6): "bring what you have".
      // The letter may go to the procureur where the victim lives for offences online (sheet, 2026-11-28).
      { id: 'whatToBring' },
      { id: 'letter' },
      { id: 'policeChat', links: ['policeChat'] },
      { id: 'thesee', links: ['thesee'], helplines: ['infoEscroqueries'] },
      { id: 'cyber17', links: ['cyber17'] },
      { id: 'noPreComplaint' },
      { id: 'afterwards', law: ['cp226-6'], helplines: ['victimes116006'] },
    ],
  },
  sextortion: {
    id: 'sextortion',
    warning: true,
    sections: [
      // Read by everyone who is threatened. What changes with someone known comes first; the mass-scam
      // comfort has a section of its own, titled for people met only online (sheet, 2026-11-28).
      { id: 'notYourFault', law: ['cp312-10'] },
      { id: 'someoneYouKnow', helplines: ['femmes3919'], links: ['policeChat'], law: ['cciv515-9'] },
      { id: 'strangerOnline' },
      { id: 'doNotPay' },
      { id: 'stopReplying' },
      { id: 'lockAccounts' },
      { id: 'talk', links: ['policeChat'], helplines: ['enfance3018', 'victimes116006', 'suicide3114'] },
      {
        id: 'report',
        links: ['thesee', 'cyber17', 'pharos', 'cybermalveillanceSextortion'],
        law: ['cp227-22-2', 'cp227-23-1'],
      },
      { id: 'stopSpread', links: ['takeItDown', 'stopncii'] },
      { id: 'ifPublished' },
    ],
  },
  deepfakes: {
    id: 'deepfakes',
    warning: true,
    sections: [
      { id: 'whatItIs' },
      // That a "fake" label does not excuse a sexual fake is the sheet's [PROBABLE] reading of 226-8-1.
      { id: 'law', law: ['cp226-8-1', 'cp312-10'] },
      { id: 'notYourJob' },
      { id: 'evidence' },
      // By the age the fake shows: under 18 → Take It Down and 3018, never StopNCII (sheet §3.1, C1).
      { id: 'remove', links: ['googleRemoveFake', 'takeItDown', 'stopncii'], helplines: ['enfance3018'] },
      // Whether 226-6 (complaint needed) covers 226-8-1 is unverified (sheet §9.1), so it is not cited here.
      { id: 'report', links: ['pharos', 'policeChat'] },
      { id: 'talk', helplines: ['enfance3018', 'femmes3919', 'victimes116006'] },
    ],
  },
  cyberflashing: {
    id: 'cyberflashing',
    warning: true,
    sections: [
      { id: 'nearby' },
      { id: 'online', helplines: ['enfance3018'] },
      // No specific offence yet (sheet §2.5); the outrage sexiste article is not in law.ts, its number unverified.
      { id: 'law', law: ['cp222-33'] },
      // 227-24 only where a minor may see the images (sheet, 2026-11-28): in the section for under-18s.
      { id: 'lawYoung', law: ['cp227-24'] },
      { id: 'report', links: ['policeChat'], helplines: ['police17'] },
      { id: 'feelings', helplines: ['enfance3018', 'femmes3919', 'victimes116006'] },
    ],
  },
  filmed: {
    id: 'filmed',
    warning: true,
    sections: [
      // Voyeurism (226-3-1) is described in the text but has no entry in law.ts.
      { id: 'law', law: ['cp226-1', 'cp226-2-1'] },
      { id: 'firstSteps' },
      { id: 'remove', links: ['pointDeContact', 'stopncii', 'takeItDown'], helplines: ['enfance3018'] },
      { id: 'report', links: ['pharos', 'policeChat'], law: ['cp226-6'], helplines: ['victimes116006'] },
    ],
  },
}
