/**
 * The cue words of entity recognition: titles, organisation and place heads, words that
 * open a sentence or name a day but never a thing. Lower case; compiled once into sets.
 */

/** Nouns of office and honorifics: a capitalised name after them is a person. */
const TITLE_NOUNS = [
  'president', 'minister', 'secretary', 'secretary-general', 'ambassador', 'chairman', 'chairwoman', 'chairperson',
  'chief', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'ayatollah',
  'governor', 'mayor', 'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'mr.', 'mrs.',
  'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'gen.', 'general', 'col.', 'colonel', 'lt.', 'lieutenant', 'captain',
  'capt.', 'major', 'maj.', 'sergeant', 'sgt.', 'admiral', 'adm.', 'marshal', 'commander', 'leader', 'premier',
  'chancellor', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'judge', 'justice', 'director',
  'imam', 'rabbi', 'bishop', 'archbishop', 'reverend', 'rev.', 'mullah', 'coach', 'manager', 'officer', 'head',
  'prosecutor', 'attorney', 'lawmaker', 'mp', 'ceo', 'chairman', 'vice-president', 'counsellor', 'adviser',
  'advisor', 'diplomat', 'negotiator', 'commissioner', 'inspector', 'professor', 'prof.', 'sir', 'dame', 'lord',
  'lady', 'saint', 'st.', 'father', 'sister', 'brother', 'president-elect', 'emperor', 'empress', 'tsar', 'czar',
  'tsarina', 'duchess', 'archduke', 'baron', 'baroness', 'countess', 'pharaoh', 'caliph', 'administrator', 'madame',
  'mademoiselle', 'monsieur',
] as const;

/** Offices that may follow a portfolio or party inside a run of capitals ("Telecommunications Minister", "Conservative MP"). */
const OFFICES = [
  'minister', 'secretary', 'president', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'governor', 'mayor', 'senator', 'mp', 'ceo', 'director', 'commissioner', 'administrator',
] as const;

/** Words that may stand before a title noun inside a title ("Foreign Ministry Spokesperson", "Deputy Prime Minister"). */
const TITLE_MODIFIERS = [
  'prime', 'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'justice', 'economy', 'trade',
  'energy', 'education', 'deputy', 'vice', 'acting', 'former', 'ex', 'first', 'general', 'permanent', 'chief',
  'executive', 'supreme', 'grand', 'senior', 'state', 'ministry', 'minister', 'secretary', 'affairs', 'of', 'the',
  'for', 'and', 'us', 'u.s.', 'un', 'u.n.', 'white', 'house', 'national', 'security', 'press', 'special', 'crown',
  'army', 'military', 'police', 'high', 'lord', 'opposition', 'party', 'labour', 'labor', 'rights', 'human',
] as const;

/** Last words of organisation names. */
const ORG_HEADS = [
  'ministry', 'council', 'party', 'corp', 'corp.', 'corporation', 'company', 'co', 'co.', 'inc', 'inc.', 'ltd',
  'ltd.', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'nv', 'university', 'court', 'army', 'authority', 'agency', 'bank',
  'group', 'association', 'union', 'committee', 'commission', 'organization', 'organisation', 'federation',
  'institute', 'forces', 'force', 'front', 'movement', 'brigade', 'brigades', 'police', 'service', 'services',
  'department', 'office', 'assembly', 'parliament', 'government', 'board', 'bureau', 'fund', 'program',
  'programme', 'tribunal', 'senate', 'congress', 'league', 'alliance', 'network', 'center', 'centre',
  'foundation', 'society', 'cabinet', 'guard', 'militia', 'navy', 'command', 'corps', 'administration',
  'secretariat', 'church', 'school', 'college', 'academy', 'club', 'airlines', 'airways', 'news', 'times', 'post',
  'radio', 'television', 'tv', 'agency', 'exchange', 'holdings', 'industries', 'motors', 'systems', 'technologies',
  'group', 'trust', 'partners', 'partnership', 'brothers', 'incorporated', 'capital', 'securities', 'bancorp', 'insurance', 'energy', 'oil', 'petroleum',
  'telecom', 'communications', 'pharmaceuticals', 'media', 'press', 'journal', 'herald', 'gazette', 'tribune',
  'daily', 'magazine', 'channel', 'hospital', 'institution', 'council', 'directorate', 'caucus', 'coalition',
  'jihad', 'brotherhood', 'taliban', 'hezbollah', 'fc', 'united', 'rovers', 'wanderers', 'athletic', 'city',
  'newsroom', 'newsdesk', 'desk',
] as const;

