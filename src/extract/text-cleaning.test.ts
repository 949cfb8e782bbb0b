import { describe, expect, it } from 'vitest';
import { cleanText, isTitleCase, matchingRule } from './text-cleaning.js';
import { LINE_RULES } from './text-rules.js';

// Invented articles in the style of text scraped from news pages, chrome included.

const CHROME_PAGE = `• Live
    • Audio Only
  • google plus
  • facebook
  • twitter
World > Europe

Harbour Town Votes to Rebuild Sea Wall Before Winter

  • Waves break over the old sea wall in Porthmore, Oct. 3, 2024.

    Waves break over the old sea wall in Porthmore, Oct. 3, 2024. | Photo: X/ @porthmorenews

Published 4 October 2024
Opinion

"We cannot wait for another storm to decide for us," Mayor Ellen Tregarth told the council.

On Friday, the council approved a plan to rebuild the wall before the winter storms arrive.

RELATED:

Coastal Towns Ask for Flood Funds

The works will cost about 4 million euros, officials said, and should end in February.

Comment
0
Comments
Post with no comments.`;

describe('cleanText on a page with its chrome', () => {
  const cleaned = cleanText(CHROME_PAGE);

  it('keeps exactly the article paragraphs', () => {
    expect(cleaned.text).toBe(
      '"We cannot wait for another storm to decide for us," Mayor Ellen Tregarth told the council.\n\n' +
        'On Friday, the council approved a plan to rebuild the wall before the winter storms arrive.\n\n' +
        'The works will cost about 4 million euros, officials said, and should end in February.',
    );
  });

  it('takes the headline line as the title', () => {
    expect(cleaned.title).toBe('Harbour Town Votes to Rebuild Sea Wall Before Winter');
    expect(cleaned.fellBack).toBe(false);
  });

  it('says which rule dropped each line', () => {
    const byRule = (rule: string) => cleaned.removed.filter((r) => r.rule === rule).map((r) => r.text);
    expect(byRule('share-link')).toEqual(['• google plus', '• facebook', '• twitter']);
    expect(byRule('breadcrumb')).toEqual(['World > Europe']);
    expect(byRule('date-line')).toEqual(['Published 4 October 2024']);
    expect(byRule('section-label')).toEqual(['• Live', '• Audio Only', 'Opinion']);
    expect(byRule('teaser-label')).toEqual(['RELATED:']);
    expect(byRule('teaser-headline')).toEqual(['Coastal Towns Ask for Flood Funds']);
    expect(byRule('caption-credit')).toHaveLength(1);
    expect(byRule('repeated-caption')).toEqual(['• Waves break over the old sea wall in Porthmore, Oct. 3, 2024.']);
    expect(byRule('comment-widget')).toEqual(['Comment', 'Comments', 'Post with no comments.']);
    expect(byRule('lone-counter')).toEqual(['0']);
    expect(byRule('headline')).toEqual(['Harbour Town Votes to Rebuild Sea Wall Before Winter']);
  });
});

describe('cleanText on a wire story with a repeated lead and a broken line', () => {
  const WIRE = [
    'The leaders of Norland and Estmark agreed on a new fishing quota during talks in the capital, the ministry said on Monday.',
    'HALDEN (Nordpress) - The leaders of Norland and Estmark agreed on a new fishing quota during talks in the capital, the ministry said on Monday.',
    'The quota covers cod and herring in the shared waters of the northern sea',
    ', while a joint commission will watch the catch. Fishermen on both sides had waited two years for the deal.',
    'Talks will resume in spring.',
  ].join('\n');
  const cleaned = cleanText(WIRE);
  const paragraphs = cleaned.text.split('\n\n');

  it('keeps the copy of the lead that carries the dateline, once', () => {
    expect(paragraphs[0]).toMatch(/^HALDEN \(Nordpress\) - The leaders/);
    expect(cleaned.text.split('agreed on a new fishing quota').length - 1).toBe(1);
    expect(cleaned.removed).toEqual([
      { rule: 'repeated-paragraph', text: expect.stringMatching(/^The leaders of Norland/) },
    ]);
  });

  it('joins a line that starts with a comma to the line it was cut from', () => {
    expect(cleaned.text).toContain('of the northern sea, while a joint commission will watch the catch.');
    expect(paragraphs).toHaveLength(3);
  });

  it('does not take a finished first sentence as the title', () => {
    expect(cleaned.title).toBeNull();
  });
});

