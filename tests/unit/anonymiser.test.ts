// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { find, findingKinds, redact, summarise, type Finding, type FindingKind } from '@/anonymiser/anonymise'

/**
 * A corpus of synthetic case notes, written the way support workers and volunteer moderators write
 * them (context, architecture, warning signs, actions, notes). Every name, ID, link, address and
 * number is invented: domains end in .example or .invalid, phone numbers are in the ranges set aside
 * for fiction (01 99 00, 06 39 98, +44 7700 900, +1 202 555 01xx).
 *
 * `expected` lists every identifier in the note, with the exact text the anonymiser must mark.
 * `ordinary` lists text that must stay untouched: counts, durations, times of day alone, years alone,
 * category names.
 */
interface CaseNote {
  id: string
  text: string
  expected: { kind: FindingKind, text: string }[]
  ordinary: string[]
}

const corpus: CaseNote[] = [
  {
    id: 'fr-leaks',
    text: `Cas n°F201K – Serveur de leaks centré sur des streameuses
- Contexte\u00a0: serveur repéré via un outil d’inspection, puis lien discord.gg/exempleFaux relayé par @lune.noire_77 le 3 mars vers 22h.
- Architecture\u00a0: 3 salons de « demandes », 14 salons au total, dont « demande-pack » et « leaks » ; environ 450 membres.
- Signaux\u00a0: incitation à partager des packs ; le compte lune.noire_77 publie presque chaque soir vers 23h.
- Actions\u00a0: signalement à Trust & Safety le 21/11/2026 à 23h14 ; ID du serveur\u00a0: 112233445566778899. Bannissement sur nos 3 communautés.
- Notes\u00a0: pause de 20 minutes après l’observation. Schéma déjà vu 5 fois ce mois-ci.`,
    expected: [
      { kind: 'link', text: 'discord.gg/exempleFaux' },
      { kind: 'handle', text: '@lune.noire_77' },
      { kind: 'dateTime', text: '3 mars vers 22h' },
      { kind: 'username', text: 'lune.noire_77' },
      { kind: 'dateTime', text: '21/11/2026 à 23h14' },
      { kind: 'platformId', text: '112233445566778899' },
    ],
    ordinary: ['F201K', '3 salons', '14 salons', '« demande-pack »', '« leaks »', '450 membres', 'vers 23h', 'Trust & Safety', '3 communautés', '20 minutes', '5 fois'],
  },
  {
    id: 'fr-scred',
    text: `Cas n°B330J – Serveur visant des camarades de classe
Contexte : capture relayée par une élève de 16 ans à l’infirmière scolaire, le lundi 12 octobre.
Architecture : salons « lycée », « ex » et « famille » ; une catégorie « qui a des photos d’elle » ; 12 membres actifs.
Signaux : messages du type « envoyez le snap de vos potes », demandes répétées par l’utilisateur Karim_exemple (ID : 9988776655).
Actions : aucune capture d’image gardée ; signalement PHAROS et appel au 3018 avec l’élève ; rendez-vous fixé au 19/10 à 14h.
Notes : l’élève était très inquiète depuis 3 jours. La revoir la semaine prochaine.`,
    expected: [
      { kind: 'dateTime', text: 'lundi 12 octobre' },
      { kind: 'quote', text: '« qui a des photos d’elle »' },
      { kind: 'quote', text: '« envoyez le snap de vos potes »' },
      { kind: 'username', text: 'Karim_exemple' },
      { kind: 'platformId', text: '9988776655' },
      { kind: 'dateTime', text: '19/10 à 14h' },
    ],
    ordinary: ['B330J', '16 ans', '« lycée »', '« ex »', '« famille »', '12 membres', 'PHAROS', '3018', '3 jours', 'la semaine prochaine'],
  },
  {
    id: 'fr-sextortion-support',
    text: `Note d’accompagnement – permanence du mardi
Contexte\u00a0: une personne de 24 ans reçoit des menaces depuis 5 jours d’un profil qui se présente sous le pseudo « Julien.Officiel ».
Architecture\u00a0: premier contact sur Instagram, puis passage sur WhatsApp au +44 7700 900123 ; demande de 300 euros.
Signaux\u00a0: message reçu le 18 novembre à 1h40\u00a0: « si tu ne paies pas avant ce soir j’envoie tout à ta famille ».
Actions\u00a0: conseil de ne pas payer, de garder les échanges et de verrouiller les comptes ; orientation vers 17Cyber et le 116 006.
Notes\u00a0: la personne dort mal ; proposer un nouvel échange dans 2 semaines. Sa sœur (06 39 98 00 12) est au courant.`,
    expected: [
      { kind: 'username', text: '« Julien.Officiel »' },
      { kind: 'phone', text: '+44 7700 900123' },
      { kind: 'dateTime', text: '18 novembre à 1h40' },
      { kind: 'quote', text: '« si tu ne paies pas avant ce soir j’envoie tout à ta famille »' },
      { kind: 'phone', text: '06 39 98 00 12' },
    ],
    ordinary: ['24 ans', '5 jours', 'Instagram', '300 euros', '17Cyber', '116 006', '2 semaines'],
  },
  {
    id: 'en-deepfake',
    text: `Case M-0412 – Deepfake channel inside a gaming server
- Context: flagged by two members on November 21, 2026; the invite link was https://discord.gg/fakeInvite01 and the server ID 123456789012345678.
- Architecture: 3 categories, 40 channels, a channel called #face-swap-requests with about 450 users.
- Warning signs: user Zed_Fake posts "do one of her next, she is in my class" and asks for money via paypal.me/fakeseller.
- Actions: reported to Trust & Safety at 11pm, then to the national reporting platform; banned from our 2 communities.
- Notes: took a 15 minute break afterwards. Same pattern as 2 weeks ago.`,
    expected: [
      { kind: 'dateTime', text: 'November 21, 2026' },
      { kind: 'link', text: 'https://discord.gg/fakeInvite01' },
      { kind: 'platformId', text: '123456789012345678' },
      { kind: 'username', text: 'Zed_Fake' },
      { kind: 'quote', text: '"do one of her next, she is in my class"' },
      { kind: 'link', text: 'paypal.me/fakeseller' },
    ],
    ordinary: ['M-0412', '3 categories', '40 channels', '450 users', 'at 11pm', '2 communities', '15 minute', '2 weeks'],
  },
  {
    id: 'fr-minors-signals',
    text: `Cas n°C2044W – Signaux de sexualisation de mineures
Contexte : messages repérés dans un serveur plus large, catégories ambiguës (« teen », « lycée »).
Architecture : salon public, renvois vers t.me/canal_exemple_faux et vers www.partage-faux.example.
Signaux : insistance sur l’âge (« 14 », « 15 ») ; le membre alias Nox_Fake demande des fichiers ; message du 2026-11-20T21:05.
Actions : aucune image ouverte ni gardée ; signalement prioritaire à la plateforme et à PHAROS, puis à Point de Contact.
Notes : départ immédiat du serveur. Débriefing prévu avec l’équipe sous 48 heures.`,
    expected: [
      { kind: 'link', text: 't.me/canal_exemple_faux' },
      { kind: 'link', text: 'www.partage-faux.example' },
      { kind: 'username', text: 'Nox_Fake' },
      { kind: 'dateTime', text: '2026-11-20T21:05' },
    ],
    ordinary: ['C2044W', '« teen »', '« 14 »', '« 15 »', 'Point de Contact', '48 heures'],
  },
  {
    id: 'en-tributes',
    text: `Case T-77 – "Tribute" server targeting streamers
Context: found through a server-listing site; invite posted by @fake.promoter on 21 Nov at 23:14.
Architecture: channels named after streamers; roughly 1200 members; 6 moderators.
Warning signs: a pinned message says “post your tributes here and tag her so she sees it”; rankings every week.
Actions: reported each channel with message links; admin account Vex#4821 reported separately; our list of 3 related servers shared with the T&S team.
Notes: I stopped after 30 minutes. Around 9pm I felt drained, so I logged off.`,
    expected: [
      { kind: 'handle', text: '@fake.promoter' },
      { kind: 'dateTime', text: '21 Nov at 23:14' },
      { kind: 'quote', text: '“post your tributes here and tag her so she sees it”' },
      { kind: 'username', text: 'Vex#4821' },
    ],
    ordinary: ['T-77', '"Tribute"', 'named after streamers', '1200 members', '6 moderators', 'every week', '3 related servers', '30 minutes', 'Around 9pm'],
  },
  {
    id: 'fr-ex-partner',
    text: `Note d’écoute – diffusion par un ancien compagnon
Contexte : appel d’une femme de 31 ans ; son ancien compagnon, nommé Marc, a publié des photos sur un site le 04/11/2026.
Architecture : une page https://site-faux.example/galerie/88213 et un compte Twitter @marc_d_faux ; 2 partages repérés.
Signaux : il lui a écrit (marc.faux@exemple.invalid) : « tu l’as bien cherché, tout le monde va voir ».
Actions : orientation vers le 3919 ; explication de la plainte et de la demande de retrait ; rendez-vous le vendredi 7 novembre à 10h.
Notes : elle a peur qu’il passe chez elle vers 20h ; rappel des numéros d’urgence.`,
    expected: [
      { kind: 'username', text: 'Marc' },
      { kind: 'dateTime', text: '04/11/2026' },
      { kind: 'link', text: 'https://site-faux.example/galerie/88213' },
      { kind: 'handle', text: '@marc_d_faux' },
      { kind: 'email', text: 'marc.faux@exemple.invalid' },
      { kind: 'quote', text: '« tu l’as bien cherché, tout le monde va voir »' },
      { kind: 'dateTime', text: 'vendredi 7 novembre à 10h' },
    ],
    ordinary: ['31 ans', 'Twitter', '2 partages', '3919', 'vers 20h'],
  },
  {
    id: 'en-school',
    text: `Support note – student, 15, threatened after sending a photo
Context: the student told the school nurse on Monday 10 November; the other person uses the username skyfall_fake on Snapchat.
Architecture: contact started in a group chat with 35 people, then moved to private messages.
Warning signs: demands for more pictures within 24 hours; a message read: "if you block me everyone at school gets it".
> send two more or I post it tonight
Actions: no screenshots of the image kept; we called the youth helpline together and used the reporting form; parents informed with the student's agreement.
Notes: follow-up planned in 3 days. The student was calmer by 4pm.`,
    expected: [
      { kind: 'dateTime', text: 'Monday 10 November' },
      { kind: 'username', text: 'skyfall_fake' },
      { kind: 'quote', text: '"if you block me everyone at school gets it"' },
      { kind: 'quote', text: 'send two more or I post it tonight' },
    ],
    ordinary: ['student, 15,', 'Snapchat', '35 people', '24 hours', '3 days', 'by 4pm'],
  },
  {
    id: 'fr-balance',
    text: `Cas n°D118Q – Serveur « balance ta pote »
- Contexte : découvert via la promotion croisée d’un autre serveur ; lien écrit discord.gg / BalanceFaux22 pour passer les filtres.
- Architecture : salons « demande-nudes », « ex », « sœur » ; 3 salons vocaux.
- Signaux : l’utilisatrice Mira_Faux relance chaque jour ; un membre nommé Théo poste des comptes de proches.
- Actions : documentation de la structure seulement ; signalement via dis.gd/request avec les liens des messages ; bannissement sur nos 4 serveurs partenaires.
- Notes : le 21.11.2026, le serveur était toujours en ligne. Je limite la veille à 1 heure par soir.`,
    expected: [
      { kind: 'quote', text: '« balance ta pote »' },
      { kind: 'link', text: 'discord.gg / BalanceFaux22' },
      { kind: 'username', text: 'Mira_Faux' },
      { kind: 'username', text: 'Théo' },
      { kind: 'link', text: 'dis.gd/request' },
      { kind: 'dateTime', text: '21.11.2026' },
    ],
    ordinary: ['D118Q', '« demande-nudes »', '« sœur »', '3 salons', 'chaque jour', '4 serveurs', '1 heure'],
  },
  {
    id: 'en-money-sextortion',
    text: `Case S-2291 – Money sextortion network on Telegram
Context: three people in our community received the same threat between 2026-11-02 and 2026-11-05.
Architecture: the accounts @emma_fake_22 and @lina.fake, each with about 10 contacts; channel t.me/joinchat/FakeCode123.
Warning signs: payment demanded to wallet ID 4455667788990011223 and by phone at +1 202 555 0142; scripts copied word for word.
Actions: told members not to pay and to stop replying; reported each profile; shared the contact address fake.support@example.org only with T&S.
Notes: in 2024 we saw the same script. 5 reports sent in total.`,
    expected: [
      { kind: 'dateTime', text: '2026-11-02' },
      { kind: 'dateTime', text: '2026-11-05' },
      { kind: 'handle', text: '@emma_fake_22' },
      { kind: 'handle', text: '@lina.fake' },
      { kind: 'link', text: 't.me/joinchat/FakeCode123' },
      { kind: 'platformId', text: '4455667788990011223' },
      { kind: 'phone', text: '+1 202 555 0142' },
      { kind: 'email', text: 'fake.support@example.org' },
    ],
    ordinary: ['S-2291', 'three people', '10 contacts', 'in 2024', '5 reports'],
  },
  {
    id: 'fr-weekly-log',
    text: `Journal de veille – semaine 47
Contexte : 6 serveurs examinés, dont 2 déjà signalés en 2025. Durée totale : 3 h 30 sur 4 soirs.
Architecture : structures habituelles (leaks, tributes, « deepfake ») ; entre 50 et 900 membres.
Signaux : rien de nouveau, sauf un serveur repéré par une collègue le 14/11 (lien : https://exemple-faux.example/s/Q7x).
Actions : 2 signalements à la plateforme ; 1 à PHAROS. Aucune image téléchargée.
Notes : trop d’exposition cette semaine. Pause de 7 jours, puis reprise à 20h30 en binôme. Objectif : 45 minutes au plus par session.`,
    expected: [
      { kind: 'dateTime', text: '14/11' },
      { kind: 'link', text: 'https://exemple-faux.example/s/Q7x' },
    ],
    ordinary: ['semaine 47', '6 serveurs', 'en 2025', '3 h 30', '4 soirs', '« deepfake »', 'entre 50 et 900 membres', '2 signalements', '7 jours', 'à 20h30', '45 minutes'],
  },
  {
    id: 'en-forum',
    text: `Case R-19 – Leak thread on a forum
Context: a member sent us a link to www.fakeforum.example/thread/5521 on the 3rd of March, 2026.
Architecture: one thread, 12 pages, images reposted from a private account; the original poster is u/leaky_fake_acc.
Warning signs: replies like “who has more of her, she lives near me” and a phone number posted in full: +44 7700 900456.
Actions: reported the thread and the user; asked the host to remove it; advised the person targeted to contact a helpline.
Notes: the thread was gone two weeks later. Logged 2 hours on this case.`,
    expected: [
      { kind: 'link', text: 'www.fakeforum.example/thread/5521' },
      { kind: 'dateTime', text: '3rd of March, 2026' },
      { kind: 'username', text: 'u/leaky_fake_acc' },
      { kind: 'quote', text: '“who has more of her, she lives near me”' },
      { kind: 'phone', text: '+44 7700 900456' },
    ],
    ordinary: ['R-19', '12 pages', 'two weeks later', '2 hours'],
  },
  {
    id: 'fr-ids-phones',
    text: `Fiche de transmission – signalement groupé (équipe de modération)
Contexte : 3 comptes liés au même réseau, repérés entre le 10 novembre et le 12 novembre.
Architecture : identifiants relevés pour le signalement uniquement : 765432109876543210, 765432109876543211 ; identifiant du compte principal : 4455123.
Signaux : numéro affiché dans la bio : 06.39.98.00.17 ; second numéro 0639980018 ; contact +33 6 39 98 00 19 ; fixe 01 99 00 12 34.
Actions : éléments transmis à la plateforme puis supprimés de nos notes le 2026-11-22 ; seul ce résumé est gardé.
Notes : 3 signalements, 0 réponse pour l’instant. Relancer dans 10 jours.`,
    expected: [
      { kind: 'dateTime', text: '10 novembre' },
      { kind: 'dateTime', text: '12 novembre' },
      { kind: 'platformId', text: '765432109876543210' },
      { kind: 'platformId', text: '765432109876543211' },
      { kind: 'platformId', text: '4455123' },
      { kind: 'phone', text: '06.39.98.00.17' },
      { kind: 'phone', text: '0639980018' },
      { kind: 'phone', text: '+33 6 39 98 00 19' },
      { kind: 'phone', text: '01 99 00 12 34' },
      { kind: 'dateTime', text: '2026-11-22' },
    ],
    ordinary: ['3 comptes', '3 signalements', '0 réponse', '10 jours'],
  },
  {
    id: 'en-handover',
    text: `Handover note – volunteer shift
Context: two reports came in on 21-11-26 and later that week; the second from an adult member whose ex threatened to share photos.
Architecture: private messages only; the ex uses the handle @fake_ex_account and an old e-mail ex.fake@mail.example.
Warning signs: “I still have everything from 2023, don't test me”, sent at 2:10 am on November 20.
Actions: gave the member the helpline list; suggested the hashing tool for adults if she has a copy; no images received by us.
Notes: shift ended at 11pm. Check the age when the photos were taken: 18 is the threshold the hashing tool uses.`,
    expected: [
      { kind: 'dateTime', text: '21-11-26' },
      { kind: 'handle', text: '@fake_ex_account' },
      { kind: 'email', text: 'ex.fake@mail.example' },
      { kind: 'quote', text: '“I still have everything from 2023, don\'t test me”' },
      { kind: 'dateTime', text: '2:10 am on November 20' },
    ],
    ordinary: ['two reports', 'later that week', 'at 11pm', '18 is the threshold'],
  },
  {
    id: 'fr-relay',
    text: `Note rapide – relais d’une bénévole
Contexte : une bénévole transmet https://reseau-faux.example/@compte_faux/posts/42 et l’adresse contact@compte-faux.example.
Signaux : publication quotidienne vers 23h ; 5 fois la semaine dernière ; 18 ans déclarés sur le profil ; compte privé.
Actions : signalement fait ; la bénévole a reçu les coordonnées de la ligne d’écoute.
Notes : à 14h30, plus rien n’était visible. Le pseudo de la personne n’apparaît nulle part dans cette note.`,
    expected: [
      { kind: 'link', text: 'https://reseau-faux.example/@compte_faux/posts/42' },
      { kind: 'email', text: 'contact@compte-faux.example' },
    ],
    ordinary: ['vers 23h', '5 fois', '18 ans', 'compte privé', 'à 14h30', 'Le pseudo de la personne'],
  },
]

