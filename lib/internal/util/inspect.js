'use strict';

// util.inspect: turns any value into the text node prints for it. The walk is here; the leaf text
// rules live in inspect_text, line layout in inspect_layout, errors in inspect_error and
// util.format in inspect_format.

const {
  constants: { ALL_PROPERTIES, ONLY_ENUMERABLE, kPending, kRejected },
  getConstructorName: internalGetConstructorName,
  getExternalValue,
  getOwnNonIndexProperties,
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
} = internalBinding('util');

const { customInspectSymbol, isError } = require('internal/util');
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
const { isStackOverflowError } = require('internal/errors');
const { validateObject } = require('internal/validators');
const {
  escapeWithoutQuotes,
  formatBigInt,
  formatNumber,
  formatPrimitive,
  getPrefix,
  getStringWidth,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
  strEscape,
} = require('internal/util/inspect_text');
const {
  kArrayExtrasType,
  kArrayType,
  kObjectType,
  reduceToSingleString,
} = require('internal/util/inspect_layout');
const { formatError, identicalSequenceRange } = require('internal/util/inspect_error');

// Constructors of the global object: prototype walks stop at them, and their toString counts as
// built-in for util.format's %s.
// Node's list is the globals that exist when its inspect module loads: the engine's own
// constructors except SharedArrayBuffer, plus URL and DOMException. Octet loads this module at
// a different point, so the same list is derived from native-ness instead of load order.
const builtInObjects = new Set([
  'URL',
  'DOMException',
  ...Object.getOwnPropertyNames(globalThis).filter((name) => {
    if (!/^[A-Z][a-zA-Z0-9]+$/.test(name) || name === 'SharedArrayBuffer') return false;
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!('value' in descriptor)) return false;
    return typeof descriptor.value !== 'function' ||
      Function.prototype.toString.call(descriptor.value).endsWith('{ [native code] }');
  }),
]);

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Iterator previews come as weak-collection entries, plain iterator values or map entries.
const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

const kKeyIdentifier = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const kArrayIndex = /^(0|[1-9][0-9]*)$/;
const kClassBody = /^(\s+[^(]*?)\s*{/;
const kComments = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

/* Legacy signature: inspect(value, showHidden, depth, colors). */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) ||
            key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on untouched to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

// SGR codes: [set, reset].
const kDefaultForeground = 39;
const kDefaultBackground = 49;
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, kDefaultForeground],
  red: [31, kDefaultForeground],
  green: [32, kDefaultForeground],
  yellow: [33, kDefaultForeground],
  blue: [34, kDefaultForeground],
  magenta: [35, kDefaultForeground],
  cyan: [36, kDefaultForeground],
  white: [37, kDefaultForeground],
  bgBlack: [40, kDefaultBackground],
  bgRed: [41, kDefaultBackground],
  bgGreen: [42, kDefaultBackground],
  bgYellow: [43, kDefaultBackground],
  bgBlue: [44, kDefaultBackground],
  bgMagenta: [45, kDefaultBackground],
  bgCyan: [46, kDefaultBackground],
  bgWhite: [47, kDefaultBackground],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, kDefaultForeground],
  redBright: [91, kDefaultForeground],
  greenBright: [92, kDefaultForeground],
  yellowBright: [93, kDefaultForeground],
  blueBright: [94, kDefaultForeground],
  magentaBright: [95, kDefaultForeground],
  cyanBright: [96, kDefaultForeground],
  whiteBright: [97, kDefaultForeground],
  bgGray: [100, kDefaultBackground],
  bgRedBright: [101, kDefaultBackground],
  bgGreenBright: [102, kDefaultBackground],
  bgYellowBright: [103, kDefaultBackground],
  bgBlueBright: [104, kDefaultBackground],
  bgMagentaBright: [105, kDefaultBackground],
  bgCyanBright: [106, kDefaultBackground],
  bgWhiteBright: [107, kDefaultBackground],
};

