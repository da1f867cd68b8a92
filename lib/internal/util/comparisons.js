'use strict';

// Deep equality with Node 20's rules (assert.deepEqual / deepStrictEqual,
// util.isDeepStrictEqual).
//
// Strict mode: primitives compare with Object.is (NaN equals NaN, 0 and -0
// differ); objects must share their prototype and [[Class]] tag; enumerable
// own symbol keys count. Loose mode: primitives compare with == (and NaN
// equals NaN), prototypes are ignored. In both modes only enumerable own
// properties are compared, plus the contents of Maps, Sets, typed arrays and
// ArrayBuffers, the time of Dates, the source/flags/lastIndex of RegExps, the
// value of boxed primitives and the name/message/cause/errors of Errors.
// Cycles are followed once: a pair already under comparison counts as equal.

const types = require('internal/util/types');

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const { hasOwnProperty, propertyIsEnumerable, toString: objectToString } =
  Object.prototype;

function isEnumerable(obj, key) {
  return propertyIsEnumerable.call(obj, key);
}

function hasOwn(obj, key) {
  return hasOwnProperty.call(obj, key);
}

const kMaxArrayIndex = 2 ** 32 - 2;

function isArrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) {
    return false;
  }
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && n <= kMaxArrayIndex &&
    String(n) === key;
}

// Enumerable own keys that are not array indices (symbols too unless
// `skipSymbols`), for arrays and typed arrays whose elements are compared
// separately.
function ownNonIndexKeys(obj, skipSymbols) {
  const keys = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol') {
      if (skipSymbols) continue;
    } else if (isArrayIndex(key)) {
      continue;
    }
    if (isEnumerable(obj, key)) keys.push(key);
  }
  return keys;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

const { compare } = internalBinding('buffer');

function equalBytes(a, b) {
  return a.length === b.length && compare(a, b) === 0;
}

const typedArrayTagGetter = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function typedArrayTag(value) {
  return typedArrayTagGetter.call(value);
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags &&
    a.lastIndex === b.lastIndex;
}

// Loose mode compares float arrays element-wise so that 0 equals -0 (and
// NaN never equals NaN).
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return equalBytes(bytesOf(a), bytesOf(b));
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength &&
    equalBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a),
                Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  require('internal/assert').fail(`Unknown boxed type ${a}`);
}

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

// A WHATWG URL instance (compared by href).
function isURL(value) {
  return Boolean(value && value.href && value.protocol &&
    value.auth === undefined && value.path === undefined);
}

// True when any of the special kinds that must match exactly is `value`.
function isSpecialObject(value) {
  return Array.isArray(value) || ArrayBuffer.isView(value) ||
    types.isSet(value) || types.isMap(value) || types.isDate(value) ||
    types.isRegExp(value) || types.isAnyArrayBuffer(value) ||
    types.isBoxedPrimitive(value) || isError(value);
}

