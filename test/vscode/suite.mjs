// Drives a running code-server, with the packaged extension installed and the fixture corpus as its folder, through
// Debian's Chromium, runs each check of lib/steps.mjs, saves a screenshot per check and prints a PASS/FAIL table.
// Usage (run.sh does this): node suite.mjs --url URL --corpus DIR --screenshots DIR [--docs-images DIR]
// With --docs-images, the steps that illustrate the docs also save a crop of the editor (or of another part) there.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildSteps, NotActivated } from './lib/steps.mjs';
import { CheckFailed, waitUntil, Workbench } from './lib/workbench.mjs';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    corpus: { type: 'string' },
    screenshots: { type: 'string' },
    'docs-images': { type: 'string' },
  },
});
for (const name of ['url', 'corpus', 'screenshots']) {
  if (!options[name]) throw new Error(`missing --${name}`);
}

// Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed network refuses.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function waitForServer(url) {
  await waitUntil(
    `code-server to answer at ${url}`,
    async () => {
      const response = await fetch(new URL('healthz', url)).catch(() => null);
      return response?.ok ?? false;
    },
    { timeoutMs: 60000, intervalMs: 300 },
  );
}

async function main() {
  mkdirSync(options.screenshots, { recursive: true });
  await waitForServer(options.url);
  const articleCount = readdirSync(options.corpus).filter((name) => name.endsWith('.txt')).length;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: chromiumFlags });
  const results = [];
  const report = (result) => {
    results.push(result);
    console.log(`${result.passed ? 'PASS' : 'FAIL'}  ${result.name}\n      ${result.detail}`);
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.setDefaultTimeout(15000);
    const workbench = new Workbench(page);
    const started = Date.now();
    try {
      await workbench.open(`${options.url}?folder=${encodeURIComponent(options.corpus)}`);
      report({ name: 'the workbench loads the corpus folder', passed: true, detail: `${Date.now() - started} ms` });
    } catch (error) {
      await page.screenshot({ path: join(options.screenshots, '00-workbench-FAILED.png') }).catch(() => {});
      report({ name: 'the workbench loads the corpus folder', passed: false, detail: messageOf(error) });
      return;
    }
    let activated = true;
    for (const [index, { id, name, run, docsImage, after }] of buildSteps({ articleCount, corpus: options.corpus }).entries()) {
      if (!activated) {
        report({ name, passed: false, detail: 'skipped: the extension did not activate' });
        continue;
      }
      const shot = join(options.screenshots, `${String(index + 1).padStart(2, '0')}-${id}`);
      const stepStarted = Date.now();
      try {
        const detail = await run(workbench);
        await page.screenshot({ path: `${shot}.png` });
        if (docsImage && options['docs-images']) await saveCrop(page, join(options['docs-images'], docsImage.file), docsImage);
        report({ name, passed: true, detail: `${detail} (${Date.now() - stepStarted} ms)` });
      } catch (error) {
        await page.screenshot({ path: `${shot}-FAILED.png` }).catch(() => {});
        report({ name, passed: false, detail: messageOf(error) });
        activated = !(error instanceof NotActivated);
        await page.keyboard.press('Escape').catch(() => {});
      } finally {
        // What a step changed for itself (a view, a layout) is put back after its screenshot, passed or not.
        if (after) await after(workbench).catch((error) => console.log(`      could not put back what "${name}" changed: ${messageOf(error)}`));
      }
    }
  } finally {
    await browser.close();
    const failed = results.filter((result) => !result.passed).length;
    console.log(`${results.length - failed} passed, ${failed} failed; screenshots in ${options.screenshots}`);
    process.exitCode = failed ? 1 : 0;
  }
}

function messageOf(error) {
  return error instanceof CheckFailed ? error.message : (error?.stack ?? String(error));
}

/** A crop of the active editor, or of another part of the workbench (`part`, a selector such as the sidebar's). */
async function saveCrop(page, path, { height, part = '.editor-group-container.active' }) {
  const box = await page.locator(part).first().boundingBox();
  if (!box) throw new Error(`no ${part} to crop`);
  await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(height, box.height) } });
}

await main();
