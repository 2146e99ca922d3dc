// Preload (node -r ./force-loopback.js …) for servers that call listen(port) without a host, as the
// Agents Playground does: without it they accept connections on every interface of the machine.
'use strict';
const net = require('net');

const LOOPBACK = '127.0.0.1';
const listen = net.Server.prototype.listen;
const isPort = value => typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));
// Options objects name a port; handles (servers, sockets, { fd }) and unix socket paths are left alone.
const isTcpOptions = value => value !== null && typeof value === 'object' && !('_handle' in value)
  && value.fd === undefined && value.path === undefined;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (args.length === 0 || typeof first === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (isPort(first) && typeof second !== 'string') {
    args.splice(1, 0, LOOPBACK);
  } else if (isTcpOptions(first) && first.host === undefined) {
    args[0] = { ...first, host: LOOPBACK };
  }
  return listen.apply(this, args);
};
