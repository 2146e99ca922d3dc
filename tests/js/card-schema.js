// Validates bound Adaptive Cards against the official 1.5 JSON schema (draft-06) with ajv.
// Usage: node card-schema.js <adaptive-card-1.5.schema.json> <card.json>...
// Prints {"<card file>": ["problem", ...], ...} on stdout; exits 0 unless the tool itself failed.
'use strict';
const fs = require('fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [schemaPath, ...cardPaths] = process.argv.slice(2);
if (!schemaPath) {
  console.error('usage: node card-schema.js <schema.json> <card.json>...');
  process.exit(2);
}

const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// ajv 8 only knows "$id"; the published file still uses the draft-04/06 spelling "id".
if (schema.id && !schema.$id) {
  schema.$id = schema.id;
  delete schema.id;
}
const ajv = new Ajv({ allErrors: true, strict: false }); // the schema carries non-standard keywords such as "version"
ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
addFormats(ajv);
const validateCard = ajv.compile(schema);

// Checking each typed object against its own definition turns hundreds of anyOf branches into a few lines.
const validators = new Map();
function validatorFor(type) {
  if (!Object.prototype.hasOwnProperty.call(schema.definitions, type)) return null;
  if (!validators.has(type)) validators.set(type, ajv.getSchema(`${schema.$id}#/definitions/${type}`));
  return validators.get(type);
}

const isTyped = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.type === 'string';

// Keys whose content is free-form or Teams-only, so the schema says nothing about what is inside.
const opaqueKeys = new Set(['data', 'msteams']);

function describe(error) {
  if (error.keyword === 'additionalProperties') return `unexpected property "${error.params.additionalProperty}"`;
  if (error.keyword === 'required') return `missing required property "${error.params.missingProperty}"`;
  if (error.params && error.params.allowedValues) return `${error.message} ${JSON.stringify(error.params.allowedValues)}`;
  return error.message;
}

function detailedProblems(root) {
  const problems = [];
  const visit = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${path}/${i}`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (isTyped(node)) {
      const validate = validatorFor(node.type);
      if (!validate) {
        problems.push(`${path || '/'}: unknown type "${node.type}"`);
      } else if (!validate(node)) {
        const messages = new Map();
        for (const error of validate.errors) {
          if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || error.keyword === 'if') continue;
          if (insideNestedTypedObject(node, error.instancePath)) continue; // reported when that object is visited
          const where = `${path}${error.instancePath}` || '/';
          if (!messages.has(where)) messages.set(where, new Set());
          messages.get(where).add(describe(error));
        }
        for (const [where, texts] of messages) problems.push(`${where}: ${[...texts].join('; ')}`);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (!opaqueKeys.has(key)) visit(child, `${path}/${key}`);
    }
  };
  visit(root, '');
  return problems;
}

function insideNestedTypedObject(owner, instancePath) {
  let current = owner;
  for (const step of instancePath.split('/').slice(1)) {
    current = current == null ? undefined : current[step];
    if (isTyped(current)) return true;
  }
  return false;
}

const results = {};
for (const cardPath of cardPaths) {
  let card;
  try {
    card = JSON.parse(fs.readFileSync(cardPath, 'utf8'));
  } catch (e) {
    results[cardPath] = [`not JSON: ${e.message}`];
    continue;
  }
  if (card && typeof card === 'object') delete card.msteams; // Teams extension, absent from the schema
  if (validateCard(card)) {
    results[cardPath] = [];
    continue;
  }
  const problems = detailedProblems(card);
  results[cardPath] = problems.length > 0
    ? problems
    : validateCard.errors.slice(0, 10).map((e) => `${e.instancePath || '/'}: ${describe(e)}`);
}
process.stdout.write(JSON.stringify(results));
