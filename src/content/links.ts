import type { Link, LinkId } from './types'

/** Checked against ../shared/facts/facts-fr.md, compiled on this date. */
const lastVerified = '2026-11-21'

export const links: Record<LinkId, Link> = {
  stopncii: {
    id: 'stopncii',
    url: 'https://stopncii.org',
    source: 'https://stopncii.org/how-it-works/?lang=sv-se',
    lastVerified,
    confidence: 'confirmed',
  },
  takeItDown: {
    id: 'takeItDown',
    url: 'https://takeitdown.ncmec.org',
    source: 'https://takeitdown.ncmec.org/faq/',
    lastVerified,
    confidence: 'confirmed',
  },
  pharos: {
    id: 'pharos',
    url: 'https://internet-signalement.gouv.fr',
    source: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674',
    lastVerified,
    confidence: 'confirmed',
  },
  // PNAV written chat; the sheet prefers this Ma Sécurité URL to the historic 2018 domain.
  policeChat: {
    id: 'policeChat',
    url: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    source: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    lastVerified,
    confidence: 'confirmed',
  },
  // The sheet gives no official URL for THESEE itself (only « Arnaque sur internet » on service-public.fr,
  // read through a town's site), so this is the prefecture of Loiret's official article about it.
  thesee: {
    id: 'thesee',
    url: 'https://www.loiret.gouv.fr/Actualites/Thesee-la-plainte-en-ligne-pour-les-victimes-d-e-escroqueries',
    source: 'https://www.loiret.gouv.fr/Actualites/Thesee-la-plainte-en-ligne-pour-les-victimes-d-e-escroqueries',
    lastVerified,
    confidence: 'confirmed',
  },
  cyber17: {
    id: 'cyber17',
    url: 'https://17cyber.gouv.fr',
    source: 'https://lessor.org/societe/mise-en-ligne-du-17cyber-guichet-unique-des-menaces-numeriques',
    lastVerified,
    confidence: 'confirmed',
  },
  pointDeContact: {
    id: 'pointDeContact',
    url: 'https://www.pointdecontact.net',
    source: 'https://www.pointdecontact.net',
    lastVerified,
    confidence: 'confirmed',
  },
  disrupt: {
    id: 'disrupt',
    url: 'https://www.pointdecontact.net/disrupt/',
    source: 'https://www.pointdecontact.net/disrupt/',
    lastVerified,
    confidence: 'confirmed',
  },
  enfance3018Web: {
    id: 'enfance3018Web',
    url: 'https://3018.fr',
    source: 'https://solidarites.gouv.fr/node/2219',
    lastVerified,
    confidence: 'confirmed',
  },
  allo119: {
    id: 'allo119',
    url: 'https://allo119.gouv.fr',
    source: 'https://solidarites.gouv.fr/node/2219',
    lastVerified,
    confidence: 'confirmed',
  },
  urgence114: {
    id: 'urgence114',
    url: 'https://urgence114.fr',
    source: 'https://cramif.fr/node/808',
    lastVerified,
    confidence: 'confirmed',
  },
  cfcvWeb: {
    id: 'cfcvWeb',
    url: 'https://cfcv.asso.fr',
    source: 'https://cfcv.asso.fr',
    lastVerified,
    confidence: 'confirmed',
  },
  cybermalveillanceSextortion: {
    id: 'cybermalveillanceSextortion',
    url: 'https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion',
    source: 'https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion',
    lastVerified,
    confidence: 'confirmed',
  },
  googleRemoveIntimate: {
    id: 'googleRemoveIntimate',
    url: 'https://support.google.com/websearch/answer/6302812',
    source: 'https://support.google.com/websearch/answer/6302812',
    lastVerified,
    confidence: 'confirmed',
  },
  // The sheet read this help article through a mirror copy; the official address is cited instead.
  googleRemoveFake: {
    id: 'googleRemoveFake',
    url: 'https://support.google.com/websearch/answer/9116649',
    source: 'https://support.google.com/websearch/answer/9116649',
    lastVerified,
    confidence: 'confirmed',
  },
  // [PROBABLE] only: the sheet's to-check list (§9.8) asks whether this form is still live before release.
  bingConcern: {
    id: 'bingConcern',
    url: 'https://www.microsoft.com/en-us/concern/revengeporn',
    source: 'https://www.microsoft.com/en-us/concern/revengeporn',
    lastVerified,
    confidence: 'likely',
  },
  // The URL itself is [PROBABLE]; the route (ask the site first, then the CNIL after a month) is confirmed.
  cnilComplaint: {
    id: 'cnilComplaint',
    url: 'https://www.cnil.fr/fr/plaintes',
    source: 'https://www.cnil.fr/fr/comprendre-mes-droits/le-droit-leffacement-supprimer-vos-donnees-en-ligne',
    lastVerified,
    confidence: 'likely',
  },
  // The sheet read this page through a proxy; the official address is cited instead.
  metaNotWithoutConsent: {
    id: 'metaNotWithoutConsent',
    url: 'https://www.facebook.com/safety/notwithoutmyconsent',
    source: 'https://www.facebook.com/safety/notwithoutmyconsent',
    lastVerified,
    confidence: 'confirmed',
  },
}

export const linkList: Link[] = Object.values(links)