/** Legal forms that end a company's name ("Corp", "Inc.", "Plc"). */
const LEGAL_FORMS = ['corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'ag', 'sa', 'nv', 'gmbh', 'bhd', 'spa', 'pty'] as const;

/** First words of organisation names ("Ministry of Health", "Bank of England"). */
const ORG_OPENERS = ['ministry', 'university', 'bank', 'department', 'office', 'council', 'court', 'federation', 'union', 'institute', 'organization', 'organisation', 'house', 'league', 'party', 'church', 'board', 'commission', 'committee'] as const;

/** Last words of place names that are not states ("Gaza Strip", "Jordan River"). */
const LOC_HEADS = [
  'strip', 'river', 'mountains', 'mountain', 'mount', 'mt.', 'sea', 'ocean', 'valley', 'island', 'islands', 'lake',
  'desert', 'gulf', 'bay', 'peninsula', 'coast', 'heights', 'canal', 'plateau', 'basin', 'hills', 'delta',
  'straits', 'strait', 'channel', 'region', 'province', 'district', 'county', 'state', 'governorate', 'square',
  'street', 'avenue', 'road', 'airport', 'port', 'crossing', 'camp', 'border', 'stadium', 'ground', 'oval', 'bridge',
  'tunnel', 'cemetery', 'station', 'tower', 'towers', 'planetarium', 'mosque', 'cathedral', 'temple', 'palace', 'castle', 'base',
] as const;

/** Last words of the names of events, competitions, prizes and agreements ("World Cup", "Zimbabwe Open", "Warsaw Pact"). */
const EVENT_HEADS = [
  'cup', 'cups', 'open', 'series', 'prize', 'prizes', 'trophy', 'shield', 'classic', 'championship', 'championships',
  'games', 'olympics', 'paralympics', 'olympiad', 'prix', 'tournament', 'pact', 'convention', 'treaty', 'accord', 'accords',
  'marathon', 'festival', 'award', 'awards', 'medal', 'act', 'war',
] as const;

/** Compass words that make one place with the known place after them ("Central Asia", "Northern Ireland"). */
const DIRECTIONS = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upper', 'lower',
] as const;

/** Nouns of settlements and areas: "the town of X", "the X area" make X a place. */
const PLACE_NOUNS = ['town', 'city', 'village', 'province', 'region', 'district', 'area', 'suburb', 'port', 'capital', 'state', 'island', 'county', 'municipality', 'settlement'] as const;

/**
 * Words before "to" that make it a preposition of motion ("flew to X", "the road to X"); after others it is as often
 * dative ("talked to X", "posted to X", "letters to X").
 */
const MOTION_WORDS = [
  'go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'came', 'coming', 'fly', 'flew', 'flown', 'flying', 'flights',
  'flight', 'travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling', 'move', 'moved', 'moves', 'moving',
  'return', 'returned', 'returns', 'returning', 'fled', 'flee', 'fleeing', 'head', 'headed', 'heading', 'sail', 'sailed',
  'drove', 'drive', 'driven', 'deported', 'emigrated', 'relocated', 'trip', 'trips', 'visit', 'visits', 'journey',
  'route', 'road', 'way', 'back', 'ferry', 'train', 'trains', 'bus', 'transferred', 'expelled', 'exiled', 'evacuated',
  'migrated', 'extradited', 'sent', 'shipped', 'exported', 'exports', 'imports', 'border', 'next', 'close', 'closer',
  'near', 'adjacent', 'south', 'north', 'east', 'west', 'neighbouring', 'neighboring', 'from',
] as const;

/** Prepositions after which a capitalised word is most often a place. */
const PLACE_CUES = ['in', 'from', 'near', 'at', 'to', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'throughout', 'around'] as const;

/** Words after a name that make it a company: "Ahold shares", "Barrick 's stock". */
const COMPANY_AFTER = ['shares', 'share', 'stock', 'stocks', 'shareholders', 'stockholders', 'subsidiary', 'unit'] as const;
/** Words before "of" or "in" and a name that make it a company: "shares of Newmont", "a stake in Barrick". */
const COMPANY_BEFORE = ['shares', 'stock', 'stake', 'stakes', 'shareholders', 'subsidiary', 'unit', 'holding'] as const;

