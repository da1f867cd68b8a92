'use strict';

// assert.AssertionError, with Node 20's messages: "a !== b" for short
// primitives, a line diff ("+ actual - expected") for strictEqual and
// deepStrictEqual of larger values, and the "should loosely deep-equal" /
// "a == b" forms for the other operators.

const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const colors = require('internal/assert/colors');

let inspectModule = null;
function lazyInspect() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule.inspect;
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two single-line inputs whose combined length is at most this are shown as
// "actual !== expected" instead of a diff.
const kMaxShortLength = 12;

// eslint-disable-next-line no-control-regex
const kColorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return str.replace(kColorRegExp, '');
}

// The error's own properties, without its stack, so a diff of two errors
// does not print their stacks.
function copyError(source) {
  const target = Object.assign(
    Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// Fixed options so that user changes to inspect's defaults do not change
// assertion messages.
function inspectValue(val) {
  return lazyInspect()(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    // Only enumerable properties are compared.
    showHidden: false,
    showProxy: false,
    sorted: true,
    // Getters are compared too.
    getters: true,
  });
}

function getErrorMessage(operator, message) {
  return message || kReadableOperator[operator];
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Keeps the first 46 lines of a long listing, marking the cut.
function collapseLongListing(lines) {
  if (lines.length > 50) {
    lines[46] = `${colors.blue}...${colors.white}`;
    lines.length = 47;
  }
  return lines;
}

function createErrDiff(actual, expected, operator, message = '') {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const useColors = lazyInspect().defaultOptions.colors;
    const actualRaw = useColors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = useColors ?
      removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      // Short primitives (but not 0 vs -0, which print alike) read best as
      // "1 !== 2".
      if (!isObjectLike(actual) && !isObjectLike(expected) &&
          (actual !== 0 || expected !== 0)) {
        return `${getErrorMessage(operator, message)}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // A caret under the first differing character, when both fit on one
      // terminal line (80 columns when stderr is not a terminal).
      const stderr = process.stderr;
      const maxLength = stderr && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        let pos = 0;
        while (actualRaw[pos] === expectedRaw[pos]) pos++;
        if (pos > 2) indicator = `\n  ${' '.repeat(pos)}^`;
      }
    }
  }

  // Identical trailing lines are cut from the diff: up to three are shown
  // after it, and the last one cut beyond those.
  let end = '';
  let other = '';
  let skipped = false;
  let trailing = 0;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] ===
         expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (trailing++ < 3) {
      end = `\n  ${line}${end}`;
    } else {
      other = line;
    }
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal listings, different identities (e.g. { a: Symbol() } twice).
    const lines = collapseLongListing(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (trailing >= 5) {
    end = `\n${colors.blue}...${colors.white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let res = '';
  let printedLines = 0;
  let identical = 0;
  const header = `${getErrorMessage(operator, message)}\n` +
    `${colors.green}+ actual${colors.white} ` +
    `${colors.red}- expected${colors.white}`;
  const skippedMsg = ` ${colors.blue}...${colors.white} Lines skipped`;

  // The longer listing drives the loop; lines past the shorter one are pure
  // additions (+) or removals (-).
  let lines = actualLines;
  let plusMinus = `${colors.green}+${colors.white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${colors.red}-${colors.white}`;
    shorterLength = actualLines.length;
  }

  // Before a change, show up to three of the identical lines preceding it
  // (two were shown already when the run began); longer runs are elided.
  function printContextBefore(source, i) {
    if (identical <= 2) return;
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          res += `\n  ${source[i - 3]}`;
          printedLines++;
        } else {
          res += `\n${colors.blue}...${colors.white}`;
          skipped = true;
        }
      }
      res += `\n  ${source[i - 2]}`;
      printedLines++;
    }
    res += `\n  ${source[i - 1]}`;
    printedLines++;
  }

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      printContextBefore(lines, i);
      identical = 0;
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') &&
          expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        printContextBefore(actualLines, i);
        identical = 0;
        // Buffer the expected side so runs print as +++--- not +-+-+-.
        res += `\n${colors.green}+${colors.white} ${actualLine}`;
        other += `\n${colors.red}-${colors.white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // Show about 50 lines at most.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${header}${skippedMsg}\n${res}\n${colors.blue}...${colors.white}` +
        `${other}\n${colors.blue}...${colors.white}`;
    }
  }

  return `${header}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

// Message for notStrictEqual / notDeepStrictEqual: the one value, which both
// sides equal.
function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const res = collapseLongListing(inspectValue(actual).split('\n'));
  if (operator === 'notStrictEqual' &&
      (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (res.length === 1) {
    return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
  }
  return `${base}\n\n${res.join('\n')}\n`;
}

// Message for the loose and custom operators: "a == b", the deepEqual /
// notDeepEqual forms.
function createOperatorMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequalOperator = kReadableOperator[`${operator}Unequal`];
    if (unequalOperator) {
      res = `${unequalOperator}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

// -> { text, actual, expected }; two errors are shown (and kept on the
// assertion error) as copies without their stacks.
function buildMessage(options) {
  const { message, operator } = options;
  let { actual, expected } = options;
  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      const text = createErrDiff(actual, expected, operator, message);
      return { text, actual, expected };
    }
    return { text: String(message), actual, expected };
  }
  colors.refresh();
  if (isObjectLike(actual) && isObjectLike(expected) &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  let text;
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    text = createErrDiff(actual, expected, operator);
  } else if (operator === 'notDeepStrictEqual' ||
             operator === 'notStrictEqual') {
    text = createNotEqualMessage(actual, operator);
  } else {
    text = createOperatorMessage(actual, expected, operator);
  }
  return { text, actual, expected };
}

// Long strings in `actual` / `expected` are cut when the error is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Older name of stackStartFn.
      stackStartFunction,
    } = options;

    const built = buildMessage(options);
    // The stack is captured below, from stackStartFn.
    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    super(built.text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = built.actual;
      this.expected = built.expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Render the stack while the name carries the code, then restore it.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') {
      this.actual = addEllipsis(this.actual);
    }
    if (typeof this.expected === 'string') {
      this.expected = addEllipsis(this.expected);
    }
    // Depth 0: the message already shows both values in full.
    const result = lazyInspect()(this, {
      ...ctx,
      customInspect: false,
      depth: 0,
    });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
