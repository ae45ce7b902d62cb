import type { LawArticle, LawId } from './types'
import { factSheetDate } from './sheet'

const lastVerified = factSheetDate

/**
 * The sheet read the Code pénal in a consolidated mirror of Legifrance (2023–early 2024 text), so these
 * cite the official code on Legifrance. Penalties are the base maximums; aggravated ones are left to the text.
 */
const codePenal = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719/'

export const law: Record<LawId, LawArticle> = {
  'cp226-1': {
    id: 'cp226-1',
    article: '226-1',
    code: 'codePenal',
    penalty: { years: 1, euros: 45_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  'cp226-2-1': {
    id: 'cp226-2-1',
    article: '226-2-1',
    code: 'codePenal',
    penalty: { years: 2, euros: 60_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  // Covers 226-1 to 226-2-1 only: whether it also applies to 226-8-1 is unverified in the sheet.
  'cp226-6': {
    id: 'cp226-6',
    article: '226-6',
    code: 'codePenal',
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  // Base penalty only: the online aggravation (3 years, 75 000 €) is [PROBABLE] from secondary sources.
  'cp226-8-1': {
    id: 'cp226-8-1',
    article: '226-8-1',
    code: 'codePenal',
    penalty: { years: 2, euros: 60_000 },
    source: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049567458',
    lastVerified,
    confidence: 'confirmed',
  },
  'cp312-10': {
    id: 'cp312-10',
    article: '312-10',
    code: 'codePenal',
    penalty: { years: 5, euros: 75_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  // Paragraphs I (repeated) and II (one serious pressure to obtain a sexual act) share this base penalty.
  'cp222-33': {
    id: 'cp222-33',
    article: '222-33',
    code: 'codePenal',
    penalty: { years: 2, euros: 30_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  'cp227-23': {
    id: 'cp227-23',
    article: '227-23',
    code: 'codePenal',
    penalty: { years: 5, euros: 75_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  // An adult asking a minor for sexual images of themself: the sheet's sextortion advice for minors cites it.
  'cp227-23-1': {
    id: 'cp227-23-1',
    article: '227-23-1',
    code: 'codePenal',
    penalty: { years: 7, euros: 100_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  'cp227-22-2': {
    id: 'cp227-22-2',
    article: '227-22-2',
    code: 'codePenal',
    penalty: { years: 7, euros: 100_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  'cp227-24': {
    id: 'cp227-24',
    article: '227-24',
    code: 'codePenal',
    penalty: { years: 3, euros: 75_000 },
    source: codePenal,
    lastVerified,
    confidence: 'confirmed',
  },
  // The sheet gives no official URL for the Code de procédure pénale: this lawyer's page quotes the article.
  'cpp15-3': {
    id: 'cpp15-3',
    article: '15-3',
    code: 'codeProcedurePenale',
    source: 'https://kohenavocats.com/code-procedure-penale-article-15-3',
    lastVerified,
    confidence: 'confirmed',
  },
  'gdpr17': {
    id: 'gdpr17',
    article: '17',
    code: 'gdpr',
    source: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    lastVerified,
    confidence: 'confirmed',
  },
}

export const lawList: LawArticle[] = Object.values(law)
