'use strict';
// The `os` module: facts about the machine, the OS and the current user, from libuv.

const binding = internalBinding('os');
const { Buffer } = require('buffer');
const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

const { constants } = binding;

// Throws node's ERR_SYSTEM_ERROR for a failed call recorded in ctx.
function checkContext(ctx) {
  if (ctx.errno === undefined) return;
  const uv = internalBinding('uv');
  throw new ERR_SYSTEM_ERROR({
    errno: ctx.errno,
    code: uv.errname(ctx.errno),
    message: uv.getErrorMessage(ctx.errno),
    syscall: ctx.syscall,
  });
}

// A function whose result comes from one binding call that may fail.
function checked(name, call) {
  const fn = {
    [name]() {
      const ctx = {};
      const result = call(ctx);
      checkContext(ctx);
      return result;
    },
  }[name];
  // `${os.hostname}` gives the value, as in node (compatibility with old code).
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

const hostname = checked('hostname', (ctx) => binding.getHostname(ctx));
const homedir = checked('homedir', (ctx) => binding.getHomeDirectory(ctx));
const uptime = checked('uptime', (ctx) => binding.getUptime(ctx));
const osInfo = (ctx) => binding.getOSInformation(ctx) || [];
const type = checked('type', (ctx) => osInfo(ctx)[0]);
const version = checked('version', (ctx) => osInfo(ctx)[1]);
const release = checked('release', (ctx) => osInfo(ctx)[2]);
const machine = checked('machine', (ctx) => osInfo(ctx)[3]);

function totalmem() {
  return binding.getTotalMem();
}
totalmem[Symbol.toPrimitive] = () => totalmem();

function freemem() {
  return binding.getFreeMem();
}
freemem[Symbol.toPrimitive] = () => freemem();

function availableParallelism() {
  return binding.getAvailableParallelism();
}

function arch() {
  return process.arch;
}
arch[Symbol.toPrimitive] = () => process.arch;

function platform() {
  return process.platform;
}
platform[Symbol.toPrimitive] = () => process.platform;

function tmpdir() {
  const env = process.env;
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}
tmpdir[Symbol.toPrimitive] = () => tmpdir();

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
function endianness() {
  return kEndianness;
}
endianness[Symbol.toPrimitive] = () => kEndianness;

function loadavg() {
  const values = new Float64Array(3);
  binding.getLoadAvg(values);
  return [values[0], values[1], values[2]];
}

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// The number of leading one bits of a netmask, or null when its ones are not contiguous.
function prefixLength(netmask, family) {
  let groups;
  let bitsPerGroup;
  if (family === 'IPv6') {
    bitsPerGroup = 16;
    const [head, tail] = netmask.includes('::') ? netmask.split('::') : [netmask, undefined];
    const headGroups = head ? head.split(':') : [];
    const tailGroups = tail ? tail.split(':') : [];
    const fill = tail === undefined ? [] : new Array(8 - headGroups.length - tailGroups.length).fill('0');
    groups = [...headGroups, ...fill, ...tailGroups].map((g) => Number.parseInt(g || '0', 16));
  } else {
    bitsPerGroup = 8;
    groups = netmask.split('.').map((g) => Number.parseInt(g, 10));
  }
  let ones = 0;
  let seenZero = false;
  for (const group of groups) {
    for (let bit = bitsPerGroup - 1; bit >= 0; bit--) {
      if (group & (1 << bit)) {
        if (seenZero) return null;
        ones++;
      } else {
        seenZero = true;
      }
    }
  }
  return ones;
}

function networkInterfaces() {
  const ctx = {};
  const data = binding.getInterfaceAddresses(ctx);
  checkContext(ctx);
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: null,
    };
    const ones = prefixLength(entry.netmask, entry.family);
    entry.cidr = ones === null ? null : `${entry.address}/${ones}`;
    if (entry.family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const user = binding.getUserInfo(ctx);
  checkContext(ctx);
  const info = { __proto__: null, ...user };
  if (options?.encoding === 'buffer') {
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    info.shell = info.shell === null ? null : Buffer.from(info.shell);
  } else if (options?.encoding && options.encoding !== 'utf8' && options.encoding !== 'utf-8') {
    const encoding = options.encoding;
    info.username = Buffer.from(info.username).toString(encoding);
    info.homedir = Buffer.from(info.homedir).toString(encoding);
    if (info.shell !== null) info.shell = Buffer.from(info.shell).toString(encoding);
  }
  return info;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  binding.setPriority(pid, priority, ctx);
  checkContext(ctx);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  checkContext(ctx);
  return priority;
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
