// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { find as findWith, type FindingKind, type Lexicon, loadLexicon, redact, summarise } from '@/anonymiser/anonymise'
import { decode } from '@/anonymiser/lexicon'
import { key } from '@/anonymiser/text'
import { corpus, parseNote } from '../fixtures/anonymiser-corpus'

let lexicon: Lexicon
beforeAll(async () => {
  lexicon = await loadLexicon()
})
const find = (note: string) => findWith(note, lexicon)

const labels: Record<FindingKind, string> = {
  name: '[nom]', place: '[lieu]', handle: '[pseudo]', username: '[pseudo]', space: '[espace]', platformId: '[identifiant]',
  ip: '[IP]', link: '[lien]', email: '[e-mail]', phone: '[téléphone]', dateTime: '[date]', quote: '[citation]',
}

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
    ['user Alex', 'Alex'], ['compte xX_Nyx_Xx', 'xX_Nyx_Xx'], ['alias "Ombre"', '"Ombre"'],
    ['son snap : manon.grd', 'manon.grd'], ['tiktok petitlapin_22', 'petitlapin_22'], ['kev#0912', 'kev#0912'],
    ['owner: zayx', 'zayx'], ['gamertag Wolfie', 'Wolfie'], ['compte insta lea.prv', 'lea.prv'],
    ['nyx.faux#0001', 'nyx.faux#0001'], ['u/fake_name', 'u/fake_name'], ['le profil LuneNoire', 'LuneNoire'],
    ['son snap à lui : lune.off', 'lune.off'], ['le compte qui a posté : zebulon.off', 'zebulon.off'], ['a user going by shadowfox', 'shadowfox'],
    ['someone known as wraith', 'wraith'], ['pseudo: Lapin Bleu', 'Lapin Bleu'], ['calling himself Papi Chulo', 'Papi Chulo'],
    ['an account called xo.mason.xo', 'xo.mason.xo'], ['sa co-admin lilix.', 'lilix'], ['son alt c\'est neko2.0', 'neko2.0'], ['posté par kyky.59 hier', 'kyky.59'],
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

  it('keeps the count after a date out of it', () => {
    expect(kinds('Reported on 2 Dec. 2 screenshots described')).toEqual([['dateTime', '2 Dec']])
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
    for (const note of corpus.map(parseNote)) {
      const redacted = redact(note.text, find(note.text), labels)
      // A quoted line stays a quoted line ("> [citation]"): only labels may be found again.
      expect(find(redacted).filter(f => !Object.values(labels).includes(f.text)), note.id).toEqual([])
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
    const note = 'Signalé par Manon Girard : tél. 06 39 98 00 17 puis 0639980018, IP 203.0.113.4, ID 765432109876543210.'
    expect(summarise(find(note))).toEqual({
      name: 1, place: 0, handle: 0, username: 0, space: 0, platformId: 1, ip: 1, link: 0, email: 0, phone: 2, dateTime: 0, quote: 0,
    })
  })
})

