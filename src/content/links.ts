import { withIds } from './ids'
import type { Link, LinkId } from './types'

/**
 * Every external address the app opens. `source` is the page the fact about it was read on; research
 * pages (news, blogs, tool reviews, copies) are marked `secondary` and never shown as a link. Help pages
 * use their language-neutral or French address (sheet, 2026-11-28), derived from the address the sheet
 * read by dropping its language part.
 */

export const links = withIds<LinkId, Link>({
  stopncii: {
    url: 'https://stopncii.org',
    source: 'https://stopncii.org/how-it-works/',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  takeItDown: {
    url: 'https://takeitdown.ncmec.org',
    source: 'https://takeitdown.ncmec.org/faq/',
    checkedOn: '2026-11-21',
    confidence: 'confirmed',
  },
  pharos: {
    url: 'https://internet-signalement.gouv.fr',
    source: 'https://www.service-public.gouv.fr/particuliers/vosdroits/R17674',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // PNAV written chat; the sheet prefers this Ma Sécurité URL to the historic 2018 domain.
  policeChat: {
    url: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    source: 'https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-signalement-violences-sexuelles-sexistes',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // THESEE (the online complaint for blackmail and scams) is reached through Service-Public's page
  // « Arnaque sur internet » (sheet §1.3); the sheet asks for the service page, never a prefecture's
  // news article (2026-12-05), but gives no address for that page itself: the link opens Service-Public,
  // and the step says which page to look for. The sheet read that page (fiche R45983) through a town's
  // copy of it: a research source, never shown as a link.
  thesee: {
    url: 'https://www.service-public.gouv.fr',
    source: 'https://veigy-foncenex.fr/page-daccueil/services-et-demarches/services-a-la-population/demarches-administratives/copie-certifiee-conforme-dun-document-administratif/?xml=R45983',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  cyber17: {
    url: 'https://17cyber.gouv.fr',
    source: 'https://lessor.org/societe/mise-en-ligne-du-17cyber-guichet-unique-des-menaces-numeriques',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  pointDeContact: {
    url: 'https://www.pointdecontact.net',
    source: 'https://www.pointdecontact.net',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  disrupt: {
    url: 'https://www.pointdecontact.net/disrupt/',
    source: 'https://www.pointdecontact.net/disrupt/',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  enfance3018Web: {
    url: 'https://3018.fr',
    source: 'https://solidarites.gouv.fr/node/2219',
    checkedOn: '2026-11-21',
    confidence: 'confirmed',
  },
  allo119: {
    url: 'https://allo119.gouv.fr',
    source: 'https://solidarites.gouv.fr/node/2219',
    checkedOn: '2026-11-21',
    confidence: 'confirmed',
  },
  urgence114: {
    url: 'https://urgence114.fr',
    source: 'https://cramif.fr/node/808',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  cfcvWeb: {
    url: 'https://cfcv.asso.fr',
    source: 'https://cfcv.asso.fr',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  cybermalveillanceSextortion: {
    url: 'https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion',
    source: 'https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  googleRemoveIntimate: {
    url: 'https://support.google.com/websearch/answer/6302812',
    source: 'https://support.google.com/websearch/answer/6302812',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The sheet read this help article through a mirror copy; the official address is cited instead.
  googleRemoveFake: {
    url: 'https://support.google.com/websearch/answer/9116649',
    source: 'https://support.google.com/websearch/answer/9116649',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // [PROBABLE] only: the sheet's to-check list (§9.8) asks whether this form is still live before release.
  bingConcern: {
    url: 'https://www.microsoft.com/fr-fr/concern/revengeporn',
    source: 'https://www.microsoft.com/fr-fr/concern/revengeporn',
    checkedOn: '2026-02-11',
    dated: 'year',
    toCheck: true,
    confidence: 'likely',
  },
  // The URL itself is [PROBABLE]; the route (ask the site first, then the CNIL after a month) is confirmed.
  cnilComplaint: {
    url: 'https://www.cnil.fr/fr/plaintes',
    source: 'https://www.cnil.fr/fr/comprendre-mes-droits/le-droit-leffacement-supprimer-vos-donnees-en-ligne',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'likely',
  },
  // The sheet read this page through a proxy; the official address is cited instead.
  metaNotWithoutConsent: {
    url: 'https://www.facebook.com/safety/notwithoutmyconsent',
    source: 'https://www.facebook.com/safety/notwithoutmyconsent',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },

  // Reverse image search (sheet §4).
  googleImages: {
    url: 'https://images.google.com',
    source: 'https://www.usatoday.com/story/tech/tips/2022/09/17/how-to-google-image-search-reverse-image-lens/7844766001/',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  // The sheet gives the bare entry point; its storage policy is unverified, so the guide should not vouch for it.
  bingVisualSearch: {
    url: 'https://bing.com/visualsearch',
    source: 'https://www.free-ai.tools/2023/08/bing-reverse-image-search-unlocking.html',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'likely',
  },
  // The only engine of the four that publishes a no-index, no-keep policy for uploads.
  tineye: {
    url: 'https://tineye.com',
    source: 'https://tineye.com/faq',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Russian operator; storage and retention are unverified in the sheet.
  yandexImages: {
    url: 'https://yandex.com/images',
    source: 'https://news-round.com/image-search-techniques-how-to-find-what-you-see-in-a-visual-world',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'likely',
  },

  // Search engines and data protection (sheet §5.1, §5.2).
  // The sheet read this help article through a mirror copy; the official address is cited instead.
  googleNciiGuide: {
    url: 'https://support.google.com/websearch/answer/13650142',
    source: 'https://support.google.com/websearch/answer/13650142',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  cnilErasureGuide: {
    url: 'https://www.cnil.fr/fr/comprendre-mes-droits/le-droit-leffacement-supprimer-vos-donnees-en-ligne',
    source: 'https://www.site.ac-aix-marseille.fr/lyc-pagnol/spip/CNIL-Le-droit-a-l-effacement-supprimer-vos-donnees-en-ligne.html',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },

  // Platforms (sheet §5.4).
  // The sheet read the Italian page; this is the same page in French.
  tiktokReport: {
    url: 'https://support.tiktok.com/fr/safety-hc/report-a-problem/report-sexual-abuse',
    source: 'https://support.tiktok.com/fr/safety-hc/report-a-problem/report-sexual-abuse',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The intimate-media policy the sheet read in Kannada, at its language-neutral address (help.twitter.com
  // opens X's help in the reader's language); the sheet gives no help.x.com address for this page.
  xIntimateMedia: {
    url: 'https://help.twitter.com/rules-and-policies/intimate-media',
    source: 'https://help.twitter.com/rules-and-policies/intimate-media',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // US TAKE IT DOWN Act form: for people in the United States only, never offered as a general route.
  xTakeItDownUs: {
    url: 'https://help.x.com/forms/safety-and-sensitive-content/take-it-down',
    source: 'https://help.x.com/rules-and-policies/us-tida',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  discordReport: {
    url: 'https://dis.gd/request',
    source: 'https://discord.com/moderation/360058643194-104:-How-to-Report-Content-to-Discord',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Secondary source only; the sheet's to-check list (§9.8) asks for Telegram's current forms.
  telegramSupport: {
    url: 'https://telegram.org/support',
    source: 'https://stickers.wiki/faq/i-found-illegal-content-where-can-i-report-it/',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    toCheck: true,
    confidence: 'likely',
  },
  // The sheet's to-check list (§9.8) asks for Reddit's current forms.
  redditReport: {
    url: 'https://reddit.com/report',
    source: 'https://reddit.zendesk.com/hc/articles/205704725',
    checkedOn: '2026-02-11',
    dated: 'year',
    toCheck: true,
    confidence: 'likely',
  },
  // The privacy complaint process the sheet names as the route, read from YouTube's page 2801895.
  youtubePrivacy: {
    url: 'https://support.google.com/youtube/answer/142443',
    source: 'https://support.google.com/youtube/answer/2801895',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The separate process for AI or synthetic content that looks or sounds like you.
  youtubeSynthetic: {
    url: 'https://support.google.com/youtube/answer/2801895',
    source: 'https://support.google.com/youtube/answer/2801895',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // The sheet read Pornhub's terms through a proxied copy of a pull request; the form itself is cited instead.
  pornhubRemoval: {
    url: 'https://pornhub.com/content-removal',
    source: 'https://pornhub.com/content-removal',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  snapchatSupport: {
    url: 'https://support.snapchat.com',
    source: 'https://values.snap.com/safety/safety-resources/sexual-harms',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'likely',
  },
  // The police and gendarmerie's space for under-18s, with its 24/7 chat (sheet, 2026-12-05). Its own
  // page's address is not confirmed: the sheet asks for the Ma Sécurité site's home, named "Espace
  // mineurs". The sheet's source for it is a press article (research only, never shown as a link).
  espaceMineurs: {
    url: 'https://masecurite.interieur.gouv.fr',
    source: 'https://lessor.org/societe/un-espace-en-ligne-dote-un-tchat-securise-dedie-aux-mineurs-en-danger-lance-par-la-police-et-la-gendarmerie',
    checkedOn: '2026-12-05',
    secondary: true,
    confidence: 'confirmed',
  },
  // Suicide prevention (sheet, 2026-11-28).
  web3114: {
    url: 'https://3114.fr',
    source: 'https://3114.fr/que-se-passe-t-il-quand-je-contacte-le-3114/',
    checkedOn: '2026-11-28',
    confidence: 'confirmed',
  },
})

export const linkList: Link[] = Object.values(links)