/** Head nouns of an apposition that make the name before it an organisation: "X , one of the largest banks in Latvia ,". */
const ORG_APPOSITION_NOUNS = [
  'company', 'companies', 'manufacturer', 'bank', 'banks', 'firm', 'firms', 'group', 'insurer', 'airline', 'retailer',
  'conglomerate', 'brokerage', 'lender', 'subsidiary', 'utility', 'refiner', 'chain', 'club', 'newspaper',
] as const;

/**
 * Head nouns that name an organisation only when the apposition ranks it ("the world 's second-largest nickel producer"):
 * alone they may be a person's trade ("a former miner", "the film 's producer").
 */
const RANKED_ORG_NOUNS = ['producer', 'producers', 'maker', 'makers', 'miner', 'exporter', 'importer', 'supplier', 'operator', 'developer', 'carrier'] as const;

/** Nouns for people that name the person right after them: "defender Dimas", "his wife , Peggy", "accomplice Frederick". */
const PERSON_NOUNS = [
  'defender', 'striker', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'forward', 'fullback', 'skipper', 'batsman',
  'bowler', 'quarterback', 'pitcher', 'jockey', 'trainer', 'wife', 'husband', 'son', 'daughter', 'mother', 'widow',
  'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'accomplice', 'suspect', 'victim', 'colleague', 'teammate', 'compatriot',
  'rival', 'opponent', 'partner', 'nicknamed', 'named', 'dubbed',
] as const;

/**
 * Nouns of works and craft that name the title right after them: "the film X", "her novel X", "the ship X". Not nouns
 * that are verbs as often ("play", "show", "book"): "to play X".
 */
const WORK_NOUNS = [
  'film', 'films', 'movie', 'novel', 'novella', 'song', 'album', 'series', 'sitcom', 'opera', 'operetta', 'symphony',
  'poem', 'musical', 'documentary', 'painting', 'memoir', 'memoirs', 'essay', 'ballet', 'drama', 'miniseries',
  'anthology', 'cantata', 'oratorio', 'website', 'browser', 'spacecraft', 'shuttle', 'ship', 'vessel', 'frigate',
  'destroyer', 'tanker', 'satellite', 'probe', 'telescope', 'sculpture', 'novels', 'songs', 'albums', 'poems',
] as const;

/**
 * Nouns of works that are verbs or everyday nouns as often ("to play X", "book X a room"): they name the title after
 * them only after an article or a possessive ("his book X", "the play X", "her comedy X").
 */
const DETERMINED_WORK_NOUNS = [
  'book', 'books', 'play', 'plays', 'show', 'comedy', 'thriller', 'story', 'column', 'blog', 'site', 'podcast', 'game',
  'project', 'dissertation', 'thesis', 'vehicle', 'script', 'sequel', 'prequel', 'track', 'single',
] as const;

/** Words before or after a name that make it a newspaper or broadcaster: "the daily El Mundo", "La Stampa newspaper". */
const PRESS_NOUNS = ['daily', 'newspaper', 'news', 'weekly', 'magazine', 'tabloid', 'paper', 'broadcaster', 'network'] as const;

/** Nouns after a name that make it a prize: "the Nobel award", "a Pulitzer laureate". */
const PRIZE_NOUNS = ['award', 'awards', 'laureate', 'laureates', 'prize', 'prizes', 'medal', 'medals'] as const;

/** Verbs of saying after which a capitalised word is most often a person. */
const SPEECH_VERBS = ['said', 'says', 'told', 'added', 'wrote', 'asked', 'stated', 'explained', 'noted', 'stressed', 'urged', 'warned'] as const;

/** Capitalised words that name no entity on their own: they open sentences or name times. */
const NEVER_ALONE = [
  'the', 'a', 'an', 'however', 'but', 'and', 'or', 'if', 'in', 'on', 'at', 'for', 'from', 'to', 'of', 'by', 'with',
  'as', 'after', 'before', 'while', 'when', 'where', 'what', 'why', 'how', 'who', 'which', 'this', 'that', 'these',
  'those', 'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'meanwhile', 'also', 'according', 'since', 'during', 'despite', 'although', 'though', 'yet', 'so', 'then',
  'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'last', 'next', 'some', 'many', 'most',
  'all', 'both', 'each', 'every', 'no', 'not', 'one', 'two', 'three', 'several', 'other', 'another', 'such',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.',
  'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'gmt', 'utc',
  'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'bst', 'cet', 'christmas', 'easter',
  'am', 'pm', 'a.m.', 'p.m.', 'mr.', 'mrs.', 'ms.', 'dr.', 'read', 'more', 'photo', 'video', 'update', 'updated',
  'breaking', 'exclusive', 'advertisement', 'please', 'yes', 'oh', 'thanks', 'thank', 'dear', 'following',
] as const;

