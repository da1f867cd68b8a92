// os values are consistent with each other and with the environment: tmpdir follows TMPDIR (without
// a trailing slash), cpus() matches availableParallelism(), memory figures are sane, and string
// coercion of os.hostname etc. gives the value, and constants cannot be changed.
'use strict';
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.ok(os.hostname().length > 0);
assert.ok(os.release().length > 0);

const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
process.env.TMPDIR = '/some/where/';
assert.strictEqual(os.tmpdir(), '/some/where');
delete process.env.TMPDIR;
delete process.env.TMP;
delete process.env.TEMP;
assert.strictEqual(os.tmpdir(), '/tmp');
process.env.TMP = '/';
assert.strictEqual(os.tmpdir(), '/');
for (const [k, v] of Object.entries(saved)) {
  if (v === undefined) delete process.env[k];
  else process.env[k] = v;
}

const savedHome = process.env.HOME;
process.env.HOME = '/home/elsewhere';
assert.strictEqual(os.homedir(), '/home/elsewhere');
process.env.HOME = savedHome;

const cpus = os.cpus();
assert.ok(cpus.length >= 1);
assert.strictEqual(cpus.length, os.availableParallelism());
for (const cpu of cpus) {
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  for (const key of ['user', 'nice', 'sys', 'idle', 'irq']) {
    assert.ok(Number.isFinite(cpu.times[key]) && cpu.times[key] >= 0, key);
  }
}

assert.ok(os.totalmem() > 0);
assert.ok(os.freemem() > 0 && os.freemem() <= os.totalmem());
assert.ok(os.uptime() > 0);
const load = os.loadavg();
assert.strictEqual(load.length, 3);
assert.ok(load.every((x) => x >= 0));

const user = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(user), null);
assert.strictEqual(typeof user.uid, 'number');
assert.strictEqual(typeof user.username, 'string');
assert.ok(Buffer.isBuffer(os.userInfo({ encoding: 'buffer' }).username));

const interfaces = os.networkInterfaces();
const lo = Object.values(interfaces).flat().find((i) => i.address === '127.0.0.1');
if (lo !== undefined) {
  assert.strictEqual(lo.internal, true);
  assert.strictEqual(lo.family, 'IPv4');
  assert.strictEqual(lo.cidr, '127.0.0.1/8');
}

assert.strictEqual(os.getPriority(), os.getPriority(0));
assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.getPriority('0'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.errno.ENOENT, 2);
// Constants are read-only, on null-prototype objects, as in node.
assert.strictEqual(Object.getPrototypeOf(os.constants.signals), null);
assert.strictEqual(Object.getOwnPropertyDescriptor(os.constants.signals, 'SIGKILL').writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(os, 'constants').writable, false);
