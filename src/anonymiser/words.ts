/** Word lists the detectors share: platforms and services, everyday words, and what is never a name. */
import { linkList } from '../content/links'

/** Platforms, services and tools: named in notes, never a person, a pseudonym or a place. */
export const platformWords = new Set([
  'discord', 'tiktok', 'snapchat', 'snap', 'instagram', 'insta', 'telegram', 'youtube', 'reddit', 'whatsapp',
  'facebook', 'messenger', 'twitter', 'x', 'twitch', 'onlyfans', 'signal', 'google', 'apple', 'microsoft',
  'bing', 'steam', 'threads', 'bluesky', 'mastodon', 'pornhub', 'yubo', 'bereal', 'kick', 'gmail', 'outlook',
  'icloud', 'proton', 'pharos', 'stopncii', 'skype', 'teams', 'zoom', 'roblox', 'minecraft', 'fortnite',
  'kik', 'xbox', 'playstation', 'psn', 'nintendo', 'linkedin', 'pinterest', 'tumblr', 'vinted', 'leboncoin',
  'wattsapp', 'watsapp', 'tik', 'tok', 'ig', 'fb', 'cybertipline', 'ncmec', 'ceop', 'iphone', 'android', 'paypal',
  'lydia', 'revolut', 'orange', 'sfr', 'free', 'bouygues', 'ovh', 'cloudflare', 'vod', 'dm', 'dms', 'mp', 'mps', 'live',
  'airdrop', 'facetime', 'onedrive', 'tineye', 'franceconnect', 'powerpoint', 'gopro', 'capcut', 'chatgpt', 'pimeyes',
  'tinder', 'bumble', 'grindr', 'hinge', 'fansly', 'mym', 'patreon', 'dropbox', 'wetransfer', 'imgur', 'doctolib',
  'ameli', 'laposte', 'ipad', 'macbook', 'airpods', 'chrome', 'safari', 'firefox', 'edge', 'opera', 'brave', 'samsung',
  'huawei', 'xiaomi', 'windows', 'macos', 'ios', 'incognito', 'snapmap', 'xvideos', 'youporn', 'xhamster', 'blablacar',
  'meta', 'yandex', 'duckduckgo', 'qwant', 'ecosia', 'whatsapp', 'viber', 'wechat', 'imessage', 'icloud', 'gmail', 'hotmail', 'yahoo',
])

