// Prints the bot's role settings for the demo people as command-line arguments (--Roles:Admins:0=… …):
// every coordinator may triage, and the first coordinator is also the administrator who registers the channel.
const users = require('./users.json').users;
const coordinators = users.filter(u => (u.roles || []).includes('coordinator'));
const args = coordinators.map((u, i) => `--Roles:Coordinators:${i}=${u.aadObjectId}`);
if (coordinators.length > 0) args.push(`--Roles:Admins:0=${coordinators[0].aadObjectId}`);
process.stdout.write(args.join(' '));
