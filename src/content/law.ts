import { withIds } from './ids'
import type { LawArticle, LawId } from './types'

/**
 * The sheet read the Code pénal in a consolidated copy of Legifrance whose text dates from between
 * April 2023 and February 2024 (sheet §2), and asks for each article to be re-read on Legifrance: those
 * articles are dated by that copy (`dated: 'olderCopy'`), never by a later check, and cite the official
 * code on Legifrance. Penalties are maximums; where the usual case here (online, or by a partner) has a
 * higher one, it is given too (sheet, 2026-11-28). Articles that protect minors carry no penalty: the app
 * never shows one beside advice that may be read by a minor.
 */
const codePenal = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719/'

export const law = withIds<LawId, LawArticle>({
  'cp226-1': {
    article: '226-1',
    code: 'codePenal',
    penalty: { years: 1, euros: 45_000, higher: { years: 2, euros: 60_000, when: 'partner' } },
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  'cp226-2-1': {
    article: '226-2-1',
    code: 'codePenal',
    penalty: { years: 2, euros: 60_000 },
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // Covers 226-1 to 226-2-1 only (adults' intimate images): not images of minors, not blackmail, and
  // whether it also applies to 226-8-1 is unverified in the sheet.
  'cp226-6': {
    article: '226-6',
    code: 'codePenal',
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // Created in May 2024: read in a reproduction of the Legifrance version in force since 23 May 2024.
  // The online maximum is [PROBABLE] (sheet, 2026-11-28).
  'cp226-8-1': {
    article: '226-8-1',
    code: 'codePenal',
    penalty: { years: 2, euros: 60_000, higher: { years: 3, euros: 75_000, when: 'online' } },
    source: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049567458',
    checkedOn: '2024-05-23',
    dated: 'olderCopy',
    confidence: 'likely',
  },
  // Blackmail; since the SREN law (2024), 7 ans / 100 000 € when done online to obtain, or with,
  // sexual images (sheet, 2026-12-05: [PROBABLE], read in a copy of the code dated 1 January 2025).
  'cp312-10': {
    article: '312-10',
    code: 'codePenal',
    penalty: { years: 5, euros: 75_000, higher: { years: 7, euros: 100_000, when: 'online' } },
    source: codePenal,
    checkedOn: '2025-01-01',
    dated: 'olderCopy',
    confidence: 'likely',
  },
  // Paragraphs I (repeated) and II (one serious pressure to obtain a sexual act) share these maximums.
  'cp222-33': {
    article: '222-33',
    code: 'codePenal',
    penalty: { years: 2, euros: 30_000, higher: { years: 3, euros: 45_000, when: 'online' } },
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // Punishes those who make, keep or share sexual images of minors: cited to say the law protects them.
  'cp227-23': {
    article: '227-23',
    code: 'codePenal',
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // An adult asking a minor for sexual images of themself: the sheet's sextortion advice for minors cites it.
  'cp227-23-1': {
    article: '227-23-1',
    code: 'codePenal',
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  'cp227-22-2': {
    article: '227-22-2',
    code: 'codePenal',
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // Applies only when a minor may see the message: cited for minors only.
  'cp227-24': {
    article: '227-24',
    code: 'codePenal',
    source: codePenal,
    checkedOn: '2023-04-01',
    dated: 'olderCopy',
    confidence: 'confirmed',
  },
  // The sheet gives no official URL for the Code de procédure pénale: a lawyer's page quotes the article.
  // Renumbered by the new code from 1 January 2029 (review D11): to be updated then.
  'cpp15-3': {
    article: '15-3',
    code: 'codeProcedurePenale',
    source: 'https://kohenavocats.com/code-procedure-penale-article-15-3',
    checkedOn: '2026-02-11',
    dated: 'year',
    secondary: true,
    confidence: 'confirmed',
  },
  // A victim may give a third party's address (a lawyer, an association, a trusted person, with their
  // agreement) instead of their own when filing. The page is a victims' information site, not a court's.
  'cpp40-4-1': {
    article: '40-4-1',
    code: 'codeProcedurePenale',
    source: 'https://infovictimes.fr/fr/droit-de-declarer-comme-domicile-ladresse-dun-tiers-avec-son-accord',
    checkedOn: '2026-11-28',
    secondary: true,
    confidence: 'confirmed',
  },
  // The protection order, for violence by a partner or ex, psychological violence included, with or
  // without living together, no complaint needed first: a court of appeal's own page. Since the law of
  // 13 June 2024, an immediate provisional order can come first (sheet, 2026-12-05, [PROBABLE]).
  // Adults only in the app: a minor cannot seize the family judge alone.
  'cciv515-9': {
    article: '515-9',
    code: 'codeCivil',
    source: 'https://www.cours-appel.justice.fr/nancy/les-ordonnances-de-protection',
    checkedOn: '2026-11-28',
    confidence: 'likely',
  },
  'gdpr17': {
    article: '17',
    code: 'gdpr',
    source: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    checkedOn: '2026-02-11',
    dated: 'year',
    confidence: 'confirmed',
  },
  // Data collected while the person was a minor is erased on request (art. 51 II of the loi Informatique
  // et Libertés), without parental consent; the CNIL after a month without answer. A legal publisher's page.
  'lil51': {
    article: '51',
    code: 'informatiqueLibertes',
    source: 'https://efl.fr/actualite/mineur-faire-effacer-donnees-numeriques-consentement-parents_f20b92bee-371f-4ca4-bb02-839c0fb3822f',
    checkedOn: '2026-11-28',
    secondary: true,
    confidence: 'likely',
  },
  // Notices to hosting services (not search engines): exact addresses, an explanation, the sender's name
  // and e-mail (except for child sexual abuse material) and a good-faith statement. Quoted on a private site.
  'dsa16': {
    article: '16',
    code: 'dsa',
    source: 'https://www.eu-digital-services-act.com/Digital_Services_Act_Article_16.html',
    checkedOn: '2026-11-28',
    secondary: true,
    confidence: 'confirmed',
  },
})

export const lawList: LawArticle[] = Object.values(law)