const labels: Record<FindingKind, string> = {
  handle: '[pseudo]',
  username: '[pseudo]',
  platformId: '[identifiant]',
  link: '[lien]',
  email: '[e-mail]',
  phone: '[téléphone]',
  dateTime: '[date]',
  quote: '[citation]',
}

interface Score { found: number, expected: number, correct: number }

/** Matches findings to expected identifiers by kind and exact text, each used once. */
function score(note: CaseNote, findings: Finding[]) {
  const left = [...findings]
  const missed: CaseNote['expected'] = []
  for (const e of note.expected) {
    const i = left.findIndex(f => f.kind === e.kind && f.text === e.text)
    if (i === -1) missed.push(e)
    else left.splice(i, 1)
  }
  return { missed, extra: left }
}

describe('anonymiser corpus', () => {
  it('holds at least twelve notes in French and English', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12)
    expect(corpus.filter(n => n.id.startsWith('fr-')).length).toBeGreaterThanOrEqual(5)
    expect(corpus.filter(n => n.id.startsWith('en-')).length).toBeGreaterThanOrEqual(5)
    for (const kind of findingKinds) expect(corpus.some(n => n.expected.some(e => e.kind === kind)), kind).toBe(true)
  })

  it.each(corpus)('finds every identifier, with its kind, in $id', (note) => {
    for (const e of note.expected) expect(note.text, `${e.text} is in the note`).toContain(e.text)
    const { missed, extra } = score(note, find(note.text))
    expect(missed).toEqual([])
    expect(extra).toEqual([])
  })

  it.each(corpus)('leaves ordinary text alone in $id', (note) => {
    const findings = find(note.text)
    for (const phrase of note.ordinary) {
      const start = note.text.indexOf(phrase)
      expect(start, `"${phrase}" is in the note`).toBeGreaterThanOrEqual(0)
      const end = start + phrase.length
      const touching = findings.filter(f => f.start < end && start < f.end)
      expect(touching, phrase).toEqual([])
    }
  })

  it('measures precision and recall per kind and overall', () => {
    const scores = new Map<FindingKind | 'overall', Score>(
      [...findingKinds, 'overall' as const].map(k => [k, { found: 0, expected: 0, correct: 0 }]),
    )
    const add = (kind: FindingKind, key: keyof Score) => {
      scores.get(kind)![key] += 1
      scores.get('overall')![key] += 1
    }
    for (const note of corpus) {
      const findings = find(note.text)
      const { missed } = score(note, findings)
      for (const f of findings) add(f.kind, 'found')
      for (const e of note.expected) add(e.kind, 'expected')
      for (const e of note.expected) if (!missed.includes(e)) add(e.kind, 'correct')
    }
    const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
    const rows = [...scores].map(([kind, s]) => ({
      kind,
      expected: s.expected,
      found: s.found,
      correct: s.correct,
      precision: ratio(s.correct, s.found).toFixed(3),
      recall: ratio(s.correct, s.expected).toFixed(3),
    }))
    console.log(`Anonymiser on ${corpus.length} synthetic case notes:\n${rows
      .map(r => `  ${r.kind.padEnd(10)} precision ${r.precision}  recall ${r.recall}  (expected ${r.expected}, found ${r.found}, correct ${r.correct})`)
      .join('\n')}`)
    const overall = scores.get('overall')!
    expect(ratio(overall.correct, overall.expected)).toBe(1)
    expect(ratio(overall.correct, overall.found)).toBeGreaterThanOrEqual(0.95)
  })

  it.each(corpus)('returns sorted, non-overlapping findings that match the note in $id', (note) => {
    const findings = find(note.text)
    findings.forEach((f, i) => {
      expect(note.text.slice(f.start, f.end)).toBe(f.text)
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1]!.end)
    })
  })
})