// Words that follow "pseudo", "compte" or "user" in ordinary sentences ("le pseudo de la personne",
// "compte supprimé", "user ID"): never a name.
export const ordinaryWords = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'et', 'ou', 'est', 'sont', 'a', 'ont', 'qui',
  'que', 'dont', 'sur', 'dans', 'avec', 'sans', 'pour', 'par', 'en', 'ni', 'pas', 'ne', 'n', 'se', 's', 'son',
  'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'cet', 'ces', 'était', 'etait', 'été', 'reste', 'aussi', 'encore',
  'déjà', 'puis', 'ici', 'y', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'mais', 'donc', 'car', 'si',
  'plus', 'très', 'trop', 'peu', 'tout', 'tous', 'toute', 'toutes', 'même', 'comme', 'avait', 'semble',
  'of', 'the', 'an', 'is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'and', 'or', 'with',
  'without', 'for', 'in', 'at', 'by', 'to', 'from', 'that', 'this', 'these', 'those', 'their', 'his', 'her',
  'its', 'not', 'no', 'who', 'which', 'it', 'he', 'she', 'they', 'also', 'still', 'then', 'but', 'as', 'if',
  'id', 'ids', 'identifiant', 'identifiants', 'identifier', 'name', 'names', 'nom', 'noms', 'pseudo', 'pseudos',
  'visible', 'visibles', 'masqué', 'masquée', 'masqués', 'caché', 'cachée', 'flouté', 'floutée', 'changé',
  'changée', 'supprimé', 'supprimée', 'modifié', 'modifiée', 'bloqué', 'bloquée', 'banni', 'bannie', 'suspendu',
  'suspendue', 'différent', 'différente', 'inconnu', 'inconnue', 'anonyme', 'anonymes', 'complet', 'complète',
  'exact', 'exacte', 'actuel', 'actuelle', 'ancien', 'ancienne', 'nouveau', 'nouvelle', 'principal',
  'principale', 'secondaire', 'habituel', 'habituelle', 'similaire', 'identique', 'public', 'publique',
  'privé', 'privée', 'personnel', 'personnelle', 'officiel', 'officielle', 'vérifié', 'vérifiée', 'lié', 'liée',
  'hidden', 'blurred', 'changed', 'deleted', 'removed', 'unknown', 'new', 'old', 'same', 'different', 'current',
  'full', 'exact', 'redacted', 'banned', 'suspended', 'blocked', 'private', 'verified', 'linked', 'main',
  'original', 'fake', 'faux', 'fausse', 'fictif', 'fictive',
  'ai', 'as', 'avons', 'avez', 'va', 'vont', 'fait', 'dit', 'doit', 'peut', 'veut', 'ça', 'ca', 'c', 'j', 'qu',
  'chez', 'vers', 'depuis', 'après', 'avant', 'pendant', 'contre', 'entre', 'sous', 'selon', 'via', 'lors',
  'on', 'off', 'up', 'out', 'about', 'into', 'over', 'after', 'before', 'since', 'did', 'does', 'do', 'will',
  'would', 'can', 'could', 'should', 'my', 'your', 'our', 'me', 'him', 'them', 'we', 'you', 'i', 'any', 'all',
  'some', 'each', 'every', 'one', 'two', 'there', 'here', 'now', 'just', 'only', 'so', 'too', 'very',
  'called', 'named', 'appelé', 'appelée', 'nommé', 'nommée', 'account', 'accounts', 'compte', 'comptes',
  'user', 'users', 'profil', 'profile', 'group', 'groupe', 'server', 'serveur', 'channel', 'salon', 'admin', 'admins',
  'lien', 'liens', 'link', 'links', 'owner', 'modo', 'modos', 'mod', 'mods', 'moderator', 'moderators', 'membre', 'member', 'members', 'membres',
  // A platform's own service after its name ("Telegram : assistance", "Snapchat: support").
  'support', 'assistance', 'aide', 'help', 'helpdesk', 'team', 'équipe', 'equipe', 'staff',
  // What a form's label may hold instead of a name ("Client: Female, 29", "Victime : inconnue").
  'female', 'male', 'femme', 'homme', 'garçon', 'fille', 'adult', 'adulte', 'mineur', 'mineure', 'none', 'aucun', 'aucune',
  'non', 'oui', 'yes', 'n/a', 'nc', 'anonymous', 'withheld', 'confidential', 'confidentiel', 'confidentielle',
  // Irregular French verbs in the future and the conditional, which the frequency lists miss and a name
  // list may hold ("le dossier ira au parquet": Ira is a first name).
  'ira', 'iras', 'irai', 'irait', 'iraient', 'iront', 'irez', 'irons', 'sera', 'seront', 'serait', 'aura', 'auront', 'aurait', 'fera',
  'feront', 'ferait', 'pourra', 'pourront', 'pourrait', 'voudra', 'voudrait', 'devra', 'devrait', 'saura', 'viendra', 'verra', 'faudra',
])

/** Words that are never someone's name or a place, even with a capital after a cue. */
export const neverNames = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre',
  'decembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noel', 'paques', 'christmas', 'easter',
  'france', 'english', 'french', 'anglais', 'francais', 'year', 'trust', 'safety', 'point', 'contact', 'police',
  'gendarmerie', 'commissariat', 'justice', 'dieu', 'god', 'internet', 'web', 'ok', 'merci', 'bonjour', 'hello',
  'madame', 'monsieur', 'mademoiselle', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'miss', 'dr', 'docteur', 'maitre',
  // Continents and countries are places, but too wide to tell anyone ("anywhere in Europe", "from Scotland").
  'europe', 'afrique', 'africa', 'asie', 'asia', 'amerique', 'america', 'oceanie', 'oceania', 'england', 'angleterre',
  'scotland', 'ecosse', 'wales', 'ireland', 'irlande', 'belgique', 'belgium', 'suisse', 'switzerland', 'canada',
  'espagne', 'spain', 'italie', 'italy', 'allemagne', 'germany', 'maroc', 'morocco', 'algerie', 'algeria', 'tunisie',
  'tunisia', 'senegal', 'portugal',
])

/**
 * Helplines' and reporting services' own addresses, named bare (no path): public, they stay. Those the
 * app links to are read from src/content/links.ts (written once there); the others are services a note
 * may name that the app does not link to, here and abroad.
 */
export const publicDomains = new Set([
  ...linkList.map(link => new URL(link.url).hostname.replace(/^www\./u, '')),
  'e-enfance.org', 'arretonslesviolences.gouv.fr', 'cybertip.ca', 'needhelpnow.ca', 'revengepornhelpline.org.uk',
  'childline.org.uk', 'ceop.police.uk', 'report.iwf.org.uk', 'missingkids.org', 'childfocus.be',
])
