import { describe, expect, it } from 'vitest';
import { AnalysedDocument, ComparisonItem, Story } from '../src/model/index.js';
import { builtCliExists, jsonLines, runCli } from './helpers/cli.js';

describe.skipIf(!builtCliExists())('dateline analyze samples --stories', () => {
  const lines = jsonLines(runCli(['analyze', 'samples', '--stories', '--no-progress']).stdout) as Record<string, unknown>[];
  const docs = lines.filter((l) => !('story' in l)).map((l) => AnalysedDocument.parse(l));
  const stories = lines.filter((l) => 'story' in l).map((l) => Story.parse(l));
  const storyOf = (id: string) => stories.find((s) => s.documents.includes(id));

  it('makes the Harbour Gazette page and the Continental Dispatch RSS item on the dam failure one story', () => {
    const gazette = docs.find((d) => d.source.path?.endsWith('harbour-gazette-portugal-dam.html'))!;
    const dispatch = docs.find((d) => d.source.path?.endsWith('world.rss') && /dam/i.test(d.title ?? ''))!;
    expect(gazette).toBeDefined();
    expect(dispatch).toBeDefined();
    const story = storyOf(gazette.id)!;
    expect(story.documents.sort()).toEqual([gazette.id, dispatch.id].sort());
    // The two give different death tolls; the comparison sets them side by side with their sources.
    const figures = story.comparison.shared.map((i) => ComparisonItem.parse(i)).find((i) => i.kind === 'figures' && i.claim === 'killed');
    expect(figures?.kind === 'figures' && figures.reports.map((r) => r.document).sort()).toEqual([gazette.id, dispatch.id].sort());
    expect(figures?.kind === 'figures' && figures.reports.every((r) => r.attribution)).toBe(true);
    // Only the RSS item uses the loaded words its summary is known for.
    expect(story.comparison.loadedTerms[dispatch.id]).toEqual(expect.arrayContaining(['crumbling', 'damning', 'shambolic']));
  });

  it('leaves the other RSS items (a ferry aground, a wildfire) out of every story: no other sample reports them', () => {
    const others = docs.filter((d) => d.source.path?.endsWith('world.rss') && !/dam/i.test(d.title ?? ''));
    expect(others).toHaveLength(2);
    for (const other of others) expect(storyOf(other.id)).toBeUndefined();
  });
});

describe.skipIf(!builtCliExists())('dateline analyze --stories --story-window', () => {
  it('writes stories that closed during the run after the documents, the same stories as with the whole corpus in view', () => {
    const parse = (stdout: string) => {
      const lines = jsonLines(stdout) as Record<string, unknown>[];
      const firstStory = lines.findIndex((l) => 'story' in l);
      expect(firstStory).toBeGreaterThan(0);
      expect(lines.slice(firstStory).every((l) => 'story' in l)).toBe(true);
      return lines
        .filter((l) => 'story' in l)
        .map((l) => Story.parse(l).documents.sort().join(' '))
        .sort();
    };
    const whole = parse(runCli(['analyze', 'samples', '--stories', '--no-progress', '--jobs', '1']).stdout);
    const windowed = runCli(['analyze', 'samples', '--stories', '--story-window', '4', '--no-progress', '--jobs', '1']);
    expect(windowed.status).toBe(0);
    // With four documents in view, the port-strike reports (three apart) still meet; the dam
    // reports (seven apart) do not. Each story closed as the window moved on.
    const kept = parse(windowed.stdout);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(whole.length);
    for (const story of kept) expect(whole).toContain(story);
  }, 120_000); // two CLI runs over the samples
});

describe.skipIf(!builtCliExists())('dateline analyze --stories: dates one report leaves open and another pins down', () => {
  // Two undated reports of one invented phone call, as JSON lines on standard input.
  const input = [
    {
      id: 'wire-1',
      text: 'President Aldo Verhuls of Valdoria spoke by telephone with Prime Minister Nadia Sorrell of Ostmark on Thursday about the blockade of Kelvar, the presidential office said.\n\nThe blockade, now on its 40th day, has cut the city off from fuel and medicine, aid agencies said.',
    },
    {
      id: 'paper-1',
      text: 'Prime Minister Nadia Sorrell held a phone call with Valdorian President Aldo Verhuls on Thursday about the blockade of Kelvar.\n\nOn March 3, Valdorian troops launched the blockade of Kelvar, closing the road to the coast.',
    },
  ].map((line) => JSON.stringify(line)).join('\n');
  const result = runCli(['analyze', '-', '--stories', '--no-progress'], input);
  const lines = jsonLines(result.stdout) as Record<string, unknown>[];
  const docs = lines.filter((l) => !('story' in l)).map((l) => AnalysedDocument.parse(l));

  it('writes the documents first, in input order, each with the call dated and the spans the date rests on', () => {
    expect(result.status).toBe(0);
    expect(docs.map((d) => d.source.id)).toEqual(['wire-1', 'paper-1']);
    expect(lines.findIndex((l) => 'story' in l)).toBe(2);
    for (const doc of docs) {
      const dated = doc.events.filter((e) => e.dateInference);
      expect(dated.length).toBeGreaterThan(0);
      for (const event of dated) {
        // Day 40 from March 3 is April 11; the year is the latest (not in the future) in which that was a Thursday.
        expect(event.date).toMatch(/^\d{4}-04-11$/);
        expect(new Date(`${event.date}T00:00:00Z`).getUTCDay()).toBe(4);
        expect(event.dateInference!.evidence.map((e) => e.text)).toEqual(['Thursday', 'its 40th day', 'March 3']);
        for (const span of event.dateInference!.evidence) {
          const source = docs.find((d) => d.id === span.document)!;
          expect(source.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it('gives the story the inferred date', () => {
    const story = Story.parse(lines.find((l) => 'story' in l));
    expect(story.date).toBe(docs[0].events.find((e) => e.dateInference)!.date);
  });
});
