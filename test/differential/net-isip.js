'use strict';
// net.isIP / isIPv4 / isIPv6 on valid, invalid and odd inputs.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4',
  '1.2.3.04', ' 1.2.3.4', '1.2.3.4 ', '::', '::1', '::ffff:127.0.0.1', 'fe80::1%eth0',
  '2001:db8::ff00:42:8329', '2001:0db8:0000:0000:0000:ff00:0042:8329', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', ':::', 'gggg::1', '1:2:3:4:5:6:1.2.3.4', '::1.2.3.4',
  'fe80::1%', 'localhost', '', 'x', '[::1]', '1.2.3.4/24',
  123, null, undefined, {}, [], { toString() { return '10.0.0.1'; } }, true,
];
for (const input of inputs) {
  const label = typeof input === 'string' ? JSON.stringify(input) : String(input);
  console.log(label, net.isIP(input), net.isIPv4(input), net.isIPv6(input));
}
