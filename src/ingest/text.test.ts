import { describe, expect, it } from 'vitest';
import { liftTextMetadata } from './text.js';

describe('liftTextMetadata', () => {
  it('lifts a date run into the first sentence on the same line (the seed-file form)', () => {
    const text = ' date 2024-11-08 The Valdor council voted on Friday to build a footbridge.\n\nMore follows.';
    const { body, meta } = liftTextMetadata(text);
    expect(meta.published).toBe('2024-11-08');
    expect(body).toBe('The Valdor council voted on Friday to build a footbridge.\n\nMore follows.');
  });

  it('lifts a block of metadata lines and the blank line after it', () => {
    const text = 'Title: Ferry resumes\r\nPublished: 9 November 2024\r\nsource: Oster Island Bulletin\r\nurl: https://oster.example/ferry\r\n\r\nThe ferry resumed sailing on Saturday.\r\n';
    const { body, meta, warnings } = liftTextMetadata(text);
    expect(meta).toEqual({
      title: 'Ferry resumes',
      published: '2024-11-09',
      outlet: 'Oster Island Bulletin',
      url: 'https://oster.example/ferry',
    });
    expect(body).toBe('The ferry resumed sailing on Saturday.\r\n');
    expect(warnings).toEqual([]);
  });

  it('accepts a date line without a colon when it stands alone', () => {
    const { body, meta } = liftTextMetadata('date 2024-11-08\nHarbour fees stay the same.');
    expect(meta.published).toBe('2024-11-08');
    expect(body).toBe('Harbour fees stay the same.');
  });

  it('reads "Date: 2024-11-08 10:30 GMT" alone on a line as a metadata line, not a run-in date', () => {
    const { body, meta } = liftTextMetadata('Date: 2024-11-08 10:30 GMT\nThe storm passed.');
    expect(meta.published).toBe('2024-11-08');
    expect(body).toBe('The storm passed.');
  });

  it('lifts but warns about a metadata date it cannot read', () => {
    const { body, meta, warnings } = liftTextMetadata('Date: last Friday\nThe council met.');
    expect(meta.published).toBeNull();
    expect(body).toBe('The council met.');
    expect(warnings[0]).toMatch(/Date: last Friday.*not a recognisable date/);
  });

  const untouched = [
    'The date 2024-11-08 was chosen for the vote.',
    'Dated houses line the street.\nSecond line.',
    'Source code for the council website was published on Friday.',
    '  Indented first line of an article.\n',
    'Published reports say the bridge will cost 2 million.',
  ];
  it.each(untouched)('leaves ordinary text alone: %j', (text) => {
    const { body, meta } = liftTextMetadata(text);
    expect(body).toBe(text);
    expect(meta).toEqual({ title: null, published: null, outlet: null, url: null });
  });
});
