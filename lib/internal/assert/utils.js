'use strict';

// assert.ok() / assert(): on failure without a message, Node quotes the
// source of the failing call ("The expression evaluated to a falsy value:
// assert.ok(x === 1)"). The call is found by reading the caller's file at the
// line and column of the call site and scanning to the call's closing paren.

const { isErrorStackTraceLimitWritable } = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const types = require('internal/util/types');

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// Call site -> quoted expression (or undefined when it cannot be read).
const errorCache = new Map();

const kIdentifierChar = /[\p{ID_Continue}$\u200c\u200d]/u;

// Control characters other than \t, \n and \r are shown escaped.
// eslint-disable-next-line no-control-regex
const kEscapeSequences = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControl(ch) {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// The frame of the caller of `fn`: { fileName, line, column } (1-based).
function getCallSite(fn) {
  const limitWritable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  if (limitWritable) Error.stackTraceLimit = 1;
  Error.prepareStackTrace = (_, frames) => frames;
  const holder = {};
  try {
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    if (!Array.isArray(frames) || frames.length === 0) return undefined;
    const call = frames[0];
    return {
      fileName: call.getFileName(),
      line: call.getLineNumber(),
      column: call.getColumnNumber(),
    };
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
}

const kRegexPrecedingChars = '(,=:[!&|?{};+-*%<>~^';

// Index just past the quoted string starting at `i`.
function skipString(code, i) {
  const quote = code[i++];
  while (i < code.length && code[i] !== quote) {
    if (code[i] === '\\') i++;
    else if (code[i] === '\n') return -1;
    i++;
  }
  return i < code.length ? i + 1 : -1;
}

// Index just past the template literal starting at `i`.
function skipTemplate(code, i) {
  i++;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      i += 2;
    } else if (ch === '`') {
      return i + 1;
    } else if (ch === '$' && code[i + 1] === '{') {
      i = skipBalanced(code, i + 1);
      if (i === -1) return -1;
    } else {
      i++;
    }
  }
  return -1;
}

// Index just past the regular expression literal starting at `i`.
function skipRegExp(code, i) {
  let inClass = false;
  i++;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '\n') return -1;
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) break;
    i++;
  }
  if (i >= code.length) return -1;
  i++;
  while (i < code.length && /[a-z]/.test(code[i])) i++;
  return i;
}

const kClosers = { '(': ')', '[': ']', '{': '}' };

// `code[open]` is an opening bracket: index just past its match, skipping
// strings, templates, comments and regular expressions.
function skipBalanced(code, open) {
  const closer = kClosers[code[open]];
  let i = open + 1;
  let lastSignificant = code[open];
  while (i < code.length) {
    const ch = code[i];
    if (ch === closer) return i + 1;
    if (ch === '\'' || ch === '"') {
      i = skipString(code, i);
    } else if (ch === '`') {
      i = skipTemplate(code, i);
    } else if (ch === '/' && code[i + 1] === '/') {
      const lineEnd = code.indexOf('\n', i);
      i = lineEnd === -1 ? -1 : lineEnd;
      if (i !== -1) continue;
    } else if (ch === '/' && code[i + 1] === '*') {
      const commentEnd = code.indexOf('*/', i + 2);
      i = commentEnd === -1 ? -1 : commentEnd + 2;
      if (i !== -1) continue;
    } else if (ch === '/' && kRegexPrecedingChars.includes(lastSignificant)) {
      i = skipRegExp(code, i);
    } else if (kClosers[ch] !== undefined) {
      i = skipBalanced(code, i);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      return -1;
    } else {
      i++;
      if (!/\s/.test(ch)) lastSignificant = ch;
      continue;
    }
    if (i === -1) return -1;
    lastSignificant = ')';
  }
  return -1;
}

// Start of the callee chain ending in the identifier at `offset`
// (`assert.strict.ok` for a column pointing at `ok`).
function findCalleeStart(code, offset) {
  let start = offset;
  while (start > 0) {
    let dot = start - 1;
    if (code[dot] !== '.') break;
    if (code[dot - 1] === '?') dot--;
    let ident = dot;
    while (ident > 0 && kIdentifierChar.test(code[ident - 1])) ident--;
    if (ident === dot) break;
    start = ident;
  }
  return start;
}

// [calleeStart, source of the call] for the call whose callee is at
// `offset` in `code`, or undefined.
function findCallExpression(code, offset) {
  let end = offset;
  while (end < code.length && kIdentifierChar.test(code[end])) end++;
  if (end === offset) return undefined;
  while (end < code.length && /\s/.test(code[end])) end++;
  if (code[end] === '?' && code[end + 1] === '.') end += 2;
  if (code[end] !== '(') return undefined;
  const callEnd = skipBalanced(code, end);
  if (callEnd === -1) return undefined;
  const start = findCalleeStart(code, offset);
  return [start, code.slice(start, callEnd).replace(kEscapeSequences,
                                                     escapeControl)];
}

// The module loader's reader: no dependency on the fs module.
function readSourceFile(fileName) {
  const text = internalBinding('modules').readFileUtf8(fileName);
  if (typeof text !== 'string') throw new Error('unreadable source');
  return text;
}

// Lines after the first lose up to `column` leading blanks and are indented
// by two spaces, so the quoted call keeps its shape.
function normalizeIndentation(source, column) {
  if (!source.includes('\n')) return source;
  const lines = source.split('\n');
  let result = lines.shift();
  for (const line of lines) {
    let pos = 0;
    while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    result += `\n  ${line.slice(pos)}`;
  }
  return result;
}

function getErrMessage(message, fn) {
  let site;
  try {
    site = getCallSite(fn);
  } catch {
    return undefined;
  }
  if (site === undefined) return undefined;
  const { fileName } = site;
  if (!fileName) return message;
  // Builtin modules have no readable source file.
  if (fileName.startsWith('octet:') || fileName.startsWith('node:')) {
    return undefined;
  }
  const line = site.line - 1;
  const column = site.column - 1;
  const identifier = `${fileName}${line}${column}`;
  if (errorCache.has(identifier)) return errorCache.get(identifier);

  let result;
  try {
    const text = readSourceFile(fileName);
    let lineStart = 0;
    for (let i = 0; i < line && lineStart !== -1; i++) {
      lineStart = text.indexOf('\n', lineStart);
      if (lineStart !== -1) lineStart++;
    }
    if (lineStart !== -1) {
      const found = findCallExpression(text.slice(lineStart), column);
      if (found !== undefined) {
        const [start, source] = found;
        result = 'The expression evaluated to a falsy value:\n\n  ' +
          `${normalizeIndentation(source, start)}\n`;
      }
    }
  } catch {
    result = undefined;
  }
  errorCache.set(identifier, result);
  return result;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(message, fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
  isError,
};
