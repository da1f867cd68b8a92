'use strict';

// How util.inspect shows each kind of object around its entries: the prefix, the braces, the base
// text (functions, classes, regexps, dates, errors, boxed primitives) and which formatter from
// inspect_entries lists the entries.

const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE },
  getConstructorName: internalGetConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
} = internalBinding('util');

const { isError } = require('internal/util');
const {
  isAnyArrayBuffer,
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isRegExp,
  isSet,
  isSetIterator,
  isStringObject,
  isTypedArray,
  isWeakMap,
  isWeakSet,
} = require('internal/util/types');
const { formatNumber, formatPrimitive, getPrefix } = require('internal/util/inspect_text');
const { kArrayExtrasType, kObjectType } = require('internal/util/inspect_layout');
const { formatError } = require('internal/util/inspect_error');
const { stylizeNoColor } = require('internal/util/inspect_colors');
const {
  formatArray,
  formatArrayBuffer,
  formatIterator,
  formatMap,
  formatNamespaceObject,
  formatPromise,
  formatSet,
  formatTypedArray,
  formatWeakCollection,
  formatWeakMap,
  formatWeakSet,
} = require('internal/util/inspect_entries');

const kClassBody = /^(\s+[^(]*?)\s*{/;
const kComments = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // The namespace of a module that has not finished evaluating throws on enumeration.
      if (!(isNativeError(err) && err.name === 'ReferenceError' &&
            isModuleNamespaceObject(value))) {
        throw err;
      }
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      keys.push(...symbols.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key)));
    }
  }
  return keys;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalGetConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function emptyOutput() {
  return [];
}

// Returns the final text for values that need no entries, otherwise
// { keys, braces, formatter, extrasType, base }.
function describeValue(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps) {
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  const noProtoProps = protoProps === undefined;
  let keys;
  let braces;
  let base = '';
  let formatter = emptyOutput;
  const extrasType = kObjectType;

  // Iterable kinds; a null constructor may hide the iterator, so those are checked too.
  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && noProtoProps) return `${braces[0]}]`;
      return { keys, braces, formatter: formatArray, extrasType: kArrayExtrasType, base };
    }
    if (isSet(value)) {
      const size = setSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : Set.prototype.values.call(value);
      formatter = (c, v, r) => formatSet(source, c, v, r);
      if (size === 0 && keys.length === 0 && noProtoProps) return `${prefix}{}`;
      return { keys, braces: [`${prefix}{`, '}'], formatter, extrasType, base };
    }
    if (isMap(value)) {
      const size = mapSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : Map.prototype.entries.call(value);
      formatter = (c, v, r) => formatMap(source, c, v, r);
      if (size === 0 && keys.length === 0 && noProtoProps) return `${prefix}{}`;
      return { keys, braces: [`${prefix}{`, '}'], formatter, extrasType, base };
    }
    if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        // Without a prototype the elements are read through a fresh array of the same kind.
        fallback = typedArrayTag(value);
        bound = new globalThis[fallback](value);
      }
      const size = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(bound, size, c, v, r);
      return { keys, braces, formatter, extrasType: kArrayExtrasType, base };
    }
    if (isMapIterator(value)) {
      braces = getIteratorBraces('Map', tag);
      return {
        keys: getKeys(value, ctx.showHidden),
        braces,
        formatter: (c, v, r) => formatIterator(braces, c, v, r),
        extrasType,
        base,
      };
    }
    if (isSetIterator(value)) {
      braces = getIteratorBraces('Set', tag);
      return {
        keys: getKeys(value, ctx.showHidden),
        braces,
        formatter: (c, v, r) => formatIterator(braces, c, v, r),
        extrasType,
        base,
      };
    }
  }

  keys = getKeys(value, ctx.showHidden);
  braces = ['{', '}'];
  // A function, because formatting an error or a boxed string edits `keys` first.
  const noEntries = () => keys.length === 0 && noProtoProps;

  if (typeof value === 'function') {
    base = getFunctionBase(ctx, value, constructor, tag);
    if (noEntries()) return ctx.stylize(base, 'special');
  } else if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noEntries()) return `${braces[0]}}`;
  } else if (isRegExp(value)) {
    base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (noEntries() || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      return ctx.stylize(base, 'regexp');
    }
  } else if (isDate(value)) {
    base = Number.isNaN(Date.prototype.getTime.call(value)) ?
      Date.prototype.toString.call(value) :
      Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    if (noEntries()) return ctx.stylize(base, 'date');
  } else if (isError(value)) {
    base = formatError(value, constructor, tag, ctx, keys);
    if (noEntries()) return base;
  } else if (isAnyArrayBuffer(value)) {
    // ArrayBuffers show their bytes, except as the `buffer` of a typed array shown with
    // showHidden, where only the length matters.
    const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      formatter = formatArrayBuffer;
    } else if (noEntries()) {
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    formatter = formatPromise;
  } else if (isWeakSet(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
  } else if (isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
  } else if (isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    const namespaceKeys = keys;
    formatter = (c, v, r) => formatNamespaceObject(namespaceKeys, c, v, r);
  } else if (isBoxedPrimitive(value)) {
    base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (noEntries()) return base;
  } else {
    if (noEntries()) {
      if (isExternal(value)) {
        const address = getExternalValue(value).toString(16);
        return ctx.stylize(`[External: ${address}]`, 'special');
      }
      return `${getCtxStyle(value, constructor, tag)}{}`;
    }
    braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
  }
  return { keys, braces, formatter, extrasType, base };
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayLengthGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const setSizeGetter = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSizeGetter = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;

function typedArrayTag(value) {
  return typedArrayTagGetter.call(value);
}

function typedArrayLength(value) {
  return typedArrayLengthGetter.call(value);
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let primitive;
  let type;
  if (isNumberObject(value)) {
    primitive = Number.prototype.valueOf.call(value);
    type = 'Number';
  } else if (isStringObject(value)) {
    primitive = String.prototype.valueOf.call(value);
    type = 'String';
    // The character indices repeat the string itself.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    primitive = Boolean.prototype.valueOf.call(value);
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    primitive = BigInt.prototype.valueOf.call(value);
    type = 'BigInt';
  } else {
    primitive = Symbol.prototype.valueOf.call(value);
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
  const hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    // "class" followed by a body: no parenthesis before the brace, or (after dropping
    // comments) only a name and heritage before it.
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
         kClassBody.test(slice.replace(kComments, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

module.exports = { describeValue, getCtxStyle };
