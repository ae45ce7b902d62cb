import { withIds } from './ids'
import type { LinkId, Sourced } from './types'

/**
 * The "get it removed" directory: where and how to report, per platform (fact sheet §5). Only the
 * structure lives here; what to have ready, what to expect and the in-app path are text, in
 * locales/ under `platform.<id>.ready`, `.expect` and `.inApp`.
 */

export type PlatformId =
  | 'meta' | 'snapchat' | 'tiktok' | 'x' | 'discord' | 'telegram' | 'reddit' | 'youtube'
  | 'onlyfans' | 'pornhub' | 'otherAdult' | 'google' | 'bing'

export type PlatformKind = 'social' | 'messaging' | 'video' | 'adult' | 'searchEngine'

/** What a route is for: intimate images, sexual deepfakes, images of a minor, or any report. */
export type RouteTopic = 'intimate' | 'deepfake' | 'minor' | 'any'

/** 'inApp' is the report button or page on the platform itself, in its app or on its site. */
export type RouteHow = 'inApp' | 'form' | 'email'

export interface PlatformRoute {
  topic: RouteTopic
  how: RouteHow
  link?: LinkId
  /** Shown from data, never written in locales (vue-i18n reads @ as a linked message). */
  email?: string
  /** Only for people in the United States (TAKE IT DOWN Act): never shown as a general route. */
  usOnly?: true
}

export interface Platform extends Sourced {
  id: PlatformId
  /**
   * Brand name, the same in every language. Absent only for the generic entry, whose name is
   * translated (`platform.<id>.name`).
   */
  name?: string
  kind: PlatformKind
  routes: PlatformRoute[]
  /** Listed by the sheet as a StopNCII partner (§3.1). */
  stopncii?: boolean
  /** Listed by the sheet as a Take It Down partner (§3.2). */
  takeItDown?: boolean
}

export const platforms = withIds<PlatformId, Platform>({
  // Threads, Facebook and Instagram are named StopNCII and Take It Down partners; Messenger falls under Meta.
  // The sheet read the hub through a proxy; the official address is cited instead.
  meta: {
    name: 'Meta (Facebook, Instagram, Messenger, Threads)',
    kind: 'social',
    routes: [
      { topic: 'any', how: 'inApp' },
      { topic: 'intimate', how: 'form', link: 'metaNotWithoutConsent' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://www.facebook.com/safety/notwithoutmyconsent',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  snapchat: {
    name: 'Snapchat',
    kind: 'social',
    routes: [
      { topic: 'any', how: 'inApp' },
      { topic: 'any', how: 'form', link: 'snapchatSupport' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://values.snap.com/safety/safety-resources/sexual-harms',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'likely',
  },
  // The web form covers images of minors and sexual deepfakes of you or your child.
  tiktok: {
    name: 'TikTok',
    kind: 'video',
    routes: [
      { topic: 'any', how: 'inApp' },
      { topic: 'deepfake', how: 'form', link: 'tiktokReport' },
      { topic: 'minor', how: 'form', link: 'tiktokReport' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://tiktok.com/safety/resources/sexual-assault-resources',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Not flagged as a StopNCII partner: the sheet marks X as a partner [NON VÉRIFIÉ].
  x: {
    name: 'X (Twitter)',
    kind: 'social',
    routes: [
      { topic: 'intimate', how: 'inApp' },
      { topic: 'deepfake', how: 'inApp' },
      { topic: 'intimate', how: 'form', link: 'xIntimateMedia' },
      { topic: 'intimate', how: 'form', link: 'xTakeItDownUs', usOnly: true },
    ],
    source: 'https://help.twitter.com/rules-and-policies/intimate-media',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Discord's US-only TAKE IT DOWN reports go through the same report form, so no separate route.
  discord: {
    name: 'Discord',
    kind: 'messaging',
    routes: [
      { topic: 'any', how: 'form', link: 'discordReport' },
    ],
    source: 'https://discord.com/moderation/360058643194-104:-How-to-Report-Content-to-Discord',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Telegram's EU (DSA) form is [NON VÉRIFIÉ] in the sheet and left out.
  telegram: {
    name: 'Telegram',
    kind: 'messaging',
    routes: [
      { topic: 'any', how: 'inApp' },
      { topic: 'any', how: 'email', email: 'abuse@telegram.org' },
      { topic: 'any', how: 'form', link: 'telegramSupport' },
    ],
    source: 'https://stickers.wiki/faq/i-found-illegal-content-where-can-i-report-it/',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    toCheck: true,
    confidence: 'likely',
  },
  // The old help page's contact address is flagged as possibly outdated by the sheet and left out.
  reddit: {
    name: 'Reddit',
    kind: 'social',
    routes: [
      { topic: 'any', how: 'inApp' },
      { topic: 'intimate', how: 'form', link: 'redditReport' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://reddit.zendesk.com/hc/articles/205704725',
    checkedOn: '2026-02-11',
    dated: 'year',
    toCheck: true,
    confidence: 'likely',
  },
  youtube: {
    name: 'YouTube',
    kind: 'video',
    routes: [
      { topic: 'intimate', how: 'form', link: 'youtubePrivacy' },
      { topic: 'deepfake', how: 'form', link: 'youtubeSynthetic' },
    ],
    source: 'https://support.google.com/youtube/answer/2801895',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  onlyfans: {
    name: 'OnlyFans',
    kind: 'adult',
    routes: [
      { topic: 'any', how: 'inApp' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://blog.onlyfans.com/reporting-on-onlyfans/',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Aylo is the StopNCII partner, Pornhub the Take It Down one: both name the same company.
  // The sheet read the terms through a proxied copy of a pull request; the form itself is cited instead.
  pornhub: {
    name: 'Pornhub (Aylo)',
    kind: 'adult',
    routes: [
      { topic: 'any', how: 'form', link: 'pornhubRemoval' },
      { topic: 'any', how: 'inApp' },
    ],
    stopncii: true,
    takeItDown: true,
    source: 'https://pornhub.com/content-removal',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // No address: each site has its own content-removal or complaint page, reached from the site itself.
  otherAdult: {
    kind: 'adult',
    routes: [
      { topic: 'any', how: 'inApp' },
    ],
    source: 'https://www.cuiogeo.com/repo/',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'likely',
  },
  // Not flagged as a StopNCII partner: announced in September 2025, but the sheet lists the rollout
  // as unverified (§9.4). The in-Search removal menu (February 2026) is left out: its availability in
  // France is unverified (§9.10).
  google: {
    name: 'Google',
    kind: 'searchEngine',
    routes: [
      { topic: 'intimate', how: 'form', link: 'googleRemoveIntimate' },
      { topic: 'deepfake', how: 'form', link: 'googleRemoveFake' },
    ],
    source: 'https://support.google.com/websearch/answer/6302812',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Bing uses StopNCII hashes in image search (since September 2024); the report form itself is [PROBABLE].
  bing: {
    name: 'Microsoft Bing',
    kind: 'searchEngine',
    routes: [
      { topic: 'intimate', how: 'form', link: 'bingConcern' },
    ],
    stopncii: true,
    source: 'https://neowin.net/amp/microsoft-partners-with-stopncii-to-remove-harmful-intimate-images-from-bing',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'likely',
  },
})

export const platformList: Platform[] = Object.values(platforms)
