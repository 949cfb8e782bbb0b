/**
 * Small word lists the fuzz generators recombine into article-like text. Every entry is
 * invented for Dateline (names, places, outlets); the point is to reach the analysers'
 * rules (names, figures, dates, quotes, event verbs), not to be realistic prose.
 */

export const FIRST_NAMES = ['Anna', 'Tomas', 'Leila', 'Kwame', 'Ines', 'Piotr', 'Mei', 'Omar', 'Sofia', 'Yusuf', 'Aiko', 'Jean-Luc'];
export const LAST_NAMES = ['Berg', 'Reyes', 'Haddad', 'Mensah', 'Duarte', 'Nowak', 'Lin', 'Farouk', "O'Neill", 'al-Rashid', 'van der Berg', 'Kovalenko'];
export const TITLES = ['President', 'Prime Minister', 'Minister', 'General', 'Mayor', 'Dr.', 'Mr.', 'Ms.', 'spokeswoman', 'Interior Minister', 'Sheikh'];
export const ORGS = [
  'the United Nations', 'the Red Cross', 'the Harbour Authority', 'the Ministry of Health', 'NATO', 'Valdor City Council',
  'Hamas', 'the European Union', 'Norland Railways', 'the World Bank', 'the army', 'police',
];
export const PLACES = ['Gaza', 'Kyiv', 'Valdor', 'Norland', 'Estmark', 'Rio de Janeiro', 'Paris', 'Lagos', 'Halden', 'Khan Younis', 'the West Bank', 'Syria'];
export const SPEECH_VERBS = ['said', 'told reporters', 'warned', 'announced', 'added', 'denied', 'claimed', 'according to', 'said in a statement', 'insisted'];
export const EVENT_VERBS = [
  'attacked', 'met', 'arrested', 'killed', 'signed an agreement with', 'protested against', 'shelled', 'visited',
  'accused', 'condemned', 'negotiated with', 'threatened', 'sanctioned', 'did not meet', 'called for talks with',
];
export const FIGURES = [
  '3', '12', '40', '1,200', '43,500', '3.5 million', 'twenty-three', 'a hundred', 'a dozen', 'one hundred and five', 'two dozen',
  'hundreds', 'thousands', '0', '007', '99999999999999999999', '1.2.3', '12,34', '1,000,000,000,000', 'seventy - five',
];
export const QUALIFIERS = ['at least', 'more than', 'nearly', 'about', 'up to', 'fewer than', 'some', 'exactly', 'over', 'around'];
export const CASUALTY_WORDS = ['killed', 'wounded', 'injured', 'displaced', 'missing', 'arrested', 'abducted', 'dead', 'people were killed', 'civilians died'];
export const PEOPLE_NOUNS = ['people', 'civilians', 'children', 'soldiers', 'protesters', 'workers', 'passengers', 'residents', 'cattle'];
export const TIMES = [
  'on Tuesday', 'last week', '9 November 2023', 'Nov. 9', '2023-11-09', 'in March', 'yesterday', 'three days ago', 'at 10:30 a.m.',
  'every Monday', 'in the first quarter', 'the 1990s', 'this summer', 'Q3 2024', 'next month', 'on the 3rd', 'for two weeks',
  'since 2019', 'by the end of the year', 'on February 30', '31/02/2024', 'at 25:61', 'in 0000', 'the 45th day', 'twice a year',
  'Monday night', 'early on Sunday', 'in late 2022', 'last year', 'tomorrow', 'the day before', 'weekly', 'in 1066',
];
export const FILLER = [
  'the', 'a', 'and', 'of', 'in', 'on', 'after', 'before', 'while', 'that', 'it', 'was', 'were', 'has', 'had', 'will', 'not',
  'talks', 'strike', 'bridge', 'harbour', 'council', 'vote', 'fire', 'flood', 'ceasefire', 'budget', 'report', 'hospital',
  'the city', 'the government', 'a statement', 'officials', 'the region', 'near the border', 'the capital',
];
export const QUOTE_MARKS = ['"', '“', '”', '„', '«', '»', "''", "'", '’', '‘', '—', ' – '];
export const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '(', ')', '-', '—', '…', '...', '\n', '\n\n', ' ', '  ', '\t'];
export const DATELINES = ['GAZA CITY (Reuters) —', 'KYIV, Ukraine (AP) —', 'VALDOR —', 'Halden, 9 Nov (Nordpress) -', 'PARIS:', 'LAGOS (AFP) -', 'RIO DE JANEIRO, Nov. 9 —'];
/** Odd characters parsers tend to trip on: surrogates alone, joiners, controls, right-to-left text. */
export const ODD_CHARACTERS = ['\ud83d', '\ude00', '😀', '\u200b', '\ufeff', '\u00ad', '\u0000', '\u0007', '\r', '\u2028', 'ا', 'Ж', '中', 'é', 'e\u0301', '\u202e', '&amp;', '<', '>'];

export const OUTLETS = ['Valdor Gazette', 'Norland Post', 'The Harbour Times', 'Estmark Daily', 'Meridian Wire'];
export const HOSTS = ['gazette.example', 'www.norland-post.example', 'news.harbour.example', 'estmark.example.co.uk', 'localhost', '192.0.2.1', 'xn--bcher-kva.example'];
export const DATE_STRINGS = [
  '2024-11-08', '2024-11-08T10:00:00Z', '2024/11/08', '20241108', '20241108T100000Z', '2024-11', '2024', 'Fri, 08 Nov 2024 10:00:00 GMT',
  '8 November 2024', 'November 8, 2024', '8th of November 2024', '2024-13-45', '2024-02-30', '0000-00-00', '9999-99-99', 'Nov 8 24',
  'yesterday', '', ' ', 'T', '2024-1-1', '1 Jan 70', '31 Feb 2024', '2024-11-08T25:99:99+99:99', '-2024-01-01', '+002024-01-01',
];
