// One session of Debian's Chromium, headless, for the browser tests (ide.mjs, neo4j-browser.mjs): a fresh
// profile, the page's console errors collected into findings.consoleErrors, a screenshot whatever happens,
// the first line of any failure in findings.error, and the browser and its profile gone afterwards.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export async function inFreshChromium({ profilePrefix, executablePath, timeout, screenshotPath, findings }, drive) {
  // A fresh profile each run, so no service worker or cached state from an earlier run answers.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix));
  let context;
  try {
    // Playwright passes --user-data-dir itself for a persistent context; the other flags keep
    // Chromium off the network (no internet here) and out of sandboxing a container cannot provide.
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
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
    const page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('console', (message) => {
      if (message.type() === 'error') findings.consoleErrors.push(message.text().slice(0, 300));
    });
    try {
      await drive(page);
    } finally {
      await page.screenshot({ path: screenshotPath }).catch((error) => findings.consoleErrors.push(`screenshot: ${error.message}`));
    }
  } catch (error) {
    findings.error = error.message.split('\n')[0];
  } finally {
    await context?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