// Aliases are non-enumerable accessors, so listing the colours shows each once.
function defineColorAlias(target, alias) {
  Object.defineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Property names ('name') are deliberately unstyled.
inspect.styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// The options a custom inspect function receives. A value from another realm (or behind a proxy)
// gets a null-prototype copy holding primitives only, so it cannot reach this realm's objects.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // A failing stylize leaves the text plain.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

function isInstanceof(object, constructor) {
  try {
    return object instanceof constructor;
  } catch {
    return false;
  }
}

// The name of the nearest constructor the object is an instance of; null for a null prototype;
// "Name <Proto>" when the chain has no usable constructor. With showHidden it also collects the
// user-defined prototype properties into protoProps.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const original = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const res = internalGetConstructorName(original);
  if (recurseTimes > ctx.depth && ctx.depth !== null) return `${res} <Complex prototype>`;
  const protoConstructor = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstructor === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstructor}>`;
}

// Adds the non-function properties of up to three user-defined prototype layers to `output`
// (dimmed in colour), skipping names shadowed by the object or a nearer layer.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' ||
          Object.prototype.hasOwnProperty.call(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

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

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Callers that call formatValue directly adjust ctx.indentationLvl around the call themselves.
function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Custom inspectors are called with the proxy itself as `this`.
  const context = value;
  // Proxies are unwrapped natively so that no trap ever runs.
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // A prototype object carrying the method (Foo.prototype) is shown, not asked.
        !isOwnConstructorPrototype(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isOwnConstructorPrototype(value) {
  const descriptor = Object.getOwnPropertyDescriptor(value, 'constructor');
  return descriptor !== undefined && descriptor.value != null &&
    descriptor.value.prototype === value;
}

// Decides how a value looks (prefix, braces, which entries) and formats its entries.
function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // An own enumerable tag is listed as a property already; printing it twice would be noise.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? Object.prototype.hasOwnProperty :
         Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) {
    tag = '';
  }

  const shape = describeValue(ctx, value, recurseTimes, typedArray, constructor, tag, protoProps);
  if (typeof shape === 'string') return shape;
  const { keys, braces, formatter, extrasType } = shape;
  let { base } = shape;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. ` +
                       'Maximum call stack size exceeded.]', 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      // Array items keep their order; only the extra properties after them are sorted.
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Once the output at one indentation grows past 2^27 characters, everything further is shown
  // at the minimum depth so huge structures cannot exhaust memory or block for long.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
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

const remainingText = (remaining) => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: lay the entry out as a string property, then
      // swap the value for the marker.
      const placeholder = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, placeholder, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; formatRaw must not list them again.
  keys.length = 0;
  return output;
}

// Arrays with holes (or extra index-like keys) are walked by key.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays hold at most 2^32 - 1 items; larger "indices" are plain properties.
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!kArrayIndex.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`,
                              'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`,
                              'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = new Array(shown);
  for (let i = 0; i < shown; i++) hex[i] = bytes[i].toString(16).padStart(2, '0');
  let str = hex.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    // All but BYTES_PER_ELEMENT are prototype getters, hence listed by hand; buffer goes last.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, ctx, ignored, recurseTimes) {
  const length = set.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of set) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, ignored, recurseTimes) {
  const length = map.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of map) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no order; sorting at least makes equal contents print the same.
  if (state === kWeak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Map iterator previews are flat: [key1, value1, key2, value2, ...].
function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ` +
        formatValue(ctx, entries[pos + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatGetter(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const sp = 'special';
  const invoke = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!invoke) return s(`[${label}]`, sp);
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) {
      str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
  }
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatKey(ctx, key, desc)}:${extra}${str}`;
}

function formatKey(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeWithoutQuotes(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${escapeWithoutQuotes(key)}]`;
  if (kKeyIdentifier.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(key), 'string');
}

module.exports = {
  builtInObjects,
  formatBigInt,
  formatNumber,
  getStringWidth,
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
  stylizeNoColor,
};

// util.format needs the finished inspect, so it is attached last.
const { format, formatWithOptions } = require('internal/util/inspect_format');
module.exports.format = format;
module.exports.formatWithOptions = formatWithOptions;