/** Initialisms of everyday things and ranks, no names: "a DNA test", "on TV", "the CEO", "a PhD" (compared without dots, singular). */
const EVERYDAY_ABBREVIATIONS = [
  'dna', 'rna', 'tv', 'iq', 'ok', 'vip', 'phd', 'ceo', 'cfo', 'coo', 'cto', 'gdp', 'gnp', 'cd', 'dvd', 'pc', 'usb', 'sms',
  'faq', 'atm', 'ufo', 'gps', 'lcd', 'led', 'pdf', 'url', 'ipo', 'suv', 'rpm', 'mph', 'rbi', 'era', 'mvp', 'rov', 'diy',
  'ad', 'bc', 'bce', 'ce',
] as const;

/** Name particles that stay lower case inside a name ("Osama bin Laden", "Ludwig van Beethoven"). */
const PARTICLES = ['bin', 'ibn', 'bint', 'al', 'el', 'de', 'del', 'della', 'da', 'di', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ter', 'abu', 'bint', 'y'] as const;

/** Connectors that join capitalised words into one name only when a capitalised word follows. */
const CONNECTORS = ['of', 'for', 'the', 'on', 'and', '&'] as const;

/** Surname endings that mark a person when nothing else decides. */
export const PERSON_ENDINGS = /(?:ov|ova|ev|eva|sky|ski|skaya|enko|vich|ovic|ić|ic|escu|vili|yan|ian|poulos|son|sen|ez|ini|elli|etti|ucci|berg|stein|mann|wicz|uk|yk)$/;
/** Place-name endings that mark a place when nothing else decides. */
export const PLACE_ENDINGS = /(?:stan|land|burg|bourg|ville|polis|grad|abad|pur|shire|ia)$/;

export const titleNouns: ReadonlySet<string> = new Set(TITLE_NOUNS);
export const titleModifiers: ReadonlySet<string> = new Set(TITLE_MODIFIERS);
export const offices: ReadonlySet<string> = new Set(OFFICES);
export const orgHeads: ReadonlySet<string> = new Set(ORG_HEADS);
export const legalForms: ReadonlySet<string> = new Set(LEGAL_FORMS);
export const orgOpeners: ReadonlySet<string> = new Set(ORG_OPENERS);
export const locHeads: ReadonlySet<string> = new Set(LOC_HEADS);
export const eventHeads: ReadonlySet<string> = new Set(EVENT_HEADS);
export const directions: ReadonlySet<string> = new Set(DIRECTIONS);
export const placeNouns: ReadonlySet<string> = new Set(PLACE_NOUNS);
export const placeCues: ReadonlySet<string> = new Set(PLACE_CUES);
export const motionWords: ReadonlySet<string> = new Set(MOTION_WORDS);
export const companyAfter: ReadonlySet<string> = new Set(COMPANY_AFTER);
export const orgAppositionNouns: ReadonlySet<string> = new Set(ORG_APPOSITION_NOUNS);
export const rankedOrgNouns: ReadonlySet<string> = new Set(RANKED_ORG_NOUNS);
export const companyBefore: ReadonlySet<string> = new Set(COMPANY_BEFORE);
export const speechVerbs: ReadonlySet<string> = new Set(SPEECH_VERBS);
export const personNouns: ReadonlySet<string> = new Set(PERSON_NOUNS);
export const pressNouns: ReadonlySet<string> = new Set(PRESS_NOUNS);
export const workNouns: ReadonlySet<string> = new Set(WORK_NOUNS);
export const determinedWorkNouns: ReadonlySet<string> = new Set(DETERMINED_WORK_NOUNS);
/** Articles and possessives: "the", "his", "'s". */
export const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', "'s", '’s']);
export const prizeNouns: ReadonlySet<string> = new Set(PRIZE_NOUNS);
/** Generational suffixes after a surname: not part of the name as it is compared ("John Mills Jr" is Mills). */
export const generational: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.']);
export const neverAlone: ReadonlySet<string> = new Set(NEVER_ALONE);
export const everydayAbbreviations: ReadonlySet<string> = new Set(EVERYDAY_ABBREVIATIONS);
export const particles: ReadonlySet<string> = new Set(PARTICLES);
export const connectors: ReadonlySet<string> = new Set(CONNECTORS);
/** Honorifics are cues, not roles: "Mr. Smith" has no role "Mr.". */
export const honorifics: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'sir', 'dame', 'prof.']);
