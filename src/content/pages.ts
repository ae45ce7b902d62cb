/**
 * The sections of the two pages of plain text, in order: "Protéger vos traces" and the professionals'
 * guidance. Text: `tracks.section.<id>` and `pro.section.<id>` (title and lines) in locales/.
 */
export const tracksSections = [
  'intro', 'exitButton', 'privateBrowsing', 'androidChrome', 'iphoneSafari', 'desktop', 'installedApp', 'sharedPhone', 'help',
] as const

export const practiceSections = [
  'receiveDisclosure', 'firstSteps', 'minors', 'harmfulSpaces', 'documenting', 'whenToReport', 'wellbeing',
] as const
