/**
 * The cue lexicon: words that attribute what follows or precedes them to a source.
 * PolNeAR-style attribution counts beliefs, findings and intentions as well as speech,
 * so "believes", "found" and "wants" are cues too. Forms are listed, not inflected by
 * rule: English irregulars make a generator longer than the list.
 */
import { STANCE_PHRASES, STANCE_VERBS } from './data/stance-verbs.js';

/** Lemma -> surface forms. */
export const SPEECH_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added', 'adding'],
  note: ['note', 'notes', 'noted', 'noting'],
  write: ['write', 'writes', 'wrote', 'writing'],
  report: ['report', 'reports', 'reported', 'reporting'],
  announce: ['announce', 'announces', 'announced', 'announcing'],
  warn: ['warn', 'warns', 'warned', 'warning'],
  // Not "states": in political news it is the noun far more often ("18 states support the rule").
  state: ['stated', 'stating'],
  explain: ['explain', 'explains', 'explained', 'explaining'],
  insist: ['insist', 'insists', 'insisted', 'insisting'],
  argue: ['argue', 'argues', 'argued', 'arguing'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  ask: ['ask', 'asks', 'asked', 'asking'],
  declare: ['declare', 'declares', 'declared', 'declaring'],
  stress: ['stresses', 'stressed', 'stressing'],
  confirm: ['confirm', 'confirms', 'confirmed', 'confirming'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  suggest: ['suggest', 'suggests', 'suggested', 'suggesting'],
  believe: ['believe', 'believes', 'believed'],
  think: ['thinks'],
  urge: ['urge', 'urges', 'urged', 'urging'],
  pledge: ['pledge', 'pledges', 'pledged', 'pledging'],
  promise: ['promises', 'promised', 'promising'],
  vow: ['vow', 'vows', 'vowed', 'vowing'],
  recall: ['recalls', 'recalled', 'recalling'],
  emphasise: ['emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasises', 'emphasised', 'emphasising'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  conclude: ['concludes', 'concluded', 'concluding'],
  predict: ['predict', 'predicts', 'predicted', 'predicting'],
  estimate: ['estimate', 'estimates', 'estimated'],
  reveal: ['reveals', 'revealed', 'revealing'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  complain: ['complain', 'complains', 'complained', 'complaining'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  respond: ['responded', 'responding'],
  reply: ['replied', 'replies', 'replying'],
  mention: ['mentions', 'mentioned', 'mentioning'],
  observe: ['observes', 'observed'],
  remark: ['remarked'],
  counter: ['countered'],
  allege: ['allege', 'alleges', 'alleged', 'alleging'],
  contend: ['contend', 'contends', 'contended', 'contending'],
  maintain: ['maintains', 'maintained'],
  assert: ['assert', 'asserts', 'asserted', 'asserting'],
  concede: ['concede', 'concedes', 'conceded', 'conceding'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  indicate: ['indicate', 'indicates', 'indicated', 'indicating'],
  show: ['show', 'shows', 'showed', 'showing', 'shown'],
  find: ['found', 'finds'],
  accuse: ['accuse', 'accuses', 'accused', 'accusing'],
  criticise: ['criticize', 'criticise', 'criticized', 'criticised', 'criticizes', 'criticises', 'criticizing', 'criticising'],
  expect: ['expects'],
  hope: ['hopes'],
  fear: ['fears', 'feared'],
  boast: ['boasted', 'boasts'],
  joke: ['joked', 'jokes'],
  demand: ['demand', 'demands', 'demanded', 'demanding'],
  propose: ['proposes', 'proposed'],
  assure: ['assured', 'assures'],
  inform: ['informed', 'informs'],
  remind: ['reminded', 'reminds'],
  continue: ['continued', 'continues'],
  call: ['called', 'calls', 'calling'],
  describe: ['described', 'describes'],
  agree: ['agreed', 'agrees'],
  want: ['wants', 'wanted'],
  plan: ['plans'],
  cite: ['cited', 'cites', 'citing'],
  shout: ['shout', 'shouts', 'shouted', 'shouting'],
  yell: ['yell', 'yells', 'yelled', 'yelling'],
  scream: ['screams', 'screamed', 'screaming'],
  exclaim: ['exclaims', 'exclaimed'],
};

/** Cues of more than one word, matched as written (case-insensitive). */
export const PHRASE_CUES: readonly string[] = ['pointed out', 'points out', 'pointing out', 'went on', 'goes on', 'called for', 'called on', 'calls for', 'calls on', ...STANCE_PHRASES.map((p) => p.phrase)];

/**
 * Words after a cue that make it something else: a byline ("Additional reporting by", "Davis
 * reported from Hawaii"), a phrasal verb ("showed up", "called in to the show", "went on to win"), a fall in number ("declined by").
 */
export const NOT_CUE_BEFORE: Readonly<Record<string, readonly string[]>> = {
  report: ['by', 'from'],
  show: ['up'],
  call: ['in', 'into', 'off'],
  'went on': ['to'],
  'goes on': ['to'],
  // "found ways to cut costs", "found himself in court": a means or a plight come upon, not a finding.
  find: ['ways', 'way', 'himself', 'herself', 'itself', 'themselves'],
  // "up 5 percent compared with last year": a comparison of figures, not a view; "compared the referee to a warden" keeps its object first.
  compare: ['with', 'to'],
  // A quantity going down ("the rate would decline by four points", "support has declined slightly from 58 percent"), not a refusal.
  decline: ['by', 'from', 'slightly', 'sharply', 'steadily', 'steeply', 'significantly', 'further', 'in'],
};

/**
 * Cue forms that attribute only before one of the words listed: "committed to cutting emissions" is a pledge, while
 * "committed $5 million", "committed a crime" and "committed troops to the mission" are acts with no view in them.
 */
export const CUE_ONLY_BEFORE: Readonly<Record<string, readonly string[]>> = {
  committed: ['to', 'himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'that'],
};

/** Verbs whose hearer comes between the cue and the content: "told reporters that ...". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(['tell', 'ask', 'assure', 'inform', 'remind', 'urge', 'warn', 'promise', 'accuse', 'call']);

/** Cues that only attribute next to quotation marks or a colon ("he continued: ..."), never a bare clause. */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(['continue']);

/** Cues that may come before their speaker: `"...," said Caddell`. */
export const INVERTIBLE_VERBS: ReadonlySet<string> = new Set([
  'say', 'add', 'tell', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'declare', 'insist', 'warn', 'report', 'announce',
  'reply', 'respond', 'conclude', 'joke', 'boast', 'argue', 'claim', 'stress', 'emphasise', 'observe', 'remark', 'counter', 'confirm',
  'acknowledge', 'concede', 'caution', 'predict', 'tweet', 'admit', 'complain', 'testify', 'promise', 'vow', 'suggest', 'assert', 'contend',
  'shout', 'yell', 'scream', 'exclaim',
]);

/**
 * Cues whose quotation right after them is the subject's own words even inside another
 * attribution's content: `Abbas expressed "readiness to ...," his office said`.
 */
export const NESTED_QUOTATION_VERBS: ReadonlySet<string> = new Set([
  // Verbs of intention, belief and evidence are left out: `they want "justice"` quotes a slogan, not what they said there.
  ...Object.keys(SPEECH_VERBS).filter((lemma) => !['want', 'plan', 'hope', 'expect', 'fear', 'believe', 'think', 'show', 'find', 'indicate', 'estimate'].includes(lemma)),
  'express', 'reiterate', 'reaffirm', 'echo', 'voice', 'convey',
]);

/** Words that end the speaker phrase when read backwards from the cue: "and", a preceding clause. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'while', 'as', 'so', 'because', 'when', 'although', 'though', 'yet', 'since', 'if', 'whereas', 'that', 'where', 'after', 'before', 'meanwhile', 'however', 'also',
]);

/**
 * Words that open an adjunct set before a clause's subject and closed by a comma: a preposition ("On Thursday,", "In a
 * statement,", "According to the poll,"), a subordinator ("When the vote failed,"), a time word ("Last week,",
 * "Yesterday,") or a sentence adverb ("Recently,", "However,"). The subject comes after the comma, so its words are no
 * source. One list for the three places that skip such an opening to find a subject (the pronoun's antecedent in
 * speaker.ts, the head of a cue after "and" in frame.ts, the subject-verb rule): they had three lists that differed by
 * accident, not by design. Each caller keeps its own test of where the adjunct ends (a comma before a name, a comma
 * within a few words).
 */
export const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([
  // prepositions
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'for', 'from', 'by', 'under', 'over', 'since', 'until', 'throughout', 'within',
  'across', 'around', 'among', 'amid', 'like', 'without', 'despite', 'following', 'according',
  // subordinators
  'as', 'once', 'when', 'while', 'if', 'because', 'although', 'though', 'unless',
  // time words
  'last', 'this', 'these', 'earlier', 'later', 'late', 'early', 'yesterday', 'today',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // sentence adverbs
  'recently', 'previously', 'meanwhile', 'separately', 'additionally', 'finally', 'eventually', 'initially', 'ultimately', 'similarly',
  'instead', 'however', 'indeed', 'now', 'then',
]);

/**
 * Quantifiers that stand for people on their own or before "of whom": "many of whom say", "Some argue", "Half said".
 * One list for both uses in frame.ts and the subject-verb rule's common-noun subjects ("Several senators").
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set([
  'many', 'most', 'some', 'all', 'none', 'several', 'few', 'both', 'one', 'two', 'three', 'four', 'five', 'half', 'dozens', 'hundreds', 'thousands',
]);

/** Words between a speaker and its cue that are not part of the speaker: "he also said", "has repeatedly said". */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'earlier', 'repeatedly', 'often', 'once', 'recently', 'has', 'was', 'is', 'were', 'are', 'been', 'reportedly', 'further', 'again', 'first', 'publicly', 'privately', 'openly', 'already', 'did', 'does', 'do', 'would', 'will', 'may', 'might', 'could', 'can', 'not', 'never', 'always', 'even', 'still', 'just', 'only', 'now', 'frequently', 'quickly', 'flatly', 'explicitly', 'bluntly', 'simply', 'however', 'too', 'immediately', 'long', "n't", 'n’t', 'cannot',
]);

/**
 * Contracted auxiliaries written as their own token: "He’s claiming", "She'll argue", "They’ve said". After a pronoun they
 * are the auxiliary of the cue, not a possessive ("Trump's claims" is a noun phrase, so a name before them does not count).
 */
const CONTRACTED_AUXILIARY = /^[’'](s|re|ve|d|ll|m)$/i;
const CONTRACTING_PRONOUN = /^(he|she|it|i|we|you|they|who|that)$/i;

/** Whether token `at` of `words` is an auxiliary contracted onto the pronoun before it ("he" + "’s"). */
export function isContractedAuxiliary(words: readonly { text: string }[], at: number): boolean {
  return at >= 1 && CONTRACTED_AUXILIARY.test(words[at].text) && CONTRACTING_PRONOUN.test(words[at - 1].text);
}

/** Lower-case words in -ly that are nouns or adjectives, not manner adverbs: "the family said". */
const NOT_ADVERBS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'supply', 'anomaly', 'monopoly', 'rally', 'daily', 'weekly', 'monthly', 'early', 'only', 'fly', 'july', 'italy', 'holy', 'ugly', 'lonely', 'elderly', 'friendly']);

/** Words between a speaker and its cue: an auxiliary ("has also said") or a manner adverb ("forcefully told"). */
export function isCueModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return CUE_AUXILIARIES.has(lower) || (/^[a-z]{2,}ly$/.test(word) && !NOT_ADVERBS.has(lower));
}

/** Cues of stance that only lead their content ("Trump questioned the count"); a clause before them is not theirs. */
export const LEADING_ONLY_VERBS: ReadonlySet<string> = new Set([
  // "..., the Post has learned.": a newsroom's finding closes its clause as a speech verb does.
  ...STANCE_VERBS.map((v) => v.lemma).filter((lemma) => !(lemma in SPEECH_VERBS) && lemma !== 'learn'),
  // Verbs of intention and of acts on an object never close a clause: "the campaign plans to ..., a spokesman said".
  'want', 'plan', 'expect', 'hope', 'call', 'cite', 'describe', 'criticise', 'accuse',
  ...STANCE_PHRASES.map((p) => p.phrase),
]);

/** Forms of "be" that make a past participle passive: "was endorsed by", "have been charged with". */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', "'s", '’s']);

const FORM_TO_LEMMA = new Map<string, string>();
for (const [lemma, forms] of Object.entries(SPEECH_VERBS)) for (const form of forms) FORM_TO_LEMMA.set(form, lemma);
for (const { lemma, forms } of STANCE_VERBS) for (const form of forms) if (!FORM_TO_LEMMA.has(form)) FORM_TO_LEMMA.set(form, lemma);

/** The lemma of a cue form ("said" -> "say"), or null when the word is not a cue. */
export function cueLemma(word: string): string | null {
  return FORM_TO_LEMMA.get(word.toLowerCase()) ?? null;
}
