/**
 * Bytes to text. Order of evidence: byte-order mark, then a declared charset (HTTP
 * header, `<meta charset>` / `http-equiv`, XML prolog), then — when nothing is declared
 * — UTF-8 if the bytes are valid UTF-8, else a guess. Every guess or repair is written
 * into the document's warnings so a reader of the output can tell.
 */
import { isUtf8 as isValidUtf8 } from 'node:buffer';
import chardet from 'chardet';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

/** WHATWG prescans 1024 bytes; real pages often declare later, after long scripts in <head>. */
const PRESCAN_BYTES = 8192;
/** chardet is slow on large inputs and its statistics settle long before this. */
const GUESS_SAMPLE_BYTES = 256 * 1024;
/** Latin-1 never comes out of a guess: windows-1252 is its superset and has the curly quotes. */
const GUESS_FALLBACK = 'windows-1252';

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE' },
];

const DECLARED_RESULTS: ReadonlySet<ResultType> = new Set([
  ResultType.PASSED,
  ResultType.META_TAG,
  ResultType.XML_ENCODING,
  ResultType.XML_PREFIX,
]);

export interface DecodedText {
  text: string;
  /** The encoding the text was decoded with (WHATWG name). */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** Charset from the transport (the `charset=` of an HTTP Content-Type). */
  declaredCharset?: string | null;
  /** Look for `<meta charset>` and an XML prolog (HTML, feeds); plain text has neither. */
  markup?: boolean;
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return bom === 'UTF-8' ? decodeDeclaredUtf8(bytes, 'UTF-8') : plain(new TextDecoder(bom).decode(bytes), bom);

  const declared = declaredEncoding(bytes, options);
  if (declared) {
    if (isUtf8(declared)) return decodeDeclaredUtf8(bytes, declared);
    // A page labelled with a legacy charset whose bytes are valid, non-ASCII UTF-8 was
    // almost surely saved as UTF-8 and mislabelled: no legacy text forms such sequences by chance.
    if (!isUtf16(declared) && hasHighBytes(bytes)) {
      const utf8 = strictUtf8(bytes);
      if (utf8 !== null) {
        return {
          text: utf8,
          encoding: 'UTF-8',
          warnings: [`declared charset ${declared} but the bytes are valid UTF-8; decoded as UTF-8`],
        };
      }
    }
    const text = decodeLegacy(declared, bytes);
    if (text !== null) return plain(text, declared);
    const fallback = decodeDeclaredUtf8(bytes, 'UTF-8');
    fallback.warnings.unshift(`unsupported charset ${declared}; decoded as UTF-8`);
    return fallback;
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return plain(utf8, 'UTF-8');

  const guess = guessEncoding(bytes);
  // guessEncoding only names encodings iconv-lite has, so the fallback is never reached.
  const text = decodeLegacy(guess, bytes) ?? new TextDecoder('utf-8').decode(bytes);
  return {
    text,
    encoding: guess,
    warnings: [`not valid UTF-8 and no charset declared; decoded as ${guess} (guessed)`],
  };
}

/** The `charset=` parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match ? match[2] : null;
}

function plain(text: string, encoding: string): DecodedText {
  return { text, encoding, warnings: [] };
}

function bomEncoding(bytes: Uint8Array): string | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.encoding;
  }
  return null;
}

function declaredEncoding(bytes: Uint8Array, options: DecodeOptions): string | null {
  const transport = options.declaredCharset ? canonicalLabel(options.declaredCharset) : null;
  if (!options.markup) return transport;
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    transportLayerEncodingLabel: transport ?? undefined,
  });
  sniffer.write(bytes.subarray(0, PRESCAN_BYTES));
  return DECLARED_RESULTS.has(sniffer.resultType) ? sniffer.encoding : null;
}

/** The WHATWG name for a charset label ("latin1" -> "windows-1252"), or null if unknown. */
function canonicalLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return iconv.encodingExists(label.trim()) ? label.trim() : null;
  }
}

function decodeDeclaredUtf8(bytes: Uint8Array, declared: string): DecodedText {
  const strict = strictUtf8(bytes);
  if (strict !== null) return plain(strict, declared);
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'UTF-8',
    warnings: ['invalid UTF-8 bytes replaced'],
  };
}

/**
 * The text if `bytes` are valid UTF-8 (a leading BOM dropped), else null. isUtf8 is a
 * SIMD check; a fatal TextDecoder does the same several times slower on Node 20.
 */
function strictUtf8(bytes: Uint8Array): string | null {
  if (!isValidUtf8(bytes)) return null;
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

/**
 * Decodes with a legacy charset; null when neither iconv-lite nor the platform knows it.
 * iconv-lite comes first: Node 20's TextDecoder reads windows-1252 as Latin-1, turning
 * curly quotes and dashes (0x80-0x9F) into invisible control characters.
 */
function decodeLegacy(encoding: string, bytes: Uint8Array): string | null {
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

function guessEncoding(bytes: Uint8Array): string {
  const guess = chardet.detect(bytes.subarray(0, GUESS_SAMPLE_BYTES));
  if (!guess || /^(utf|iso-8859-1$|ascii)/i.test(guess)) return GUESS_FALLBACK;
  if (!iconv.encodingExists(guess)) return GUESS_FALLBACK;
  return guess;
}

function isUtf8(encoding: string): boolean {
  return /^utf-?8$/i.test(encoding);
}

function isUtf16(encoding: string): boolean {
  return /^utf-?16/i.test(encoding);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}
