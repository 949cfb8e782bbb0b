import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBytes } from './charset.js';

const WESTERN = 'Café Müller’s “footbridge” vote – naïve déjà vu in Valdor.';
const POLISH = 'Rada miasta Żółkowo zagłosowała za budową mostu, powiedział burmistrz Łukasz Ślązak.';

const html = (head: string, body: string, charset: string) =>
  iconv.encode(`<!DOCTYPE html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`, charset);

describe('decodeBytes', () => {
  it('decodes plain UTF-8 without warnings', () => {
    const out = decodeBytes(Buffer.from(WESTERN, 'utf8'));
    expect(out).toEqual({ text: WESTERN, encoding: 'UTF-8', warnings: [] });
  });

  it('honours and strips byte-order marks', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WESTERN)])).text).toBe(WESTERN);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(WESTERN, 'utf16le')]);
    expect(decodeBytes(le, { markup: true })).toMatchObject({ text: WESTERN, encoding: 'UTF-16LE', warnings: [] });
    const be = Buffer.from(iconv.encode(WESTERN, 'utf16be', { addBOM: true }));
    expect(decodeBytes(be).text).toBe(WESTERN);
  });

  it('uses <meta charset=windows-1252>, curly quotes included', () => {
    const out = decodeBytes(html('<meta charset=windows-1252>', WESTERN, 'windows-1252'), { markup: true });
    expect(out.text).toContain(WESTERN);
    expect(out.encoding).toBe('windows-1252');
    expect(out.warnings).toEqual([]);
  });

  it('uses an http-equiv ISO-8859-2 declaration', () => {
    const bytes = html('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', POLISH, 'iso-8859-2');
    const out = decodeBytes(bytes, { markup: true });
    expect(out.text).toContain(POLISH);
    expect(out.warnings).toEqual([]);
  });

  it('uses the encoding of an XML prolog', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>${'Café Noël'}</title></channel></rss>`, 'latin1');
    expect(decodeBytes(bytes, { markup: true }).text).toContain('Café Noël');
  });

  it('prefers the transport charset (HTTP header) to the page', () => {
    const bytes = html('', POLISH, 'iso-8859-2');
    expect(decodeBytes(bytes, { markup: true, declaredCharset: 'ISO-8859-2' }).text).toContain(POLISH);
  });

  it('guesses windows-1252 for undeclared non-UTF-8 bytes, and says so', () => {
    const out = decodeBytes(iconv.encode(`The council said: ${WESTERN}`, 'windows-1252'));
    expect(out.text).toContain(WESTERN);
    expect(out.warnings).toEqual(['not valid UTF-8 and no charset declared; decoded as windows-1252 (guessed)']);
  });

  it('guesses a Central European charset for undeclared Polish text', () => {
    const out = decodeBytes(iconv.encode(`${POLISH} ${POLISH}`, 'iso-8859-2'));
    expect(out.text).toContain(POLISH);
    expect(out.warnings[0]).toMatch(/^not valid UTF-8 and no charset declared; decoded as (ISO-8859-2|windows-1250) \(guessed\)$/);
  });

  it('replaces invalid bytes in a page declared UTF-8, and says so', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>Mitgef'), Buffer.from([0xfc]), Buffer.from('hl</p>')]);
    const out = decodeBytes(bytes, { markup: true });
    expect(out.text).toContain('Mitgef\ufffdhl');
    expect(out.warnings).toEqual(['invalid UTF-8 bytes replaced']);
  });

  it('reads valid UTF-8 labelled with a legacy charset as UTF-8, and says so', () => {
    const bytes = Buffer.from(`<meta charset="iso-8859-1"><p>${WESTERN}</p>`, 'utf8');
    const out = decodeBytes(bytes, { markup: true });
    expect(out.text).toContain(WESTERN);
    expect(out.warnings).toEqual(['declared charset windows-1252 but the bytes are valid UTF-8; decoded as UTF-8']);
  });

  it('ignores meta tags in plain text', () => {
    const bytes = iconv.encode(`Write <meta charset="iso-8859-2"> in the page. ${WESTERN}`, 'windows-1252');
    expect(decodeBytes(bytes, { markup: false }).text).toContain(WESTERN);
  });
});

describe('charsetFromContentType', () => {
  it.each([
    ['text/html; charset=ISO-8859-2', 'ISO-8859-2'],
    ['text/html;charset="windows-1252"', 'windows-1252'],
    ['text/html; Charset=utf-8; foo=bar', 'utf-8'],
    ['text/html', null],
    [null, null],
  ])('%j -> %j', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });
});
