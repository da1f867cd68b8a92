'use strict';

// util.parseArgs(): command-line parsing in three passes, as Node 20 does it.
// 1. The configuration is validated.
// 2. Arguments become tokens (option, positional, option-terminator); short
//    groups such as '-abc' are expanded first and share their index.
// 3. Tokens are checked (strict mode) and stored in `values`/`positionals`,
//    then defaults fill whatever the arguments left unset.

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');
const {
  charAt,
  findLongOptionForShort,
  isLoneLongOption,
  isLoneShortOption,
  isLongOptionAndValue,
  isOptionValue,
  isOptionLikeValue,
  isShortOptionAndValue,
  isShortOptionGroup,
  objectGetOwn,
  optionsGetOwn,
  startsWith,
  useDefaultValueOption,
} = require('internal/util/parse_args/utils');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');

const hasOwn = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
const slice = (str, start, end) => String.prototype.slice.call(str, start, end);

// With -e/-p there is no script path: user arguments follow the executable.
function getMainArgs() {
  const execArgv = process.execArgv;
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

// Strict mode: `--port --verbose` most likely lacks the port.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  // The short spelling is suggested only to someone who used it.
  const example = startsWith(token.rawName, '--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

// Strict mode: the option must be known and given a value iff it is a string.
function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && startsWith(name, 'no-');
    if (negated) name = slice(name, 3);
    if (!negated || !hasOwn(config.options, name) ||
        optionsGetOwn(config.options, name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }

  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong}' does not take an argument`);
  }
}

// The stored value is what the user wrote (true for a bare flag), whatever
// the configured type: in loose mode the script decides what to make of it.
function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  // Writing it would replace the prototype of `values`.
  if (name === '__proto__') return;

  if (allowNegative && startsWith(name, 'no-') && value === undefined) {
    name = slice(name, 3);
    token.name = name;
    value = false;
  }

  const newValue = value ?? true;
  if (optionsGetOwn(options, name, 'multiple')) {
    if (values[name]) {
      values[name].push(newValue);
    } else {
      values[name] = [newValue];
    }
  } else {
    values[name] = newValue;
  }
}

function storeDefaultOption(name, value, values) {
  if (name === '__proto__') return;
  values[name] = value;
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  // The arguments an expanded short group was split into keep its index.
  let groupCount = 0;

  const remaining = args.slice();
  // '-f' or '--foo', taking the next argument as its value when it is a string option.
  function pushLoneOption(name, arg) {
    let value;
    let inlineValue;
    if (optionsGetOwn(options, name, 'type') === 'string' && isOptionValue(remaining[0])) {
      value = remaining.shift();
      inlineValue = false;
    }
    tokens.push(optionToken(name, arg, index, value, inlineValue));
    if (value != null) ++index;
  }

  while (remaining.length > 0) {
    const arg = remaining.shift();
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      // POSIX guideline 10: everything after a lone '--' is positional.
      tokens.push({ kind: 'option-terminator', index });
      // map() skips holes of a sparse `args` and the spread turns them into
      // undefined entries, which then fail when read: Node's behaviour too.
      tokens.push(...remaining.map(
        (rest) => ({ kind: 'positional', index: ++index, value: rest })));
      break;
    }

    if (isLoneShortOption(arg)) {
      // '-f', perhaps followed by its value.
      pushLoneOption(findLongOptionForShort(charAt(arg, 1), options), arg);
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // '-abfFILE' -> '-a', '-b', '-fFILE': a string option ends the group.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = charAt(arg, i);
        const name = findLongOptionForShort(short, options);
        if (optionsGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${slice(arg, i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      // '-fFILE'
      const short = charAt(arg, 1);
      const name = findLongOptionForShort(short, options);
      tokens.push(optionToken(name, `-${short}`, index, slice(arg, 2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      // '--foo', perhaps followed by its value.
      pushLoneOption(slice(arg, 2), arg);
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      // '--foo=bar'
      const equals = String.prototype.indexOf.call(arg, '=');
      const name = slice(arg, 2, equals);
      tokens.push(optionToken(name, `--${name}`, index, slice(arg, equals + 1), true));
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateOptionConfig(name, optionConfig) {
  validateObject(optionConfig, `options.${name}`);

  const type = objectGetOwn(optionConfig, 'type');
  validateUnion(type, `options.${name}.type`, ['string', 'boolean']);

  if (hasOwn(optionConfig, 'short')) {
    const short = optionConfig.short;
    validateString(short, `options.${name}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short,
                                      'must be a single character');
    }
  }

  const multiple = objectGetOwn(optionConfig, 'multiple');
  if (hasOwn(optionConfig, 'multiple')) {
    validateBoolean(multiple, `options.${name}.multiple`);
  }

  const defaultValue = objectGetOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    let validator;
    if (type === 'string') validator = multiple ? validateStringArray : validateString;
    else validator = multiple ? validateBooleanArray : validateBoolean;
    validator(defaultValue, `options.${name}.default`);
  }
}

// An arrow function, as in Node: it has no prototype and cannot be `new`ed.
const parseArgs = (config = kEmptyObject) => {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const { 0: name, 1: optionConfig } of Object.entries(options)) {
    validateOptionConfig(name, optionConfig);
  }

  const tokens = argsToTokens(args, options);

  const result = {
    values: { __proto__: null },
    positionals: [],
  };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const { 0: name, 1: optionConfig } of Object.entries(options)) {
    if (useDefaultValueOption(name, optionConfig, result.values)) {
      storeDefaultOption(name, objectGetOwn(optionConfig, 'default'), result.values);
    }
  }

  return result;
};

module.exports = { parseArgs };
