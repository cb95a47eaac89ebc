// Drives Debian's Chromium, headless, through Neo4j Browser as an analyst would: open the Browser the
// local Neo4j serves, log in with the generated password, set the parameters of a question from
// cypher/queries/ with :param, run the question and wait for an expected value in its result.
// Saves a screenshot either way and prints one JSON line of findings; exits 0 only when the value was shown.
//
// Usage: node neo4j-browser.mjs <browser url> <user> <password> <query file> <params JSON> <expected text> <screenshot.png> [chromium path]

import fs from 'node:fs';
import { inFreshChromium } from './headless-chromium.mjs';

const [url, user, password, queryFile, paramsJson, expected, screenshotPath, executablePath = '/usr/bin/chromium'] = process.argv.slice(2);
if (!url || !user || !password || !queryFile || !paramsJson || !expected || !screenshotPath) {
  console.error('usage: node neo4j-browser.mjs <browser url> <user> <password> <query file> <params JSON> <expected text> <screenshot.png> [chromium path]');
  process.exit(2);
}

const timeout = 60_000;
const query = fs.readFileSync(queryFile, 'utf8');
const params = JSON.parse(paramsJson);
const findings = { url, connected: false, expectedShown: false, socketError: false, consoleErrors: [] };

// Puts a command into the Browser's editor (CodeMirror) and runs it, as typing it and pressing Ctrl+Enter does.
async function run(page, command) {
  await page.evaluate((text) => document.querySelector('.CodeMirror').CodeMirror.setValue(text), command);
  await page.locator('.CodeMirror textarea').first().focus();
  await page.keyboard.press('Control+Enter');
}

await inFreshChromium({ profilePrefix: 'diplomacygraph-neo4j-browser-', executablePath, timeout, screenshotPath, findings }, async (page) => {
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    const passwordField = page.locator('#connect_password');
    await passwordField.waitFor();
    await page.locator('input[ng-model="username"]').fill(user);
    await passwordField.fill(password);
    await page.locator('#connect_button').click();
    await page.getByText(`You are connected as user ${user}`, { exact: false }).first().waitFor();
    findings.connected = true;

    // After connecting, the Browser opens its start guide; a command typed before that frame is there can be lost.
    await page.getByText('Jump into code', { exact: true }).waitFor();
    let set = 0;
    for (const [name, value] of Object.entries(params)) {
      await run(page, `:param ${name}: ${JSON.stringify(value)}`);
      set += 1;
      await page.waitForFunction(
        (count) => (document.body.innerText.match(/Parameter \w+ set/g) ?? []).length >= count, set, { timeout }); // the Browser spells it "sucessfully"
    }
    await run(page, query);
    // An element whose whole text is the expected value: a result cell, not the echoed query; "Socket error" would mean Bolt failed again.
    await page.getByText(expected, { exact: true }).first().waitFor();
    findings.expectedShown = true;
  } finally {
    findings.socketError = await page.getByText('Socket error', { exact: false }).count() > 0;
  }
});

console.log(JSON.stringify(findings));
process.exit(findings.expectedShown ? 0 : 1);
