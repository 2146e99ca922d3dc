// Parses bound Adaptive Cards with the official adaptivecards SDK, targeting version 1.5, and reports
// everything the SDK complains about while parsing and in validateProperties().
// Usage: node card-sdk.js <card.json>...
// Prints {"<card file>": ["problem", ...], ...} on stdout; exits 0 unless the tool itself failed.
'use strict';
const fs = require('fs');
// The package's lib/ folder is ESM with extensionless imports that Node cannot resolve; the UMD bundle loads fine.
const AC = require('adaptivecards/dist/adaptivecards.js');

const targetVersion = AC.Version.parse('1.5', new AC.SerializationContext());

function sourceOf(event) {
  const source = event.source;
  if (!source || typeof source.getJsonTypeName !== 'function') return '';
  return ` (${source.getJsonTypeName()}${source.id ? `#${source.id}` : ''})`;
}

function check(json) {
  const problems = [];
  const context = new AC.SerializationContext(targetVersion); // reports properties newer than 1.5
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validate: ${AC.ValidationEvent[event.event]}: ${event.message}${sourceOf(event)}`);
  }
  return problems;
}

const results = {};
for (const cardPath of process.argv.slice(2)) {
  try {
    results[cardPath] = check(JSON.parse(fs.readFileSync(cardPath, 'utf8')));
  } catch (e) {
    results[cardPath] = [`sdk failed: ${e.message}`];
  }
}
process.stdout.write(JSON.stringify(results));
