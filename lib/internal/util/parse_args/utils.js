'use strict';

// Small predicates behind util.parseArgs(): how one command-line argument is
// classified, and own-property reads of the user's configuration (inherited
// properties, e.g. from a polluted Object.prototype, never count).

const { validateObject } = require('internal/validators');

const hasOwn = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
// Arguments are not validated as strings, so string methods are applied the
// way Node applies them: through String.prototype, coercing the receiver.
const charAt = (str, i) => String.prototype.charAt.call(str, i);
const startsWith = (str, search) => String.prototype.startsWith.call(str, search);
const includes = (str, search, from) => String.prototype.includes.call(str, search, from);

function objectGetOwn(obj, prop) {
  if (hasOwn(obj, prop)) return obj[prop];
}

function optionsGetOwn(options, longOption, prop) {
  if (hasOwn(options, longOption)) return objectGetOwn(options[longOption], prop);
}

// An option argument may itself start with a dash (Open Group utility
// conventions), so any following argument is taken.
function isOptionValue(value) {
  return value != null;
}

// In strict mode a dash-led value is reported, as the user probably forgot
// the option argument (`--port --verbose`).
function isOptionLikeValue(value) {
  if (value == null) return false;
  return value.length > 1 && charAt(value, 0) === '-';
}

// '-f'
function isLoneShortOption(arg) {
  return arg.length === 2 && charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
}

// '--foo' (an '=' right after the dashes is part of the name).
function isLoneLongOption(arg) {
  return arg.length > 2 && startsWith(arg, '--') && !includes(arg, '=', 3);
}

// '--foo=bar'
function isLongOptionAndValue(arg) {
  return arg.length > 2 && startsWith(arg, '--') && includes(arg, '=', 3);
}

// Written as `length <= 2` rejection so that a non-string argument (whose
// length is undefined) is classified exactly as Node classifies it.
function startsShortCluster(arg) {
  if (arg.length <= 2) return false;
  return charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
}

// '-abc': several shorts behind one dash, unless the first takes a string
// value ('-fFILE').
function isShortOptionGroup(arg, options) {
  if (!startsShortCluster(arg)) return false;
  const longOption = findLongOptionForShort(charAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// '-fFILE' where -f is a string option.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (!startsShortCluster(arg)) return false;
  const longOption = findLongOptionForShort(charAt(arg, 1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

// The configured long name of a short option, or the short letter itself.
function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const entry = Object.entries(options).find(
    ({ 1: optionConfig }) => objectGetOwn(optionConfig, 'short') === shortOption);
  return entry?.[0] ?? shortOption;
}

function useDefaultValueOption(longOption, optionConfig, values) {
  return objectGetOwn(optionConfig, 'default') !== undefined &&
    values[longOption] === undefined;
}

module.exports = {
  charAt,
  startsWith,
  findLongOptionForShort,
  isLoneLongOption,
  isLoneShortOption,
  isLongOptionAndValue,
  isOptionValue,
  isOptionLikeValue,
  isShortOptionAndValue,
  isShortOptionGroup,
  useDefaultValueOption,
  objectGetOwn,
  optionsGetOwn,
};
