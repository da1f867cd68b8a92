'use strict';

// util.debuglog(section): a logger that writes "SECTION pid: message" to stderr when NODE_DEBUG
// names the section (comma separated, * as a wildcard, any case), and does nothing otherwise.

let testEnabled;

function initializeDebugEnv(debugEnv) {
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/,/g, '$|^');
    const enabled = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (section) => enabled.test(section);
  } else {
    testEnabled = () => false;
  }
}

function isEnabled(section) {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return testEnabled(section);
}

function noop() {}

const debugImpls = { __proto__: null };

function debuglogImpl(enabled, section) {
  if (debugImpls[section] === undefined) {
    if (enabled) {
      const { format, formatWithOptions, inspect } = require('internal/util/inspect');
      const pid = process.pid;
      debugImpls[section] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', section, coloredPid, msg));
      };
    } else {
      debugImpls[section] = noop;
    }
  }
  return debugImpls[section];
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    const force = process.env.FORCE_COLOR;
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// The section is looked up on first use, so modules can create loggers before NODE_DEBUG is
// read; `cb` receives the real logger once it exists.
function debuglog(section, cb) {
  let enabled;
  function init() {
    section = section.toUpperCase();
    enabled = isEnabled(section);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, section);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };
