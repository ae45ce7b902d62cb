import { emergencyLines } from './emergency'
import { factSheetDate } from './sheet'
import type { Helpline, HelplineId } from './types'

const lastVerified = factSheetDate

/** `anonymous` is true only where the sheet says the service is anonymous (confidential is not enough). */
export const helplines: Record<HelplineId, Helpline> = {
  ...emergencyLines,
  // Messenger/WhatsApp addresses are not in the fact sheet: the messaging channel points to 3018.fr.
  enfance3018: {
    id: 'enfance3018',
    display: '3018',
    tel: '3018',
    groups: ['young'],
    hours: { kind: 'daily', from: '09:00', to: '23:00' },
    free: true,
    anonymous: true,
    channels: [
      { kind: 'chat', link: 'enfance3018Web' },
      { kind: 'app', link: 'enfance3018Web' },
      { kind: 'messaging', link: 'enfance3018Web' },
    ],
    source: 'https://solidarites.gouv.fr/node/2219',
    lastVerified,
    confidence: 'confirmed',
  },
  femmes3919: {
    id: 'femmes3919',
    display: '3919',
    tel: '3919',
    groups: ['women'],
    hours: { kind: 'always' },
    free: true,
    anonymous: true,
    channels: [],
    source: 'https://solidaritefemmes.org/appeler-le-3919/',
    lastVerified,
    confidence: 'confirmed',
  },
  cfcv: {
    id: 'cfcv',
    display: '0 800 05 95 95',
    tel: '0800059595',
    groups: ['women', 'anyVictim'],
    hours: { kind: 'weekdays', from: '10:00', to: '19:00' },
    free: true,
    anonymous: true,
    channels: [{ kind: 'web', link: 'cfcvWeb' }],
    source: 'https://streetpress.com/sujet/1572866001-seul-numero-aide-victimes-violences-sexuelles-manque-moyens-feminisme-feminicides',
    lastVerified,
    confidence: 'confirmed',
  },
  // The sheet tags 9h–19h as official; a 2022 municipal page says 9h–20h, so the shorter range is shown.
  victimes116006: {
    id: 'victimes116006',
    display: '116 006',
    tel: '116006',
    groups: ['anyVictim'],
    hours: { kind: 'daily', from: '09:00', to: '19:00' },
    free: true,
    anonymous: false,
    channels: [{ kind: 'email', link: 'mailto:victimes@france-victimes.fr' }],
    abroad: { display: '+33 1 80 52 33 76', tel: '+33180523376' },
    source: 'https://france-victimes.fr/index.php/categories-inavem/105-actualites/929-covid-19-france-victimes-assure-la-continuite-de-ses-services',
    lastVerified,
    confidence: 'confirmed',
  },
  // The phone line is 24/7; the chat's current hours are unverified, so none are given for it.
  enfance119: {
    id: 'enfance119',
    display: '119',
    tel: '119',
    groups: ['young'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [{ kind: 'chat', link: 'allo119' }],
    source: 'https://solidarites.gouv.fr/node/2219',
    lastVerified,
    confidence: 'confirmed',
  },
}

export const helplineList: Helpline[] = Object.values(helplines)