function errorFieldsDiffer(a, b, strict, memos) {
  for (const field of ['message', 'name', 'cause', 'errors']) {
    const enumerable = isEnumerable(a, field);
    // Enumerable fields are compared with the other own properties.
    if (enumerable !== isEnumerable(b, field)) return true;
    if (enumerable) continue;
    if (field === 'message' || field === 'name') {
      if (a[field] !== b[field]) return true;
    } else if (!innerDeepEqual(a[field], b[field], strict, memos)) {
      return true;
    }
  }
  return false;
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || !strict;
  }

  if (strict) {
    if (typeof val1 === 'number') {
      return Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || typeof val1 !== 'object' ||
        val1 === null || val2 === null ||
        Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const tag1 = objectToString.call(val1);
  if (tag1 !== objectToString.call(val2)) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = ownNonIndexKeys(val1, !strict);
    const keys2 = ownNonIndexKeys(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  }
  if (tag1 === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  }
  if (types.isDate(val1)) {
    if (!types.isDate(val2) ||
        Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) {
      return false;
    }
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (ArrayBuffer.isView(val1)) {
    if (typedArrayTag(val1) !== typedArrayTag(val2)) return false;
    if (!strict && (types.isFloat32Array(val1) || types.isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    // Same bytes means same length: only the extra named keys remain.
    const keys1 = ownNonIndexKeys(val1, !strict);
    const keys2 = ownNonIndexKeys(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) {
      return false;
    }
  } else if (isError(val1)) {
    // The stack is not compared: it differs between otherwise equal errors.
    if (!isError(val2) || errorFieldsDiffer(val1, val2, strict, memos)) {
      return false;
    }
  } else if (types.isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (isSpecialObject(val2)) {
    return false;
  } else if (typeof types.isKeyObject === 'function' &&
             types.isKeyObject(val1)) {
    if (!types.isKeyObject(val2) || !val1.equals(val2)) return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function enumerableCount(obj, keys) {
  let count = 0;
  for (const key of keys) {
    if (isEnumerable(obj, key)) count++;
  }
  return count;
}

// Compares own enumerable keys (and, in strict mode, enumerable symbols);
// `aKeys` is given for array-likes whose index keys are compared apart.
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const isArrayLikeObject = aKeys !== undefined;
  if (aKeys === undefined) aKeys = Object.keys(val1);

  for (const key of aKeys) {
    if (!isEnumerable(val2, key)) return false;
  }

  if (!isArrayLikeObject) {
    if (aKeys.length !== Object.keys(val2).length) return false;
    if (strict) {
      const symbols1 = Object.getOwnPropertySymbols(val1);
      const symbols2 = Object.getOwnPropertySymbols(val2);
      let count = 0;
      for (const key of symbols1) {
        if (isEnumerable(val1, key)) {
          if (!isEnumerable(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (isEnumerable(val2, key)) {
          return false;
        }
      }
      if (symbols1.length !== symbols2.length &&
          enumerableCount(val2, symbols2) !== count) {
        return false;
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val1.length === 0) ||
       val1.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    memos = { pairs: new Map(), deleteFailures: false };
  }
  // A pair already under comparison further up is assumed equal: its other
  // properties decide the result.
  let seen = memos.pairs.get(val1);
  if (seen !== undefined && seen.has(val2)) return true;
  if (seen === undefined) {
    seen = new Set();
    memos.pairs.set(val1, seen);
  }
  seen.add(val2);
  const result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  if (result || memos.deleteFailures) {
    seen.delete(val2);
    if (seen.size === 0) memos.pairs.delete(val1);
  }
  return result;
}

function setHasEqualElement(set, val2, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const val1 of set) {
    if (innerDeepEqual(val1, val2, strict, memos)) {
      // Each element matches at most once.
      set.delete(val1);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

// For a primitive missing from the other collection in loose mode: the
// single value that could still match it loosely (null <-> undefined),
// `true` when several could (numbers and numeric strings), `false` when
// none can (symbols, NaN, non-numeric strings).
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Falls through: only numeric strings can match other values.
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) ||
      !innerDeepEqual(item, curB, false, memos)) {
    return false;
  }
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memos);
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` without an identical element in `b`, matched pairwise.
  let pending = null;
  for (const val of a) {
    if (b.has(val)) continue;
    if ((typeof val !== 'object' || val === null) &&
        (strict || !setMightHaveLoosePrim(a, b, val))) {
      return false;
    }
    if (pending === null) {
      if (b.size === 1) {
        return innerDeepEqual(val, b.values().next().value, strict, memos);
      }
      pending = new Set();
    }
    pending.add(val);
  }
  if (pending === null) return true;
  for (const val of b) {
    if (typeof val === 'object' && val !== null) {
      if (!a.has(val) && !setHasEqualElement(pending, val, strict, memos)) {
        return false;
      }
    } else if (!strict && !a.has(val) &&
               !setHasEqualElement(pending, val, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function mapHasEqualEntry(set, map, key2, item2, strict, memos) {
  // All candidate keys are tried: Map([[{}, 'a'], [{}, 'b']]) equals
  // Map([[{}, 'b'], [{}, 'a']]).
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  for (const key1 of set) {
    if (innerDeepEqual(key1, key2, strict, memos) &&
        innerDeepEqual(map.get(key1), item2, strict, memos)) {
      set.delete(key1);
      memos.deleteFailures = deleteFailures;
      return true;
    }
  }
  memos.deleteFailures = deleteFailures;
  return false;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [key, item1] of a) {
    if (typeof key === 'object' && key !== null) {
      if (pending === null) {
        if (b.size === 1) {
          const [key2, item2] = b.entries().next().value;
          return innerDeepEqual(key, key2, strict, memos) &&
            innerDeepEqual(item1, item2, strict, memos);
        }
        pending = new Set();
      }
      pending.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) ||
          !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memos)) return false;
        if (pending === null) pending = new Set();
        pending.add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const [key, item] of b) {
    if (typeof key === 'object' && key !== null) {
      if (!mapHasEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)) &&
               !mapHasEqualEntry(pending, a, key, item, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function arrayEquiv(a, b, strict, memos) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // Sparse from here on: compare the remaining own keys.
      const keysA = Object.keys(a);
      for (; i < keysA.length; i++) {
        const key = keysA[i];
        if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
          return false;
        }
      }
      return keysA.length === Object.keys(b).length;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  for (const key of keys) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  switch (iterationType) {
    case kIsArray: return arrayEquiv(a, b, strict, memos);
    case kIsSet: return setEquiv(a, b, strict, memos);
    case kIsMap: return mapEquiv(a, b, strict, memos);
    default: return true;
  }
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
