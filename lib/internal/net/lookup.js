'use strict';
// Host name → address for net. Numeric addresses resolve to themselves and 'localhost' to
// 127.0.0.1; octet has no resolver, so any other name fails as an unknown host does in node
// (getaddrinfo ENOTFOUND). Callbacks always come on a later tick, like dns.lookup's.

const { isIP } = require('internal/net/ip');
const { DNSException } = require('internal/errors');

// lookup(host, { all }, cb): cb(err, address, family), or cb(err, [{ address, family }]) with all.
function lookup(host, options, callback) {
  let address = null;
  let family = isIP(host);
  if (family !== 0) {
    address = host;
  } else if (typeof host === 'string' && host.toLowerCase() === 'localhost') {
    address = '127.0.0.1';
    family = 4;
  }
  if (address === null) {
    const { UV_EAI_NONAME } = internalBinding('uv');
    process.nextTick(callback, new DNSException(UV_EAI_NONAME, 'getaddrinfo', host));
    return;
  }
  if (options && options.all) {
    process.nextTick(callback, null, [{ address, family }]);
  } else {
    process.nextTick(callback, null, address, family);
  }
}

module.exports = { lookup };
