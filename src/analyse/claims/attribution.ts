/**
 * The source of a figure as a comparable name: "the Ministry of Health in Gaza" and
 * "Gaza's Ministry of Health" both become "Gaza Ministry of Health", so figures from
 * the same source group together across outlets.
 */

const BODY_IN_PLACE = /^(?:[Tt]he\s+)?((?:Health\s+)?(?:Ministry|Department|Office|Authority|Authorities|Directorate|Council|Agency)\b.*?)\s+in\s+((?:the\s+)?[A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)$/u;
const PLACE_POSSESSIVE = /^(?:[Tt]he\s+)?([A-Z][\p{L}-]*(?:\s+[A-Z][\p{L}-]*)*)[’']s\s+((?:Health\s+)?(?:Ministry|Department|Office|Authority|Directorate)\b.*)$/u;

export function canonicalAttribution(written: string): string {
  const text = written.replace(/\s+/g, ' ').trim();
  const inPlace = BODY_IN_PLACE.exec(text);
  if (inPlace) return `${inPlace[2].replace(/^the\s+/, '')} ${inPlace[1]}`;
  const possessive = PLACE_POSSESSIVE.exec(text);
  if (possessive) return `${possessive[1]} ${possessive[2]}`;
  return text;
}
