'use strict';

// util.inspect for errors: the stack is the body, renamed when the constructor or tag says more
// than the stack's first line, wrapped in brackets when it has no frames, with frames shared with
// the `cause` collapsed and (in colour) core frames dimmed.

const { isError } = require('internal/util');
const { getPrefix } = require('internal/util/inspect_text');

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

// Where the first run of more than three lines of `a` appears in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest <= 3) continue;
    let len = 1;
    const maxLen = Math.min(a.length - i, rest);
    while (maxLen > len && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter only loses the de-duplication.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Names the error after its constructor when the stack's first line does not already: a
// subclass shows as "MyError [TypeError]: msg", a null-prototype error as "[Error: null prototype]".
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = stack.replace(`${name}`, `${name} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
  }
  if (constructor === null ||
      (String(name).endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

// name, message and stack are hidden when the stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) {
      keys.splice(index, 1);
    }
  }
}

// Frames inside builtin modules (named node:<id> or octet:<id>) are dimmed in colour.
const kCoreFrame = /^ {4}at (?:[^/\\(]+ \(|)(?:node|octet):(.+):\d+:\d+\)?$/;
const kNodeModules = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  let marked = '';
  let pos = 0;
  let match;
  kNodeModules.lastIndex = 0;
  while ((match = kNodeModules.exec(line)) !== null) {
    // '/node_modules/' is 14 characters.
    marked += line.slice(pos, match.index + 14);
    marked += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  return pos === 0 ? line : marked + line.slice(pos);
}

// Dims the working-directory part of a frame, so the project-relative path stands out.
function markCwd(ctx, line, workingDirectory) {
  let cwdStart = line.indexOf(workingDirectory);
  if (cwdStart === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let marked = line.slice(0, start);
  marked += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  marked += line.slice(cwdEnd, end);
  if (end === -1) marked += ctx.stylize(')', 'undefined');
  return marked;
}

function safeGetCwd() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function colorFrames(ctx, lines) {
  const workingDirectory = safeGetCwd();
  let esmWorkingDirectory;
  let out = '';
  for (let line of lines) {
    const core = kCoreFrame.exec(line);
    if (core !== null && internalBinding('builtins').hasBuiltin(core[1])) {
      out += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = markNodeModules(ctx, line);
    if (workingDirectory !== undefined) {
      let marked = markCwd(ctx, line, workingDirectory);
      if (marked === line) {
        if (esmWorkingDirectory === undefined) esmWorkingDirectory = `file://${workingDirectory}`;
        marked = markCwd(ctx, line, esmWorkingDirectory);
      }
      line = marked;
    }
    out += `\n${line}`;
  }
  return out;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? err.name : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);

  // Frames start after the message, which may itself contain "\n    at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const head = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    stack = head + (ctx.colors ? colorFrames(ctx, lines) : `\n${lines.join('\n')}`);
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

module.exports = { formatError, identicalSequenceRange };