describe('find', () => {
  const kinds = (note: string) => find(note).map(f => [f.kind, f.text])

  it.each([
    ['an e-mail address over the handle inside it', 'écrire à lea.faux@mail.example', [['email', 'lea.faux@mail.example']]],
    ['a link over the handle inside it', 'voir https://social.example/@lune_faux', [['link', 'https://social.example/@lune_faux']]],
    ['a link over the date inside it', 'https://blog.example/2026-11-21/post', [['link', 'https://blog.example/2026-11-21/post']]],
    ['a quote over the handle inside it', '« rejoins @lune_faux ce soir »', [['quote', '« rejoins @lune_faux ce soir »']]],
    ['a Discord tag over its handle', 'signalé @Vex#4821 hier', [['username', '@Vex#4821']]],
    ['a phone number over a plain number', 'au +33 6 39 98 00 00.', [['phone', '+33 6 39 98 00 00']]],
  ])('keeps %s', (_, note, expected) => {
    expect(kinds(note)).toEqual(expected)
  })

  it.each([
    'vers 23h', 'at 11pm', 'à 14h30', 'around 9:30 pm', 'pendant 3 jours', 'for 2 weeks', 'en 2024', 'in March 2026',
    'depuis novembre 2026', '12 membres', '3 salons', '450 users', '18 ans', '5 fois', '24/7', '1/3 des messages',
    'le service est ouvert 7j/7', 'un montant de 1 500 euros', 'appel au 3018', 'le 116 006', 'Cas n°A105G',
    'salons « leaks », « tributes »', 'mots-clés “teen”, “school”', 'le pseudo de la personne est masqué',
    'compte supprimé', 'compte Discord', 'user ID', 'the user was banned', 'channels named after streamers',
    'a handle to the report', 'espaces pseudo-privés', '@everyone', 'Node.js', 'et/ou', '3,5/10',
    'un membre : "ok"', 'Dossier 2026-0042', 'Ticket #4521',
  ])('leaves "%s" alone', (note) => {
    expect(find(note)).toEqual([])
  })

  it.each([
    ['21/11/2026'], ['21-11-26'], ['2026-11-21'], ['21 novembre 2026'], ['le 3 mars', '3 mars'],
    ['November 21, 2026'], ['21 Nov'], ['21/11 à 23h14'], ['2026-11-21T23:14'], ['1er mai'], ['Nov. 21'],
    ['23h14 le 21/11'], ['11/21/2026'], ['le 5/3', '5/3'], ['le 2 déc. à 18 h 05', '2 déc. à 18 h 05'],
  ])('marks the date "%s"', (note, text = note) => {
    expect(kinds(note)).toEqual([['dateTime', text]])
  })

  it.each([
    ['pseudo : darkangel', 'darkangel'], ['username Lune', 'Lune'], ['utilisateur lune2009', 'lune2009'],
    ['user Alex', 'Alex'], ['compte xX_Nyx_Xx', 'xX_Nyx_Xx'], ['nommée Léa', 'Léa'], ['alias "Ombre"', '"Ombre"'],
    ['nyx.faux#0001', 'nyx.faux#0001'], ['u/fake_name', 'u/fake_name'], ['le profil LuneNoire', 'LuneNoire'],
  ])('marks the username in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['username', text]])
  })

  it.each([
    ['ID: 1234567', '1234567'], ['identifiant : 55443322', '55443322'], ['ID du serveur 998877665', '998877665'],
    ['snowflake 112233445566778899', '112233445566778899'], ['112233445566778', '112233445566778'],
  ])('marks the platform ID in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['platformId', text]])
  })

  it.each([
    ['t.me/+AbCdFaux'], ['discord.gg/Faux123'], ['dis.gd/request'], ['www.faux.example'], ['exemple-faux.net'],
    ['http://faux.example/a?b=c'], ['code d’invitation : aBcD12', 'aBcD12'], ['(voir https://faux.example/x)', 'https://faux.example/x'],
  ])('marks the link in "%s"', (note, text = note) => {
    expect(kinds(note)).toEqual([['link', text]])
  })

  it.each([
    ['06 39 98 00 00'], ['06.39.98.00.00'], ['06-39-98-00-00'], ['0639980000'], ['+33 6 39 98 00 00'],
    ['+33 (0)6 39 98 00 00'], ['+44 7700 900123'], ['+1 202 555 0142'], ['+49 30 12345678'],
  ])('marks the phone number "%s"', (note) => {
    expect(kinds(note)).toEqual([['phone', note]])
  })

  it('marks quoted messages of three words or more, and quoted lines', () => {
    expect(kinds('il a écrit « tu vas voir » puis « ok » et "send it now" puis "lol ok"')).toEqual([
      ['quote', '« tu vas voir »'],
      ['quote', '"send it now"'],
    ])
    expect(kinds('Signaux :\n> tu vas le regretter demain\n>   \nFin')).toEqual([['quote', 'tu vas le regretter demain']])
  })

  it('keeps a time after a full stop out of the date before it', () => {
    expect(kinds('Vu le 3 mars. À 18h, plus rien.')).toEqual([['dateTime', '3 mars']])
  })

  it('finds nothing in an empty note', () => {
    expect(find('')).toEqual([])
  })
})

