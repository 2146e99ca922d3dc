// Renders bound Adaptive Cards to PNG screenshots the way a reviewer would see them in Teams:
// the adaptivecards SDK in headless Chromium with the Teams light host config and container CSS.
// Usage: node render-cards.js --out <dir> [--host <hostconfig.json>] [--css <file.css>]
//                             [--chromium <path>] <card.json>...
// Writes <dir>/<card file name>.png per card and prints
// {"<card file>": {"png": "...", "inputs": [...], "actions": n} | {"error": "..."}} on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

function parseArguments(argv) {
  const options = { out: null, host: null, css: null, chromium: '/usr/bin/chromium', cards: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i].startsWith('--') ? argv[i].slice(2) : null;
    if (flag && flag in options && flag !== 'cards') options[flag] = argv[++i];
    else options.cards.push(argv[i]);
  }
  if (!options.out || options.cards.length === 0) {
    console.error('usage: node render-cards.js --out <dir> [--host f] [--css f] [--chromium f] <card.json>...');
    process.exit(2);
  }
  return options;
}

// A Teams chat message is roughly this wide; the frame mirrors the designer's Teams container.
const pageHtml = `<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:16px;background:#f5f5f5;font-family:'Segoe UI',sans-serif">
<div id="frame" class="teams-inner-frame" style="width:460px;min-width:0"><div id="card" class="teams-card"></div></div>
</body></html>`;

async function renderOne(page, cardPath, hostConfig, options) {
  const card = JSON.parse(fs.readFileSync(cardPath, 'utf8'));
  await page.setContent(pageHtml);
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  if (options.css) await page.addStyleTag({ path: options.css });
  const summary = await page.evaluate(([json, host]) => {
    const adaptiveCard = new AdaptiveCards.AdaptiveCard();
    if (host) adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(host);
    adaptiveCard.parse(json);
    const element = adaptiveCard.render();
    if (!element) return { error: 'the SDK rendered nothing' };
    document.getElementById('card').appendChild(element);
    return { inputs: adaptiveCard.getAllInputs().map((input) => input.id), actions: adaptiveCard.getActionCount() };
  }, [card, hostConfig]);
  if (summary.error) return summary;
  const png = path.join(options.out, `${path.basename(cardPath, path.extname(cardPath))}.png`);
  await page.locator('#frame').screenshot({ path: png });
  return { png, ...summary };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  fs.mkdirSync(options.out, { recursive: true });
  const hostConfig = options.host ? JSON.parse(fs.readFileSync(options.host, 'utf8')) : null;
  const browser = await chromium.launch({
    executablePath: options.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const results = {};
  try {
    const page = await browser.newPage({ viewport: { width: 520, height: 600 } });
    // Cards may point at images on the internet; a screenshot must not depend on the network.
    await page.route(/^https?:/, (route) => route.abort());
    for (const cardPath of options.cards) {
      try {
        results[cardPath] = await renderOne(page, cardPath, hostConfig, options);
      } catch (e) {
        results[cardPath] = { error: e.message };
      }
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
