// What the gazetteer build (build-gazetteer.mjs) and its check (check-gazetteer.mjs) must read alike: how a name is
// compared, and which country a Phoenix code stands for.

/** A name as compared: accents, case, dots, underscores and spacing folded ("VLADIMIR_V._PUTIN" -> "vladimir v putin"). */
export const keyOf = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[._]/g, ' ').replace(/\s+/g, ' ').trim();

// Phoenix country codes that are not ISO 3166-1 alpha-3: Kosovo (World Bank code, "UNK" in world-countries),
// and "ANG" written for Angola in one MilNonState entry (UNITA).
const CODE_ALIASES = { KSV: 'UNK', ANG: 'AGO' };

/** The ISO 3166-1 alpha-3 country a Phoenix code starts with ("RUSGOV" -> "RUS", "KSVUNO" -> "UNK"). */
export const isoOf = (code) => {
  const cc = code.slice(0, 3).toUpperCase();
  return CODE_ALIASES[cc] ?? cc;
};
