// Prints the bot's role settings for the demo people as command-line arguments (--Roles:Admins:0=… …): every
// coordinator may triage, and every "beheerder" is an administrator (who registers the coordinators' channel).
const users = require('./users.json').users;
const withRole = role => users.filter(u => (u.roles || []).includes(role));
const args = [
  ...withRole('coordinator').map((u, i) => `--Roles:Coordinators:${i}=${u.aadObjectId}`),
  ...withRole('beheerder').map((u, i) => `--Roles:Admins:${i}=${u.aadObjectId}`),
];
process.stdout.write(args.join(' '));
