// Validates a Teams app manifest and its localization files against the schemas bundled in @microsoft/app-manifest
// (picked from each file's $schema, without network), and names the newest manifest schema the package ships.
// Usage: node validate-manifest.js <manifest.json> [<localization.json>...]
// Prints {"newestSchema": "1.30", "files": {"<file>": {"schema": "...", "errors": [...]}}}; exit 0 unless it cannot run.
'use strict';
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');

const schemasRoot = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

function newestSchema() {
  const versions = fs.readdirSync(schemasRoot)
    .map((dir) => /^v(\d+)\.(\d+)$/.exec(dir))
    .filter((match) => match && fs.existsSync(path.join(schemasRoot, match[0], 'MicrosoftTeams.schema.json')))
    .map((match) => [Number(match[1]), Number(match[2])]);
  versions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [major, minor] = versions[versions.length - 1];
  return `${major}.${minor}`;
}

// The library maps a developer.microsoft.com schema URL to its bundled copy; refuse anything else so a test never
// depends on the network.
function bundledSchema(url) {
  const match = /\/json-schemas\/teams\/(v[^/]+)\/([^/]+\.schema\.json)$/.exec(url || '');
  const file = match && path.join(schemasRoot, match[1], match[2]);
  if (!file || !fs.existsSync(file)) throw new Error(`no bundled schema for $schema ${JSON.stringify(url)}`);
  // The localization schema has patterns like "\\[\\b(...)\\b]" whose lone "]" is a syntax error in ajv's unicode
  // regular expressions; escaping it keeps the meaning (a literal bracket).
  const text = fs.readFileSync(file, 'utf8').replace(/\\\\b\]/g, '\\\\b\\\\]');
  return { file, schema: JSON.parse(text) };
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node validate-manifest.js <manifest.json> [<localization.json>...]');
    process.exit(2);
  }
  const result = { newestSchema: newestSchema(), files: {} };
  for (const file of files) {
    const document = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    const { file: schemaFile, schema } = bundledSchema(document.$schema);
    const errors = await AppManifestUtils.validateAgainstSchema(document, schema);
    result.files[file] = { schema: path.relative(schemasRoot, schemaFile), errors };
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e.stack || e.message);
  process.exit(1);
});
