// `npm run screenshots`: takes the README's screenshots from the real VS Code (code-server's, in
// headless Chromium), with the extension loaded from this repository and the seeds folder open:
//   docs/images/hover.png     the hover card on "10 Milliarden Dollar" in 001_d03fd6a6cf6b45a2.txt;
//   docs/images/problems.png  the Problems panel with the conflict, opened from the status bar item.
// Every step waits for what it needs to see on screen; nothing sleeps for a fixed time.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildProject,
  copySeedsWorkspace,
  ensureCodeServer,
  log,
  openBrowser,
  projectRoot,
  startVSCodeServer,
  temporaryRoot,
} from './harness.mjs';

const articleName = '001_d03fd6a6cf6b45a2.txt';
const hoverText = '10 Milliarden Dollar';
const imagesDir = join(projectRoot, 'docs/images');
const viewport = { width: 1280, height: 760 };

/** Settings that make the pictures readable; everything else is VS Code's default look. */
const screenshotSettings = {
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'workbench.colorTheme': 'Default Dark Modern',
  'breadcrumbs.enabled': false,
  'editor.hover.delay': 100,
};

/** The viewport rectangle of the first occurrence of `text` in the editor's rendered lines. */
function locateEditorText(page, text) {
  return page.evaluate((wanted) => {
    const lines = document.querySelector('.editor-instance .view-lines');
    if (!lines) return null;
    // The line is split into spans by token; join the text nodes and map the match back to them.
    for (const line of lines.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let joined = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: joined.length });
        joined += node.textContent.replace(/\u00a0/g, ' ');
      }
      const at = joined.indexOf(wanted);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((entry) => entry.start <= offset);
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length - 1));
      const rect = range.getBoundingClientRect();
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    }
    return null;
  }, text);
}

async function main() {
  const started = Date.now();
  buildProject();
  ensureCodeServer();
  mkdirSync(imagesDir, { recursive: true });
  const temporary = temporaryRoot('finnews-screenshots-');
  const workspace = copySeedsWorkspace(temporary.root);
  const server = await startVSCodeServer({ root: temporary.root, settings: screenshotSettings });
  let browser;
  try {
    const opened = await openBrowser(viewport);
    browser = opened.browser;
    const page = opened.page;
    await page.goto(server.workbenchUrl(workspace));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    log('workbench loaded');

    // Wait for the server to finish indexing: the status item then shows the final numbers.
    const statusItem = page.locator('.statusbar-item', { hasText: /finnews: \d+ articles? · \d+ conflicts?/ });
    await statusItem.waitFor({ timeout: 60_000 });

    // Open the article with Quick Open, as a user would.
    await page.locator('.monaco-workbench').click({ position: { x: 600, y: 300 } });
    await page.keyboard.press('Control+P');
    const quickInput = page.locator('.quick-input-widget input');
    await quickInput.waitFor();
    await quickInput.fill(articleName);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: articleName }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .view-lines', { hasText: 'Amazon verhandelt offenbar' }).waitFor();
    // The grammar does not know companies; "Amazon" gets its own colour only from the server's
    // semantic tokens. Waiting for that makes the picture show the finished highlighting.
    await waitForValue(() => companyIsColoured(page), 'semantic highlighting of "Amazon"');
    log(`opened ${articleName}`);

    const target = await waitForValue(() => locateEditorText(page, hoverText), `"${hoverText}" in the editor`);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'article date' });
    await hover.waitFor({ timeout: 30_000 });
    await scrollHoverToFinnewsPart(page, hover);
    await page.screenshot({ path: join(imagesDir, 'hover.png') });
    log('wrote docs/images/hover.png');

    // Move away so the hover closes, then open the Problems panel from the status bar item.
    await page.mouse.move(5, viewport.height / 2);
    await hover.waitFor({ state: 'hidden' });
    await statusItem.click();
    const problems = page.locator('.markers-panel .monaco-list-row', { hasText: 'value-changed-over-time' });
    await problems.first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(imagesDir, 'problems.png') });
    log('wrote docs/images/problems.png');
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    temporary.cleanUp();
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * VS Code lists the diagnostic under the mouse before the language server's hover, and the card is
 * only so tall. Like a reader would, move onto the card and scroll it (the wheel moves in steps of a
 * few lines) until the finnews part (value, fact, table of other articles) is near the top; then align
 * that part with the top exactly by the remaining few pixels.
 */
async function scrollHoverToFinnewsPart(page, hover) {
  const box = await hover.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const nextFrame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const offsetOfFinnewsPart = () =>
    page.evaluate(() => {
      const card = document.querySelector('.monaco-hover:not(.hidden)');
      const part = [...(card?.querySelectorAll('.hover-row') ?? [])].find((row) => row.textContent.includes('article date'));
      return part ? Math.round(part.getBoundingClientRect().top - card.getBoundingClientRect().top) : null;
    });
  let offset = await offsetOfFinnewsPart();
  for (let step = 0; offset !== null && offset > 60 && step < 50; step++) {
    await page.mouse.wheel(0, Math.min(offset, 200));
    await nextFrame();
    offset = await offsetOfFinnewsPart();
  }
  if (offset === null) throw new Error('the hover card has no finnews part');
  await page.evaluate((pixels) => {
    const scrolled = [...document.querySelectorAll('.monaco-hover:not(.hidden) *')].find((element) => element.scrollTop > 0);
    if (scrolled) scrolled.scrollTop += pixels;
  }, offset);
  await nextFrame();
}

/** True when the first "Amazon" in the editor is drawn in another colour than the text after it. */
function companyIsColoured(page) {
  return page.evaluate(() => {
    for (const span of document.querySelectorAll('.editor-instance .view-line span span')) {
      if (span.textContent !== 'Amazon' || !span.nextElementSibling) continue;
      return getComputedStyle(span).color !== getComputedStyle(span.nextElementSibling).color ? true : null;
    }
    return null;
  });
}

/** Polls an async lookup until it returns a value (not null/undefined), for up to 30 seconds. */
async function waitForValue(lookup, what) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await lookup();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

await main();
