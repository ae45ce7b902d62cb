import { emergencyLines } from './emergency'
import { withIds } from './ids'
import type { Helpline, HelplineId } from './types'

/** `anonymous` is true only where the sheet says the service is anonymous (confidential is not enough). */
export const helplines = withIds<HelplineId, Helpline>({
  police17: emergencyLines.police17,
  eu112: emergencyLines.eu112,
  samu15: emergencyLines.samu15,
  // Fire and rescue (sheet, 2026-11-28), kept out of emergency.ts: the header never shows it. The page
  // is an official fire and rescue service's own list of the emergency numbers.
  pompiers18: {
    display: '18',
    tel: '18',
    groups: ['emergency'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://www.sdis04.fr/quels-numeros-composer-18-112-15-ou-17/',
    checkedOn: '2026-11-28',
    confidence: 'confirmed',
  },
  sms114: emergencyLines.sms114,
  // Suicide prevention: shown wherever the app speaks of despair or dark thoughts (sheet, 2026-11-28).
  // Confidential, not said to be anonymous.
  suicide3114: {
    display: '3114',
    tel: '3114',
    groups: ['distress'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [{ kind: 'web', link: 'web3114' }],
    source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
    checkedOn: '2026-11-28',
    confidence: 'confirmed',
  },
  // Messenger/WhatsApp addresses are not in the fact sheet: the messaging channel points to 3018.fr.
  enfance3018: {
    display: '3018',
    tel: '3018',
    // Its chat on 3018.fr (sheet §1.2): "3018, tchat or call" for a young person (TREE.md).
    chat: 'enfance3018Web',
    groups: ['young'],
    hours: { kind: 'daily', from: '09:00', to: '23:00' },
    // At night (sheet, 2026-12-05): the child-protection line and the police's chat for under-18s, both
    // open day and night. Emergencies are said apart ("en cas de danger"), never offered as a listening line.
    meanwhile: ['enfance119', 'espaceMineurs'],
    free: true,
    anonymous: true,
    channels: [
      { kind: 'chat', link: 'enfance3018Web' },
      { kind: 'app', link: 'enfance3018Web' },
      { kind: 'messaging', link: 'enfance3018Web' },
    ],
    source: 'https://solidarites.gouv.fr/node/2219',
    checkedOn: '2026-11-21',
    confidence: 'confirmed',
  },
  femmes3919: {
    display: '3919',
    tel: '3919',
    groups: ['women'],
    hours: { kind: 'always' },
    free: true,
    anonymous: true,
    channels: [],
    source: 'https://solidaritefemmes.org/appeler-le-3919/',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The hours come from press articles (the sheet's sources): the service's own site is its web channel.
  cfcv: {
    display: '0 800 05 95 95',
    tel: '0800059595',
    groups: ['women', 'anyVictim'],
    hours: { kind: 'weekdays', from: '10:00', to: '19:00' },
    meanwhile: ['victimes116006', 'pnav'],
    free: true,
    anonymous: true,
    channels: [{ kind: 'web', link: 'cfcvWeb' }],
    source: 'https://streetpress.com/sujet/1572866001-seul-numero-aide-victimes-violences-sexuelles-manque-moyens-feminisme-feminicides',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  // The sheet tags 9h–19h as official; a 2022 municipal page says 9h–20h, and the sheet lists the hours
  // to re-check (§9.5): the shorter range is shown, marked as to be re-checked.
  victimes116006: {
    display: '116 006',
    tel: '116006',
    groups: ['anyVictim'],
    hours: { kind: 'daily', from: '09:00', to: '19:00' },
    // The police's written chat answers anyone, day and night; the women's line is offered only where the
    // plan itself offers it (it is for women), and emergencies are said apart.
    meanwhile: ['pnav'],
    free: true,
    anonymous: false,
    channels: [{ kind: 'email', link: 'mailto:victimes@france-victimes.fr' }],
    abroad: { display: '+33 1 80 52 33 76', tel: '+33180523376' },
    source: 'https://france-victimes.fr/index.php/categories-inavem/105-actualites/929-covid-19-france-victimes-assure-la-continuite-de-ses-services',
    checkedOn: '2026-02-11',
    dated: 'year',
    toCheck: true,
    confidence: 'confirmed',
  },
  // The phone line is 24/7; the chat's current hours are unverified, so none are given for it.
  enfance119: {
    display: '119',
    tel: '119',
    groups: ['young'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [{ kind: 'chat', link: 'allo119' }],
    source: 'https://solidarites.gouv.fr/node/2219',
    checkedOn: '2026-11-21',
    confidence: 'confirmed',
  },
  // The police and gendarmerie's written chat (PNAV): anyone, minors and adults, day and night, anonymous
  // if they wish; not for emergencies (sheet §1.3, 2026-12-05).
  pnav: {
    chat: 'policeChat',
    groups: ['anyVictim', 'police'],
    hours: { kind: 'always' },
    free: false,
    anonymous: true,
    channels: [],
    source: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The same services' space for under-18 victims and witnesses, with its own chat, open day and night;
  // anonymity may be lifted if the young person is in grave danger (sheet, 2026-12-05).
  espaceMineurs: {
    chat: 'espaceMineurs',
    groups: ['young', 'police'],
    hours: { kind: 'always' },
    free: false,
    anonymous: true,
    channels: [],
    source: 'https://lessor.org/societe/un-espace-en-ligne-dote-un-tchat-securise-dedie-aux-mineurs-en-danger-lance-par-la-police-et-la-gendarmerie',
    checkedOn: '2026-12-05',
    secondary: true,
    confidence: 'confirmed',
  },
  // The online one-stop service for victims of digital offences, online blackmail included: free, day and
  // night, a questionnaire and advice, and for the most serious threats a chat (sheet §1.3).
  cyber17: {
    chat: 'cyber17',
    groups: ['anyVictim', 'police'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://lessor.org/societe/mise-en-ligne-du-17cyber-guichet-unique-des-menaces-numeriques',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  // A free line Service-Public lists (fiche F34124) for victims of online blackmail and romance scams,
  // Monday to Friday, 9h–18h30 (sheet, 2026-12-05, [CONFIRMÉ]). The sheet names the fiche without its
  // address: the source is Service-Public itself, where the fiche is found by its number.
  infoEscroqueries: {
    display: '0 805 805 817',
    tel: '0805805817',
    groups: ['anyVictim'],
    hours: { kind: 'weekdays', from: '09:00', to: '18:30' },
    // Evenings and weekends: 17Cyber's advice and the police's written chat, both day and night.
    meanwhile: ['cyber17', 'pnav'],
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://www.service-public.gouv.fr',
    checkedOn: '2026-12-05',
    confidence: 'confirmed',
  },
})

export const helplineList: Helpline[] = Object.values(helplines)
