import { withIds } from './ids'
import type { Helpline } from './types'

/**
 * The emergency numbers, apart from the other helplines (helplines.ts includes them) because the
 * header shows 17 and 112 on every page: the first screen loads these four, not the whole list.
 * 18 lives in helplines.ts for the same reason: only the emergency screen shows it.
 */
export const emergencyLines = withIds<'police17' | 'eu112' | 'samu15' | 'sms114', Helpline>({
  // An official fire and rescue service's page listing the emergency numbers.
  police17: {
    display: '17',
    tel: '17',
    groups: ['emergency'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  eu112: {
    display: '112',
    tel: '112',
    groups: ['emergency'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  samu15: {
    display: '15',
    tel: '15',
    groups: ['emergency'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [],
    source: 'https://sdis45.com/index.php/en-pratique/une-urgence-quel-numero',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Not reachable by an ordinary voice call: SMS, the « Urgence 114 » app or the website only.
  sms114: {
    display: '114',
    sms: '114',
    groups: ['emergency'],
    hours: { kind: 'always' },
    free: true,
    anonymous: false,
    channels: [
      { kind: 'app', link: 'urgence114' },
      { kind: 'web', link: 'urgence114' },
    ],
    source: 'https://cramif.fr/node/808',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
})
