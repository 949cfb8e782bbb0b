import { describe, expect, it } from 'vitest';
import { chooseOutlet, normaliseOutletName, outletFromUrl } from './outlet.js';

describe('outletFromUrl', () => {
  it.each([
    ['https://www.reuters.com/world/europe/some-story-2023-12-22/', 'reuters.com'],
    ['http://WWW2.Example.co.uk/news?id=3', 'example.co.uk'],
    ['https://m.bbc.co.uk/news/world', 'bbc.co.uk'],
    ['https://english.almayadeen.net/news/politics/x', 'english.almayadeen.net'],
    ['https://sputnikglobe.com./20231222/x.html', 'sputnikglobe.com'],
  ])('%s -> %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });

  it.each([null, '', 'not a url', 'file:///tmp/page.html', 'http://localhost:8080/a', 'http://192.168.1.4/a', 'http://[::1]/a'])(
    'no outlet from %j',
    (url) => {
      expect(outletFromUrl(url)).toBeNull();
    },
  );
});

describe('normaliseOutletName', () => {
  it.each([
    ['  Al Mayadeen   English ', 'Al Mayadeen English'],
    ['www.example.org', 'example.org'],
    ['https://www.example.org/', 'example.org'],
    ['', null],
    ['x'.repeat(200), null],
  ])('%j -> %j', (name, expected) => {
    expect(normaliseOutletName(name)).toBe(expected);
  });
});

describe('chooseOutlet', () => {
  it('takes the first usable candidate in the order given', () => {
    expect(chooseOutlet(null, '  ', 'Sputnik', 'sputnikglobe.com')).toBe('Sputnik');
    expect(chooseOutlet('Harbour Herald', 'Herald Online', 'AP', 'herald.example')).toBe('Harbour Herald');
    expect(chooseOutlet(null, undefined, null)).toBeNull();
  });
});
