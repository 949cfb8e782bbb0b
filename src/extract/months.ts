/**
 * Month names of the languages news comes in, as pages and scraped text write them in
 * dates: one table for every date reader of the extract stage.
 */

/** Month names and abbreviations, lower case, without a trailing dot. */
export const MONTHS: Readonly<Record<string, number>> = {
  // English
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
  sept: 9, oct: 10, nov: 11, dec: 12,
  // German
  januar: 1, jänner: 1, jaenner: 1, februar: 2, feber: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7,
  oktober: 10, dezember: 12, mär: 3, okt: 10, dez: 12,
  // French
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9,
  octobre: 10, novembre: 11, décembre: 12, decembre: 12, janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7, déc: 12,
  // Spanish
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9,
  setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, ene: 1, abr: 4, ago: 8, dic: 12,
  // Italian
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10,
  dicembre: 12, gen: 1, mag: 5, giu: 6, lug: 7, set: 9, ott: 10,
  // Portuguese
  janeiro: 1, fevereiro: 2, março: 3, marco: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10,
  novembro: 11, dezembro: 12, fev: 2, out: 10,
  // Dutch
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8, mrt: 3,
  // Swedish, Danish, Norwegian (those not already above)
  augusti: 8, marts: 3,
  // Polish (nominative and genitive)
  styczeń: 1, stycznia: 1, luty: 2, lutego: 2, marzec: 3, marca: 3, kwiecień: 4, kwietnia: 4, maj: 5,
  maja: 5, czerwiec: 6, czerwca: 6, lipiec: 7, lipca: 7, sierpień: 8, sierpnia: 8, wrzesień: 9,
  września: 9, październik: 10, października: 10, listopad: 11, listopada: 11, grudzień: 12, grudnia: 12,
  // Russian (nominative and genitive)
  январь: 1, января: 1, февраль: 2, февраля: 2, март: 3, марта: 3, апрель: 4, апреля: 4, мая: 5, июнь: 6,
  июня: 6, июль: 7, июля: 7, август: 8, августа: 8, сентябрь: 9, сентября: 9, октябрь: 10, октября: 10,
  ноябрь: 11, ноября: 11, декабрь: 12, декабря: 12,
  // Turkish
  ocak: 1, şubat: 2, mart: 3, nisan: 4, mayıs: 5, haziran: 6, temmuz: 7, ağustos: 8, eylül: 9, ekim: 10,
  kasım: 11, aralık: 12,
};

// A Map, not the object itself, so that words like "constructor" are not months.
const MONTH_LOOKUP: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));

/** 1-12 for a month name or abbreviation of the table ("Nov", "novembre", "Nov."), else null. */
export function monthNumber(word: string): number | null {
  return MONTH_LOOKUP.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}
