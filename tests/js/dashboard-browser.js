// Drives the signals dashboard in headless Chromium the way a coordinator, an outsider and a stranger see it.
// Usage: node dashboard-browser.js --base <http://127.0.0.1:port> --token <coordinator token> --refused-token <token>
//                                  --out <screenshot dir> [--chromium <path>]
// Prints JSON: {"overview": {"figures": {...}, "charts": [...]}, "english": {...}, "signal": {...},
//               "refused": {...}, "signIn": {...}}; every screenshot path is listed under "screenshots".
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

function parseArguments(argv) {
  const options = { base: null, token: null, 'refused-token': null, out: null, chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i].replace(/^--/, '');
    if (!(flag in options)) throw new Error(`unknown option ${argv[i]}`);
    options[flag] = argv[i + 1];
  }
  for (const required of ['base', 'token', 'refused-token', 'out']) {
    if (!options[required]) throw new Error(`--${required} is required`);
  }
  return options;
}

async function figures(page) {
  return page.$$eval('[data-figure]', (cells) => Object.fromEntries(cells.map((c) => [c.dataset.figure, c.textContent.trim()])));
}

async function charts(page) {
  return page.$$eval('svg.chart', (svgs) => svgs.map((svg) => ({
    id: svg.id,
    role: svg.getAttribute('role'),
    title: svg.querySelector('title')?.textContent ?? null,
    description: svg.querySelector('desc')?.textContent ?? null,
    bars: svg.querySelectorAll('rect').length,
    width: Math.round(svg.getBoundingClientRect().width),
  })));
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  fs.mkdirSync(options.out, { recursive: true });
  const shot = (name) => path.join(options.out, name);
  const browser = await chromium.launch({
    executablePath: options.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const result = { screenshots: [] };
  const screenshot = async (page, name) => {
    await page.screenshot({ path: shot(name), fullPage: true });
    result.screenshots.push(shot(name));
  };
  try {
    // A coordinator: the bearer header stands in for the token Teams SSO gives the tab's script.
    const coordinator = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      extraHTTPHeaders: { Authorization: `Bearer ${options.token}` },
    });
    const page = await coordinator.newPage();
    await page.route((url) => !url.href.startsWith(options.base), (route) => route.abort());
    let response = await page.goto(`${options.base}/dashboard?lang=nl-nl`);
    result.overview = { status: response.status(), figures: await figures(page), charts: await charts(page), title: await page.title() };
    await screenshot(page, 'dashboard-nl.png');

    const firstOverdue = page.locator('#overdue a[data-nav]').first();
    const clicked = (await firstOverdue.textContent()).trim();
    await Promise.all([page.waitForURL(/\/dashboard\/signals\//), firstOverdue.click()]);
    result.signal = {
      clicked,
      url: page.url(),
      reference: (await page.locator('[data-figure="reference"]').textContent()).trim(),
      history: await page.$$eval('ol.history li', (items) => items.map((li) => ({ action: li.dataset.audit, text: li.textContent.trim() }))),
      text: await page.locator('body').innerText(),
    };
    await screenshot(page, 'signal.png');

    response = await page.goto(`${options.base}/dashboard?lang=en-us`);
    result.english = { status: response.status(), headings: await page.$$eval('h2', (hs) => hs.map((h) => h.textContent.trim())), figures: await figures(page) };
    await screenshot(page, 'dashboard-en.png');
    await coordinator.close();

    // Someone with a valid Teams token who is neither coordinator nor MT member.
    const refused = await browser.newContext({ viewport: { width: 800, height: 400 }, extraHTTPHeaders: { Authorization: `Bearer ${options['refused-token']}` } });
    const refusedPage = await refused.newPage();
    response = await refusedPage.goto(`${options.base}/dashboard`);
    result.refused = { status: response.status(), figures: await figures(refusedPage), text: await refusedPage.locator('body').innerText() };
    await screenshot(refusedPage, 'refused.png');
    await refused.close();

    // A browser outside Teams without any token: only the sign-in page, whose script finds no Teams host.
    const stranger = await browser.newContext({ viewport: { width: 800, height: 400 } });
    const strangerPage = await stranger.newPage();
    response = await strangerPage.goto(`${options.base}/dashboard`);
    await strangerPage.waitForFunction(() => document.getElementById('status')?.classList.contains('notice'));
    result.signIn = { status: response.status(), figures: await figures(strangerPage), text: await strangerPage.locator('body').innerText() };
    await screenshot(strangerPage, 'sign-in.png');
    await stranger.close();
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