describe('headline line at the top', () => {
  it('takes a short unfinished line in sentence case when prose follows', () => {
    const cleaned = cleanText(
      'Norland, Estmark sign fishing deal: ministry\n' +
        'The ministry said the two governments signed the agreement after two years of talks.\n' +
        'The deal takes effect in March.',
    );
    expect(cleaned.title).toBe('Norland, Estmark sign fishing deal: ministry');
    expect(cleaned.text.startsWith('The ministry said')).toBe(true);
  });

  it.each([
    ['a finished sentence', 'The council met on Monday.\nIt approved the budget after a long debate in the hall.'],
    ['a line cut by a colon', 'The mayor listed three reasons:\nThe wall is old, the sea is rising, and storms are stronger.'],
    ['a single paragraph', 'Storm damage in Porthmore'],
    ['a long opening sentence without a full stop', 'The council met on Monday evening in the old town hall to vote on the plan to rebuild the harbour wall and the two piers before the storms\nIt passed.'],
    ['a dateline paragraph', 'LONDON — Rain fell on Monday\nThe river rose by a metre overnight, officials said.'],
    ['an opening question', 'Remember the town that voted to move its harbour?\n\nTen years on, the boats still dock at the old quay, and nobody talks about moving it.'],
  ])('keeps %s in the text', (_label, input) => {
    const cleaned = cleanText(input);
    expect(cleaned.title).toBeNull();
    expect(cleaned.text.split('\n\n')[0]).toBe(input.split('\n')[0]);
  });
});

describe('other chrome', () => {
  it('drops captions, credits, bylines, inline teasers and share prompts', () => {
    const cleaned = cleanText(
      [
        'By Anna Varga, Nordpress',
        'Rescue crews search the rubble in Halden on Sunday. (Photo: Nordpress)',
        'Firefighters at the scene of the blast. © AFP',
        'Photo credit: Halden city council',
        'Rescue crews worked through the night after a gas blast destroyed a block of flats in Halden.',
        'Read more: Gas safety checks to be tightened',
        'Share this article',
        'Follow us on Telegram for the latest updates',
        'Three people were taken to hospital, the fire service said.',
      ].join('\n'),
    );
    expect(cleaned.text).toBe(
      'Rescue crews worked through the night after a gas blast destroyed a block of flats in Halden.\n\n' +
        'Three people were taken to hospital, the fire service said.',
    );
    expect(cleaned.removed.map((r) => r.rule)).toEqual([
      'byline',
      'caption-parenthetical-credit',
      'copyright',
      'credit-line',
      'teaser-inline',
      'comment-widget',
      'call-to-action',
    ]);
  });

  it('drops only exact repeats of a caption, not a paragraph that starts the same way', () => {
    const cleaned = cleanText(
      'Crews clear the quay in Porthmore. | Photo: Harbour Herald\n\n' +
        'Crews clear the quay in Porthmore.\n\n' +
        'Crews clear the quay in Porthmore, where the storm left two metres of sand and broken boats on Sunday.',
    );
    expect(cleaned.text).toBe('Crews clear the quay in Porthmore, where the storm left two metres of sand and broken boats on Sunday.');
    expect(cleaned.removed.map((r) => r.rule)).toEqual(['caption-credit', 'repeated-caption']);
  });

  it('keeps a real bulleted list and a subheading, without the bullets', () => {
    const cleaned = cleanText(
      'The council listed its demands on Monday.\n\n' +
        '• Funding for the sea wall must arrive before November.\n' +
        '• The port must stay open during the works.\n\n' +
        'Storm season\n\n' +
        'Forecasters expect at least four major storms this winter.',
    );
    expect(cleaned.text.split('\n\n')).toEqual([
      'The council listed its demands on Monday.',
      'Funding for the sea wall must arrive before November.',
      'The port must stay open during the works.',
      'Storm season',
      'Forecasters expect at least four major storms this winter.',
    ]);
  });

  it('joins a lower-case continuation only after an unfinished line', () => {
    const cleaned = cleanText('The ferry to the islands was cancelled\nbecause of high winds, the operator said.\n\neBay sellers reported delays.');
    expect(cleaned.text).toBe(
      'The ferry to the islands was cancelled because of high winds, the operator said.\n\neBay sellers reported delays.',
    );
  });

  it('joins hard-wrapped paragraphs and keeps a short headline apart', () => {
    const wrapped = [
      'Harbour wall plan approved',
      'The council of Porthmore approved on Monday a plan to rebuild the',
      'harbour wall before the winter, after a storm last year flooded the',
      'lower town and damaged more than two hundred homes along the quay.',
      '',
      'Work starts next week.',
    ].join('\n');
    const cleaned = cleanText(wrapped);
    expect(cleaned.title).toBe('Harbour wall plan approved');
    expect(cleaned.text.split('\n\n')).toEqual([
      'The council of Porthmore approved on Monday a plan to rebuild the harbour wall before the winter, after a storm last year flooded the lower town and damaged more than two hundred homes along the quay.',
      'Work starts next week.',
    ]);
  });

  it('collapses whitespace inside paragraphs, including no-break spaces', () => {
    expect(cleanText('The mayor,\u00a0 who spoke   first,\tleft early.').text).toBe('The mayor, who spoke first, left early.');
  });
});

