import { describe, expect, it } from 'vitest';
import { binaryKind, extensionOf, sniffFormat } from './sniff.js';

const enc = new TextEncoder();
const sniff = (text: string, name = 'input') => sniffFormat({ head: enc.encode(text), complete: true, name });

describe('sniffFormat', () => {
  const formats: Array<[string, string]> = [
    ['<!DOCTYPE html><html><body><p>Valdor</p></body></html>', 'html'],
    ['\n\n  <!doctype HTML>\n<title>x</title>', 'html'],
    ['<html lang="en"><head>', 'html'],
    ['<head><meta charset="utf-8"></head>', 'html'],
    ['<meta http-equiv="refresh" content="0">', 'html'],
    ['<body>', 'html'],
    ['<!-- saved page --><html>', 'html'],
    ['<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml">', 'html'],
    ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>', 'feed'],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed'],
    ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', 'feed'],
    ['{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": []\n}', 'feed'],
    ['{"id": "a", "text": "The council met."}\n{"id": "b", "text": "x"}\n', 'jsonl'],
    ['{\n  "id": "a"\n}\n', 'json'],
    ['[{"id": "a", "text": "x"}]', 'json'],
    ['WARC/1.0\r\nWARC-Type: warcinfo\r\n', 'warc'],
    ['The council met on Friday.\nIt voted 7 to 2.', 'text'],
    // A page with some markup but no known start is HTML by tag density.
    ['<center><b>Valdor</b></center><p>One</p><p>Two</p><br><div>Three</div>', 'html'],
  ];
  it.each(formats)('%j is %s', (text, format) => {
    expect(sniff(text).format).toBe(format);
  });

  it('reads a WARC whose records carry binary payloads as a WARC, not as binary', () => {
    const warc = Buffer.concat([
      Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\n'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    ]);
    expect(sniffFormat({ head: warc, complete: true, name: 'crawl.warc' }).format).toBe('warc');
  });

  it('lets the extension break a tie only when the content does not decide', () => {
    const plain = 'Storm cuts power in Elmsworth';
    expect(sniff(plain, 'storm.html').format).toBe('html');
    expect(sniff(plain, 'storm.txt').format).toBe('text');
    expect(sniff(plain, 'storm.HTM.gz').format).toBe('html');
    // Content wins over a misleading name.
    expect(sniff('{"text": "x"}\n', 'notes.txt').format).toBe('jsonl');
    expect(sniff('<!DOCTYPE html><p>x', 'page.txt').format).toBe('html');
  });

  it('keeps text that mentions a tag or two as text', () => {
    expect(sniff('Use the <p> element for paragraphs, said the web team.').format).toBe('text');
  });

  it('names other XML instead of guessing', () => {
    expect(sniff('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toEqual({ format: 'xml', root: 'urlset' });
  });

  it('tells empty from not-yet-decided', () => {
    expect(sniffFormat({ head: enc.encode('  \n\t\n'), complete: true, name: 'a' }).format).toBe('empty');
    expect(sniffFormat({ head: enc.encode('  \n\t\n'), complete: false, name: 'a' }).format).toBe('undecided');
    expect(sniffFormat({ head: new Uint8Array(), complete: true, name: 'a' }).format).toBe('empty');
  });

  it('sees through a UTF-8 or UTF-16 byte-order mark', () => {
    expect(sniffFormat({ head: Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode('<html>')]), complete: true, name: 'a' }).format).toBe('html');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss version="2.0">', 'utf16le')]);
    expect(sniffFormat({ head: utf16, complete: true, name: 'a' }).format).toBe('feed');
  });
});

describe('binaryKind', () => {
  const magic: Array<[string, number[]]> = [
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0]],
    ['PDF document', [...enc.encode('%PDF-1.7\n%\xe2\xe3')]],
    ['ZIP archive (or Office/EPUB document)', [0x50, 0x4b, 0x03, 0x04, 20, 0]],
    ['ELF executable', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]],
    ['Windows executable', [0x4d, 0x5a, 0x90, 0x00, 0x03]],
  ];
  it.each(magic)('recognises a %s', (what, bytes) => {
    expect(binaryKind(Uint8Array.from(bytes))).toBe(`looks like ${what}`);
  });

  it('calls unknown bytes with NULs or many control characters binary', () => {
    expect(binaryKind(Uint8Array.from([0x41, 0x42, 0x00, 0x43]))).toBe('contains NUL bytes');
    const noisy = Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(binaryKind(noisy)).toMatch(/^3\d% control characters$/);
  });

  it('passes text, including UTF-16 with its NUL bytes and text with escape sequences', () => {
    expect(binaryKind(enc.encode('Café “quoted”\ttab\r\n\f'))).toBeNull();
    expect(binaryKind(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Valdor', 'utf16le')]))).toBeNull();
    expect(binaryKind(Uint8Array.from([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]))).toBeNull();
    // "MZ" starting an ordinary sentence is not an executable.
    expect(binaryKind(enc.encode('MZ Holdings reported a profit.'))).toBeNull();
  });
});

describe('extensionOf', () => {
  it('ignores .gz and folders', () => {
    expect(extensionOf('a/b.c/page.HTML.gz')).toBe('html');
    expect(extensionOf('crawl.warc.gz')).toBe('warc');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('-')).toBe('');
  });
});
