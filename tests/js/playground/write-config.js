#!/usr/bin/env node
// Builds the Agents Playground config (.m365agentsplayground.yml) from users.json and conversations.json,
// so the demo people live in one file that the app's demo directory can read too.
//   node write-config.js [--as <id|first name|role>] <out-file>   write the config (JSON is valid YAML)
//   node write-config.js [--as <id|first name|role>] --list       print who is who
'use strict';
const fs = require('fs');
const path = require('path');

const here = __dirname;
const readJson = file => JSON.parse(fs.readFileSync(path.join(here, file), 'utf8'));

function parseArgs(argv) {
  const options = { as: undefined, list: false, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--as') options.as = argv[++i];
    else if (argv[i] === '--list') options.list = true;
    else if (!options.out) options.out = argv[i];
    else throw new Error(`unexpected argument ${argv[i]}`);
  }
  if (!options.list && !options.out) throw new Error('usage: write-config.js [--as <who>] (<out-file> | --list)');
  return options;
}

function pickCurrent(users, who) {
  if (!who) return users.find(u => u.current) ?? users[0];
  const key = who.toLowerCase();
  const match = users.find(u => u.id.toLowerCase() === key)
    ?? users.find(u => u.givenName.toLowerCase() === key || u.name.toLowerCase() === key)
    ?? users.find(u => u.roles.includes(key));
  if (!match) {
    const roles = [...new Set(users.flatMap(u => u.roles))].join(', ');
    throw new Error(`no demo user matches "${who}" (try a first name: ${users.map(u => u.givenName).join(', ')}; or a role: ${roles})`);
  }
  return match;
}

// The Playground rejects unknown keys, and spells the UPN key "userPrincipleName".
const asPlaygroundUser = u => ({
  id: u.id, name: u.name, userPrincipleName: u.email, aadObjectId: u.aadObjectId,
  givenName: u.givenName, surname: u.surname, email: u.email,
});

function buildConfig(directory, conversations, current) {
  return {
    version: '0.1.1',
    tenantId: directory.tenantId,
    bot: conversations.bot,
    currentUser: asPlaygroundUser(current),
    users: directory.users.filter(u => u !== current).map(asPlaygroundUser),
    // Each person has a personal chat of their own: the bot keeps its data between runs, and what it sends to one
    // person's chat must not show up in the next person's after a restart with another --as.
    personalChat: { ...conversations.personalChat, id: `${conversations.personalChat.id}-${current.givenName.toLowerCase()}` },
    groupChat: conversations.groupChat,
    team: conversations.team,
  };
}

function describe(directory, current) {
  const width = Math.max(...directory.users.map(u => u.name.length));
  return directory.users.map(u =>
    `${u === current ? '*' : ' '} ${u.name.padEnd(width)}  ${u.roles.join(', ').padEnd(28)} ${u.id}`).join('\n');
}

try {
  const options = parseArgs(process.argv.slice(2));
  const directory = readJson('users.json');
  const current = pickCurrent(directory.users, options.as);
  if (options.list) {
    console.log(describe(directory, current));
  } else {
    const config = buildConfig(directory, readJson('conversations.json'), current);
    fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
    fs.writeFileSync(options.out, JSON.stringify(config, null, 2) + '\n');
  }
} catch (e) {
  console.error(`write-config: ${e.message}`);
  process.exit(2);
}