describe('redact', () => {
  it('replaces each finding by its label and keeps the rest of the note', () => {
    const note = 'Lien discord.gg/exempleFaux relayé par @lune_faux le 21/11/2026 à 23h14 : « envoie tout ce soir ». ID : 1234567, tél. 06 39 98 00 00, mail a.faux@mail.example.'
    expect(redact(note, find(note), labels)).toBe(
      'Lien [lien] relayé par [pseudo] le [date] : [citation]. ID : [identifiant], tél. [téléphone], mail [e-mail].',
    )
  })

  it('leaves nothing to find in a redacted corpus note', () => {
    for (const note of corpus) {
      const redacted = redact(note.text, find(note.text), labels)
      // A quoted line stays a quoted line ("> [citation]"): only labels may be found again.
      expect(find(redacted).filter(f => !Object.values(labels).includes(f.text)), note.id).toEqual([])
      for (const e of note.expected) expect(redacted, note.id).not.toContain(e.text)
    }
  })

  it('redacts only the findings it is given, so one can be kept', () => {
    const note = 'pseudo : darkangel, lien t.me/faux_canal'
    const [name, link] = find(note)
    expect(redact(note, [link!], labels)).toBe('pseudo : darkangel, lien [lien]')
    expect(redact(note, [name!], labels)).toBe('pseudo : [pseudo], lien t.me/faux_canal')
  })

  it('skips findings that no longer match the note, rather than cutting the wrong text', () => {
    const findings = find('contact : @lune_faux')
    expect(redact('contact : @lune_vrai', findings, labels)).toBe('contact : @lune_vrai')
  })
})

describe('summarise', () => {
  it('counts findings per kind, with every kind present', () => {
    const note = corpus.find(n => n.id === 'fr-ids-phones')!
    expect(summarise(find(note.text))).toEqual({
      handle: 0, username: 0, platformId: 3, link: 0, email: 0, phone: 4, dateTime: 3, quote: 0,
    })
  })
})