describe('fallback to the best attempt', () => {
  it('keeps the original paragraphs when the rules would remove everything', () => {
    const cleaned = cleanText('Comments\n\nShare this article\n\nOpinion');
    expect(cleaned.fellBack).toBe(true);
    expect(cleaned.text).toBe('Comments\n\nShare this article\n\nOpinion');
  });

  it('returns empty text for empty or blank input', () => {
    expect(cleanText('').text).toBe('');
    expect(cleanText(' \n\t\n ').text).toBe('');
  });
});

describe('rules as data', () => {
  it('gives every rule a unique name and a reason', () => {
    const names = LINE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of LINE_RULES) expect(rule.why.length).toBeGreaterThan(10);
  });

  it.each([
    ['• Live', 'section-label'],
    ['• Audio Only', 'section-label'],
    ['  • whatsapp', 'share-link'],
    ['Read also:', 'teaser-label'],
    ['Leave a comment', 'comment-widget'],
    ['• Two more wounded', 'nav-bullet'],
    ['• Two more people were wounded in the second blast near the port.', null],
    ['– "Yes, sir."', null],
    ['• Talks resumed.', null],
    ['Politics > Europe > Norland', 'breadcrumb'],
    ['Inflation fell to 3 percent > expectations', null],
    ['By Tuesday evening the fire was out.', null],
  ])('%j -> %s', (line, rule) => {
    // matchingRule sees trimmed lines, as the cleaner gives them.
    expect(matchingRule(line.trim())?.name ?? null).toBe(rule);
  });

  it('tells Title Case from sentence case', () => {
    expect(isTitleCase('Russia Says to Pave Way for Early Truce')).toBe(true);
    expect(isTitleCase('Norland, Estmark sign fishing deal: ministry')).toBe(false);
  });
});

describe('repeated paragraphs further down', () => {
  it('keeps the repeats of an interview, which belong to the article', () => {
    const guests = ['Anna', 'Bruno', 'Carla'].map(
      (name) => `${name} runs a bakery in Halden.\n\nWhat made you start baking for a living?\n\n${name} answered at length about the family oven.`,
    );
    const cleaned = cleanText(['Three bakers on the trade, in their own words.', ...guests].join('\n\n'));
    expect(cleaned.text.split('What made you start baking for a living?').length - 1).toBe(3);
    expect(cleaned.removed.filter((r) => r.rule === 'repeated-paragraph')).toEqual([]);
  });
});
