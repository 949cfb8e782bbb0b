/**
 * The web UI end to end: the built `dateline serve` over a store of the samples (plus one
 * article full of markup), driven in headless Chromium. Needs Debian's `chromium`
 * (`CHROMIUM_PATH` overrides /usr/bin/chromium); without it the tests are skipped with a
 * note, or fail when DATELINE_REQUIRE_BROWSER=1 (as in CI).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedDocument } from '../src/model/index.js';
import type { Page as ApiPage, ClaimRow, StorySummary } from '../src/model/views.js';
import { builtCliExists, projectRoot } from './helpers/cli.js';
import { fillSampleStore } from './helpers/sample-store.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
const required = process.env.DATELINE_REQUIRE_BROWSER === '1';
if (!haveBrowser && !required) {
  process.stderr.write(`test/ui.test.ts: SKIPPED, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
}

const OUTPUT = join(projectRoot, 'test-output');

/** An article written for this test: a story about a defaced website that quotes the markup used. */
const MARKUP_ARTICLE = {
  id: 'markup-1',
  url: 'https://courier.example/2025/03/15/council-website',
  title: 'Council website defaced with <script> tags, officials say',
  published: '2025-03-15',
  text: [
    "RIVERTON — The Riverton council's website was defaced on Friday night, officials said on Saturday.",
    'Visitors to the planning page saw the words <script>window.__pwned = 1; alert("pwned")</script> printed at the top, ' +
      'followed by a broken picture made with <img src=x onerror="window.__pwned = 2"> markup, according to screenshots shared by residents.',
    '"Nobody\'s data was taken," said council spokeswoman Dana Okafor. "The attackers changed one page and we restored it within the hour."',
    'The council said it had asked the company that hosts the site to review how the page was altered.',
  ].join('\n\n'),
};

