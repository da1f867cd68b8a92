'use strict';
// process.emitWarning: emits 'warning' and, unless --no-warnings, prints it as node does.

function writeWarning(warning) {
  if (process.noDeprecation && warning.name === 'DeprecationWarning') return;
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(octet:${process.pid}) ${code}${warning.name}: ${warning.message}\n`;
  if (!writeWarning.traceHintShown) {
    writeWarning.traceHintShown = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `(Use \`octet ${flag} ...\` to show where the warning was created)\n`;
  }
  process.stderr.write(text);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type || 'Warning', code, ctor || emitWarning, detail);
  } else if (!(warning instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
    if (!process.execArgv.includes('--no-warnings')) writeWarning(warning);
  });
}

function createWarning(message, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  warning.name = String(type);
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor);
  return warning;
}

module.exports = { emitWarning };
