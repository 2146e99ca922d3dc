// Drives the signals dashboard in headless Chromium the way a coordinator, an outsider and a stranger see it.
// Usage: node dashboard-browser.js --base <http://127.0.0.1:port> --token <coordinator token> --refused-token <token>
//                                  --host-name <public host name> --out <screenshot dir> [--chromium <path>]
// Prints JSON: {"overview": {"figures": {...}, "charts": [...]}, "english": {...}, "signal": {...},
//               "refused": {...}, "signIn": {...}, "inTeams": {...}, "configure": {...}};
// every screenshot path is listed under "screenshots".
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

function parseArguments(argv) {
  const options = { base: null, token: null, 'refused-token': null, 'host-name': null, out: null, chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i].replace(/^--/, '');
    if (!(flag in options)) throw new Error(`unknown option ${argv[i]}`);
    options[flag] = argv[i + 1];
  }
  for (const required of ['base', 'token', 'refused-token', 'host-name', 'out']) {
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

// A stand-in for the Teams web client: a page on https://teams.microsoft.com (served by the route below) that frames
// the tab from https://<host name> (forwarded to the local app) and answers the Teams JavaScript SDK's postMessage
// calls: initialize with a runtime that supports authentication and tab configuration, getAuthToken with the token.
// The real SDK, the real Content-Security-Policy and the real sign-in page's script all run.
const hostPage = `<!doctype html><html><head><meta charset="utf-8"><title>Teams</title></head>
<body style="margin:0;background:#ebebeb"><iframe id="tab" style="border:0;width:1060px;height:1400px;background:#fff"></iframe>
<script>
  window.calls = [];
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || event.source !== document.getElementById('tab').contentWindow) return;
    window.calls.push({ func: message.func, args: message.args });
    const reply = (args) => event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
    if (message.func === 'initialize') {
      reply([window.frameContext, 'web', JSON.stringify({ apiVersion: 4, supports: { authentication: {}, pages: { config: {} } } }), '2.0.0']);
    } else if (message.func === 'authentication.getAuthToken') {
      reply([true, window.ssoToken]);
    } else {
      reply([true]);   // success for calls that report a status (settings.setSettings)
    }
  });
  window.openTab = (url, frameContext, token) => { window.frameContext = frameContext; window.ssoToken = token; document.getElementById('tab').src = url; };
</script></body></html>`;

async function teamsContext(browser, options) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === 'https://teams.microsoft.com') return route.fulfill({ contentType: 'text/html', body: hostPage });
    if (url.origin === `https://${options['host-name']}`) {
      const response = await route.fetch({ url: options.base + url.pathname + url.search });
      return route.fulfill({ response });
    }
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto('https://teams.microsoft.com/host');
  return { context, page };
}

async function inTeams(browser, options, screenshot) {
  const { context, page } = await teamsContext(browser, options);
  const sent = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`https://${options['host-name']}/dashboard`)) sent.push({ url: request.url(), authorization: request.headers().authorization ? 'Bearer' : null });
  });
  await page.evaluate(([url, token]) => window.openTab(url, 'content', token), [`https://${options['host-name']}/dashboard?lang=nl-nl`, options.token]);
  const tab = page.frameLocator('#tab');
  await tab.locator('[data-figure="open-total"]').waitFor({ timeout: 30000 });
  const frame = page.frames().find((f) => f.url().startsWith(`https://${options['host-name']}`));
  const result = { figures: await figures(frame) };
  await screenshot(page, 'in-teams.png', '#tab');
  await tab.locator('#overdue a[data-nav]').first().click();
  await tab.locator('[data-figure="reference"]').waitFor({ timeout: 30000 });
  result.clickedThrough = (await tab.locator('[data-figure="reference"]').textContent()).trim();
  result.history = await frame.$$eval('ol.history li', (items) => items.map((li) => li.dataset.audit));
  result.hostCalls = (await page.evaluate(() => window.calls)).map((call) => call.func);
  result.requests = sent;
  await screenshot(page, 'in-teams-signal.png', '#tab');
  await context.close();
  return result;
}

async function configureTab(browser, options, screenshot) {
  const { context, page } = await teamsContext(browser, options);
  await page.evaluate((url) => window.openTab(url, 'settings', null), `https://${options['host-name']}/dashboard/configure?lang=nl-nl`);
  const frameErrors = [];
  page.on('console', (message) => frameErrors.push(message.text()));
  page.on('pageerror', (error) => frameErrors.push(error.message));
  try {
    await page.waitForFunction(() => window.calls.some((call) => call.func === 'settings.setValidityState'), null, { timeout: 30000 });
  } catch (e) {
    throw new Error(`${e.message}; host saw ${JSON.stringify(await page.evaluate(() => window.calls))}; console: ${frameErrors.join(' | ')}`);
  }
  // The Teams client asks the page to save when the user chooses Save.
  await page.evaluate(() => document.getElementById('tab').contentWindow.postMessage({ func: 'settings.save', args: [{}] }, '*'));
  await page.waitForFunction(() => window.calls.some((call) => call.func.startsWith('settings.save.')), null, { timeout: 30000 });
  const calls = await page.evaluate(() => window.calls);
  await screenshot(page, 'configure.png', '#tab');
  await context.close();
  return {
    valid: calls.find((call) => call.func === 'settings.setValidityState').args,
    settings: (calls.find((call) => call.func === 'settings.setSettings') || { args: [] }).args[0] || null,
    hostCalls: calls.map((call) => call.func),
  };
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
  const screenshot = async (page, name, element) => {
    if (element) {
      // The tab as Teams shows it: its frame only, scrolled to the top after the page swap has been painted.
      await page.evaluate(() => new Promise((resolve) => { window.scrollTo(0, 0); requestAnimationFrame(() => requestAnimationFrame(resolve)); }));
      await page.locator(element).screenshot({ path: shot(name) });
    } else {
      await page.screenshot({ path: shot(name), fullPage: true });
    }
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

    result.inTeams = await inTeams(browser, options, screenshot);
    result.configure = await configureTab(browser, options, screenshot);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
