// Drives Debian's Chromium, headless, through Banana Cake Pop served by the GraphQL endpoint:
// load the IDE, open a new document (which makes the IDE introspect the endpoint), wait until it
// reports the schema as available, open the schema's SDL view and look for an expected type name.
// Saves a screenshot either way, so a failure can be seen, and prints one JSON line of findings
// (with the page's console errors and uncaught exceptions, requests to other origins, and whether
// the "switch to Nitro" banner showed).
// Exits 0 only when the expected type name was shown.
//
// Usage: node ide.mjs <ide url> <screenshot.png> <type name to expect> [chromium path]

import { inFreshChromium } from './headless-chromium.mjs';

const [url, screenshotPath, expectedTypeName, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !screenshotPath || !expectedTypeName) {
  console.error('usage: node ide.mjs <ide url> <screenshot.png> <type name to expect> [chromium path]');
  process.exit(2);
}

const timeout = 60_000;
const findings = { url, pageTitle: null, schemaAvailable: false, typeNameShown: false, graphqlPosts: 0, consoleErrors: [], offsiteRequests: [], nitroBannerShown: null };
const origin = new URL(url).origin;
await inFreshChromium({ profilePrefix: 'diplomacygraph-ide-', executablePath, timeout, screenshotPath, findings }, async (page) => {
  // Uncaught exceptions and rejected promises (the telemetry post's "Failed to fetch") are errors too.
  page.on('pageerror', (error) => findings.consoleErrors.push(`uncaught: ${error.message}`.slice(0, 300)));
  page.on('request', (request) => {
    if (request.method() === 'POST') findings.graphqlPosts++;
    const requestUrl = new URL(request.url());
    if (/^https?:$/.test(requestUrl.protocol) && requestUrl.origin !== origin) findings.offsiteRequests.push(request.url().slice(0, 200));
  });

  await page.goto(url, { waitUntil: 'load', timeout });
  await page.getByText('Create Document', { exact: true }).waitFor();
  findings.nitroBannerShown = await page.getByText('Banana Cake Pop is now Nitro', { exact: false }).count() > 0;
  await page.getByText('Create Document', { exact: true }).click();
  await page.getByText('Schema available').waitFor();
  findings.schemaAvailable = true;
  await page.getByText('Schema Definition', { exact: true }).click();
  await page.getByText(expectedTypeName, { exact: true }).first().waitFor();
  findings.typeNameShown = true;
  findings.pageTitle = await page.title();
});

console.log(JSON.stringify(findings));
process.exit(findings.typeNameShown ? 0 : 1);