describe.skipIf(!haveBrowser && !required)('web UI in headless Chromium', () => {
  let dataDir = '';
  let inputDir = '';
  let profileDir = '';
  let docs: AnalysedDocument[] = [];
  let server: ChildProcess | null = null;
  let base = '';
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let dialogs = 0;

  const api = async <T>(path: string): Promise<T> => (await fetch(base + path)).json() as Promise<T>;
  const open = async (hash: string) => {
    await page.goto(base + hash);
  };

  beforeAll(async () => {
    if (!haveBrowser) throw new Error(`DATELINE_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
    if (!builtCliExists() || !existsSync(join(projectRoot, 'dist/ui/index.html'))) {
      throw new Error('dist/ is missing or has no ui/: run `npm run build` (npm test does it)');
    }
    inputDir = mkdtempSync(join(tmpdir(), 'dateline-ui-input-'));
    writeFileSync(join(inputDir, 'markup.jsonl'), JSON.stringify(MARKUP_ARTICLE) + '\n');
    const filled = await fillSampleStore([inputDir]);
    docs = filled.docs;
    dataDir = filled.dir;
    // PGlite allows one process per folder: the server opens it next.
    await filled.store.close();

    server = spawn(process.execPath, [join(projectRoot, 'bin/dateline.js'), 'serve', '--data', dataDir, '--port', '0'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    base = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      server!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (match) resolve(match[0]);
      });
      server!.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      server!.once('exit', (code) => reject(new Error(`dateline serve exited with ${code}: ${err}`)));
    });

    profileDir = mkdtempSync(join(tmpdir(), 'dateline-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    // A script error or a CSP refusal means the UI is broken under its own policy.
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} (${message.location().url})`);
    });
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    for (const dir of [dataDir, inputDir, profileDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('search finds a sample by a word', async () => {
    await open('#/search');
    await page.fill('input[name=q]', 'avalanche');
    await page.click('button[type=submit]');
    // The page lists the newest documents before the search: wait for the search's own results.
    await page.waitForURL(/#\/search\?q=avalanche/);
    await page.locator('.result > a', { hasText: 'Avalanche cuts off Grindelmatt' }).first().waitFor();
    expect(page.url()).toContain('#/search?q=avalanche');
    const titles = await page.locator('.result > a').allTextContents();
    expect(titles).toContain('Avalanche cuts off Grindelmatt, stranding 340 visitors');
    expect(await page.locator('.snippet mark').first().textContent()).toMatch(/avalanche/i);
    // The latest stories are listed beside the results.
    expect(await page.locator('aside .stories li').count()).toBe(2);
  });

  it('the story page shows the reports side by side with loaded terms marked, and a screenshot of it is a real picture', async () => {
    const stories = await api<ApiPage<StorySummary>>('api/stories');
    const dam = stories.items.find((s) => s.outlets.includes('The Harbour Gazette'))!;
    await open(`#/story/${dam.story}`);
    await page.waitForSelector('.report');
    const reports = page.locator('.report');
    expect(await reports.count()).toBeGreaterThanOrEqual(2);
    const [a, b] = [await reports.nth(0).boundingBox(), await reports.nth(1).boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x >= a.x + a.width).toBe(true);
    expect((await reports.locator('.outlet').allTextContents()).sort()).toEqual(['Continental Dispatch', 'The Harbour Gazette']);

    const dispatch = reports.filter({ has: page.locator('.outlet', { hasText: 'Continental Dispatch' }) });
    const marked = (await dispatch.locator('.report-text mark.loaded').allTextContents()).map((t) => t.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['crumbling', 'damning', 'shambolic']));
    // The figures the reports disagree on, each with who gave it.
    const figures = await page.locator('.figure-table tbody tr').allTextContents();
    expect(figures.join('\n')).toMatch(/at least 14.*regional civil protection agency/);
    expect(figures.join('\n')).toMatch(/17.*local officials/);

    mkdirSync(OUTPUT, { recursive: true });
    const file = join(OUTPUT, 'story.png');
    await page.screenshot({ path: file });
    const png = readFileSync(file);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 900]);
    // Decoded by the browser on a blank page: a real picture has many colours, a blank one has one.
    const decoder = await context.newPage();
    const colours = await decoder.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    }, `data:image/png;base64,${png.toString('base64')}`);
    await decoder.close();
    expect(colours).toBeGreaterThan(20);
  });

  it('clicking a claim opens the document with its evidence marked and in view', async () => {
    const claims = await api<ApiPage<ClaimRow>>('api/claims?kind=killed');
    const claim = claims.items.find((c) => c.value === 14 && c.attribution === 'the regional civil protection agency')!;
    await open('#/claims?kind=killed');
    await page.waitForSelector('.claims-table tbody tr');
    await page.locator('.claims-table tbody tr', { hasText: 'the regional civil protection agency' }).locator('a.evidence-link').click();
    await page.waitForSelector('mark.evidence');
    expect(page.url()).toContain(`#/doc/${claim.document}?start=${claim.evidence.start}&end=${claim.evidence.end}`);
    expect(await page.locator('mark.evidence').textContent()).toBe(claim.evidence.text);
    expect(await page.locator('mark.evidence').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    })).toBe(true);
  });

  it('clicking a quote in a document moves the mark to that quote', async () => {
    const gazette = docs.find((d) => d.source.path?.endsWith('harbour-gazette-portugal-dam.html'))!;
    const quote = gazette.quotes.find((q) => q.direct && q.end - q.start > 30)!;
    await open(`#/doc/${gazette.id}`);
    await page.waitForSelector('.quotes li');
    expect(await page.locator('mark.evidence').count()).toBe(0);
    await page.locator('.quotes a.evidence-link', { hasText: quote.text.slice(0, 30) }).first().click();
    await page.waitForSelector('mark.evidence');
    expect(await page.locator('mark.evidence').textContent()).toBe(gazette.text.slice(quote.start, quote.end));
  });

  it('the entity page lists the aliases and roles', async () => {
    const entity = docs.flatMap((d) => d.entities).find((e) => e.aliases.length > 0 && e.roles.length === 0) ?? docs.flatMap((d) => d.entities).find((e) => e.aliases.length > 0)!;
    await open(`#/entity/${encodeURIComponent(entity.id)}`);
    await page.waitForSelector('.aliases');
    expect(await page.locator('h1').textContent()).toBe(entity.name);
    const aliases = await page.locator('.aliases').textContent();
    for (const alias of entity.aliases) expect(aliases).toContain(alias);

    const minister = docs.flatMap((d) => d.entities).find((e) => e.roles.includes('Interior Minister'))!;
    await open(`#/entity/${encodeURIComponent(minister.id)}`);
    // The previous entity's page (its roles shown as "—") stays until the new one has loaded.
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, minister.name);
    await page.waitForSelector('.roles');
    expect(await page.locator('.roles').textContent()).toContain('Interior Minister');
  });

  it('the claims page draws the figures as an SVG chart', async () => {
    await open('#/claims?kind=killed');
    await page.waitForSelector('.plot svg');
    const rows = await page.locator('.claims-table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(2);
    // One dot per dated claim (every killed claim has an as-of or a publication date).
    expect(await page.locator('.plot svg circle').count()).toBe(rows);
    expect(await page.locator('.plot svg g[aria-label="y-axis tick label"] text').count()).toBeGreaterThan(1);
  });

  it('an article full of markup is shown as text and runs nothing', async () => {
    const markup = docs.find((d) => d.source.id === 'markup-1')!;
    expect(markup.text).toContain('<script>');
    await open(`#/doc/${markup.id}`);
    await page.waitForSelector('.article-text');
    const text = await page.locator('.article-text').textContent();
    expect(text).toContain('<script>window.__pwned = 1; alert("pwned")</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('h1').textContent()).toBe('Council website defaced with <script> tags, officials say');
    expect(await page.locator('main script, main img').count()).toBe(0);
    await page.locator('a.evidence-link').first().click();
    await page.waitForSelector('mark.evidence');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
  });

  it('ran without script errors or CSP refusals', () => {
    expect(problems).toEqual([]);
  });
});