describe('find, in notes as they are written', () => {
  const kinds = (note: string) => find(note).map(f => [f.kind, f.text])

  it.each([
    ['Signalé par Manon Girard hier', 'Manon Girard'], ['au sujet de Sarah', 'Sarah'], ['appel de lea ce soir', 'lea'],
    ['la mère de Lucas B. a rappelé', 'Lucas B.'], ['Mme Benali rappelle', 'Mme Benali'], ['auteur présumé : T. Morel', 'T. Morel'],
    ['victim: chloe w, 16', 'chloe w'], ['Son ex, Pierre, écrit encore', 'Pierre'], ['Rose Lambert a appelé', 'Rose Lambert'],
    ["Spoke with Aisha's mum", 'Aisha'], ['reported by Tom Baker (mod)', 'Tom Baker'], ['son ancien copain Maxime Le Goff', 'Maxime Le Goff'],
    ['a girl they call Maddie', 'Maddie'], ['une fille qu\'il appelle Lilou', 'Lilou'], ['Grace, his flatmate, was there', 'Grace'],
    ['Rose, sa coloc, a tout vu', 'Rose'], ['Streamer: Becca', 'Becca'], ['Victime : Jade', 'Jade'], ['Contact : Zaïnab', 'Zaïnab'],
    ['eleve lena d. 17 ans', 'lena d.'], ['client Siobhan (31)', 'Siobhan'], ['Caller Grace Adeyemi, 29', 'Grace Adeyemi'],
    ['Ruby (yr 10) says', 'Ruby'], ['she says josh from her college', 'josh'], ['she thinks its ben t.', 'ben t.'],
  ])('marks the name in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['name', text]])
  })

  it.each([
    'une pierre sur la poitrine', 'sa chambre en rose', 'Mark as resolved once confirmed', 'Grace period for appeals is 14 days',
    'Will check the queue tomorrow', 'In May we had twice as many', 'avant Noël', 'le numéro Orange de la victime',
    'signalé à Discord Trust & Safety', 'le 3018, le 3919, le 17, le 112, le 114, le 119, le 116 006 et le 3114',
    'article 226-2-1 du code pénal', 'loi du 7 octobre 2016', 'section 66B of the Sexual Offences Act 2003', 'orienté vers 17Cyber',
    'version 2.3.1 installée', 'à 23:14:05 précises', 'referred to Cybertip.ca', 'PHAROS et Point de Contact', 'Ticket #88213',
    'une personne mineure, elle peut agir', 'Child Focus (116 000)', 'Victim Support helped', 'Student Finance England',
    'ben de toute façon', 'what they call revenge porn', 'Discord, son ami de toujours', 'la victime, elle, a porté plainte',
    '1 200 membres, 14 salons', 'salons « leaks », « tributes »', 'a channel called #general', 'posted in #general', 'le serveur Le serveur',
    'partagé sur #balancetonporc', 'a server (no quotes in the report)',
    // Law articles, counts and durations before a word that is also a street's.
    'Art. 226-2-1 cité dans le report', 'L\'art. 227-23 cité par la gendarmerie', 'article 12 place des droits', 'elle a 3 cours demain matin',
    'il lui reste 1 place au concours', '2 court hearings last year', 'a 3 way call with her', '2 court orders against him', '5 new road signs',
    // The helplines the app lists, however they are written.
    'Discussed Coco\'s Law and Sarah\'s Law', 'appelle le 0800 05 95 95', 'le 0 800 05 95 95', 'le 08 00 05 95 95', 'le 0800059595', 'le 116006 ou le 116 006', 'depuis l\'étranger : +33 1 80 52 33 76',
  ])('leaves "%s" alone', (note) => {
    expect(find(note)).toEqual([])
  })

  it.each([
    ['Élève au lycée Victor-Hugo de Poitiers, 15 ans', 'lycée Victor-Hugo de Poitiers'], ['elle habite Villeneuve-d\'Ascq', 'Villeneuve-d\'Ascq'],
    ['sa fille travaille chez Decathlon Lomme', 'Decathlon Lomme'], ['le wifi de son boulot (Leroy Merlin Villeneuve-d\'Ascq)', 'Leroy Merlin Villeneuve-d\'Ascq'], ['She works at Tesco Extra in Croydon', 'Tesco Extra in Croydon'],
    ['she goes to St Mary\'s High School', 'St Mary\'s High School'], ['plainte au commissariat de Lens', 'Lens'],
    ['she lives in Leeds now', 'Leeds'], ['Elle vit au 12 rue des Tilleuls, 59000 Lille', '12 rue des Tilleuls, 59000 Lille'],
    ['chauffeur chez Transdev depuis 2019', 'Transdev'], ['caissière chez Auchan Noyelles-Godault', 'Auchan Noyelles-Godault'],
    ['He works part-time at Tesco Headingley.', 'Tesco Headingley'], ['her former manager at Brennan\'s Pharmacy', 'Brennan\'s Pharmacy'],
    ['names her workplace, Boots on Gallowtree Gate', 'Boots on Gallowtree Gate'], ['Her location per the report: Bolton', 'Bolton'],
    ['2nd yr at uni of york', 'uni of york'],
    ['noté 2 place des Vosges hier', '2 place des Vosges'], ['au 3 cours Mirabeau', '3 cours Mirabeau'], ['au 12 rue des tilleuls', '12 rue des tilleuls'],
    ['lives on 14 Moorside Road', '14 Moorside Road'], ['flat at 22 Baker St, NW1 6XE', '22 Baker St, NW1 6XE'],
  ])('marks the place in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['place', text]])
  })

  it('takes a titled name after "chez" for a person, not a workplace', () => {
    expect(kinds('Elle dort chez Madame Roux ce soir.')).toEqual([['name', 'Madame Roux']])
    expect(kinds('hébergée chez Mme Roux')).toEqual([['name', 'Mme Roux']])
  })

  it.each([
    ['IP 203.0.113.42', '203.0.113.42'], ['from 2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['v6 seen: 2001:db8::2c1', '2001:db8::2c1'], ['ip ::1', '::1'],
  ])('marks the IP address in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['ip', text]])
  })

  it.each([
    ['serveur « Les Reines du 59 », 1 200 membres', '« Les Reines du 59 »'], ['groupe whatsapp "Les Mecs de la Zup"', '"Les Mecs de la Zup"'],
    ['a server named Stash 2.0 (no quotes)', 'Stash 2.0'], ['dans le salon #confessions-anonymes hier', '#confessions-anonymes'],
    ['salon « classement-filles-tourcoing »', '« classement-filles-tourcoing »'],
    ['serveur Les Dossiers du 93 repéré', 'Les Dossiers du 93'], ['a Discord server ("Leak Vault 3") where', '"Leak Vault 3"'],
    ['posted 5 images in #selfies', '#selfies'],
  ])('marks the server or channel in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['space', text]])
  })

  it.each([
    ['texting from 07700 900123', '07700 900123'], ['un numéro belge : 0470 98 76 54', '0470 98 76 54'],
    ['reachable at (202) 555-0147', '(202) 555-0147'], ['numéro suisse, 079 555 12 34', '079 555 12 34'],
    ['écrit depuis un numéro britannique : 020 7946 0018', '020 7946 0018'], ['joint au 0033 6 39 98 00 27', '0033 6 39 98 00 27'],
    ['+212 6 12 34 56 78', '+212 6 12 34 56 78'], ['+49 151 23456789', '+49 151 23456789'], ['her dad rang from 07700 900 529', '07700 900 529'],
  ])('marks the phone number in "%s"', (note, text) => {
    expect(kinds(note)).toEqual([['phone', text]])
  })

  it('takes a school in lower case before its commune, and the commune after a school, in brackets or after a comma', () => {
    expect(kinds('élève du lycée pro marcel-sembat (sotteville) :')).toEqual([['place', 'lycée pro marcel-sembat'], ['place', 'sotteville']])
    expect(kinds('cpe du collège les tilleuls à douai')).toEqual([['place', 'collège les tilleuls'], ['place', 'douai']])
    expect(kinds('pupil (Oakfield Academy, Stockport) said')).toEqual([['place', 'Oakfield Academy'], ['place', 'Stockport']])
  })

  it.each([
    'elle dort chez sa mère', 'rdv chez le médecin', 'il est venu chez nous', 'chez Orange, le service client a répondu',
    'she works really hard at school', 'the manager at the time said nothing', 'Lieu : domicile de la victime', 'location: unknown',
    'il est au collège le matin et au lycée le soir', 'au collège les élèves ont vu la vidéo', 'au collège de secteur',
    'fichier rapport.v2.pdf', '2 place de parking', 'Client: Female, 29', 'Victime : inconnue', 'Nom : Anonyme',
  ])('finds no place or name in "%s"', (note) => {
    expect(find(note)).toEqual([])
  })

  it('takes a list of pseudonyms after a plural cue', () => {
    expect(kinds('comptes : darkvador59, lulu_x et nox.off. 5 signalements')).toEqual([
      ['username', 'darkvador59'], ['username', 'lulu_x'], ['username', 'nox.off'],
    ])
    expect(kinds('the mods are razor, mxlly and deadlyk.')).toEqual([['username', 'razor'], ['username', 'mxlly'], ['username', 'deadlyk']])
    expect(kinds('admins krys et m4x.le.vrai')).toEqual([['username', 'krys'], ['username', 'm4x.le.vrai']])
    expect(kinds('les modos sahkii et Brume ont banni')).toEqual([['username', 'sahkii'], ['username', 'Brume']])
    expect(kinds('owner kaizer et modos lunaa, dr4k0')).toEqual([['username', 'kaizer'], ['username', 'lunaa'], ['username', 'dr4k0']])
  })

  it('takes no sentence for a pseudonym after a role or "known as"', () => {
    for (const note of ['les modos pensent que non', 'les modos bénévoles et salariés', 'the owner agreed.', 'the mods removed it', 'what is known as sextortion', 'version 2.0 et art.226', 'v2.0']) {
      expect(find(note), note).toEqual([])
    }
  })
})

describe('the word lists', () => {
  it('undo their front coding', () => {
    expect(decode('0lea2on1ina')).toEqual(['lea', 'leon', 'lina'])
  })

  it('hold first names, surnames and communes, looked up without accents or capitals', () => {
    for (const name of ['Manon', 'Inès', 'Yanis', 'Kévin', 'Mohamed', 'Aminata', 'Oliver', 'Aisha', 'Priya']) expect(lexicon.givenNames.has(key(name)), name).toBe(true)
    expect(lexicon.givenNames.get('rose')).toBe(2)
    expect(lexicon.givenNames.get('manon')).toBe(0)
    for (const town of ['Poitiers', 'Villeneuve-d\'Ascq', 'Saint-Étienne', 'Lomme', 'Roubaix']) expect(lexicon.towns.has(key(town)), town).toBe(true)
    expect(lexicon.towns.get('nice')).toBe(2)
    expect(lexicon.surnames.has('girard')).toBe(true)
  })

  it('load once per page', async () => {
    expect(await loadLexicon()).toBe(lexicon)
  })
})
