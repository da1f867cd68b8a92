'use strict';

// The WHATWG Event and EventTarget as Node 20 ships them: a single target
// (no bubbling or capture phases; `capture` only distinguishes listeners),
// listener errors reported as uncaught exceptions on the next tick, and the
// Node extensions used by AbortSignal and streams (weak listeners, listeners
// that resist stopImmediatePropagation, trusted events).

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');

const kEnumerableProperty = { __proto__: null, enumerable: true };
const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');
const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');
// events loads this module lazily, so requiring it here is not a cycle.
const EventEmitter = require('events');
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function now() {
  if (typeof performance !== 'undefined' && typeof performance.now === 'function')
    return performance.now();
  return process.uptime() * 1000;
}

const isTrustedSet = new WeakSet();
const isTrusted = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return isTrustedSet.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateEventOptions(options);
    const { bubbles, cancelable, composed } = { ...options };
    this.#cancelable = !!cancelable;
    this.#bubbles = !!bubbles;
    this.#composed = !!composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) isTrustedSet.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    // Spec: stopImmediatePropagation also stops propagation.
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }
}

function validateEventOptions(options) {
  // Any object (arrays and functions too) is accepted, as WebIDL does.
  if (typeof options !== 'object' && typeof options !== 'function')
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'Event',
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  // LegacyUnforgeable in the spec: not configurable.
  isTrusted: { __proto__: null, get: isTrusted, enumerable: true, configurable: false },
});

const staticProps = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
for (let i = 0; i < staticProps.length; i++) {
  Object.defineProperty(Event, staticProps[i], {
    __proto__: null,
    writable: false,
    configurable: false,
    enumerable: true,
    value: i,
  });
}

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// Weak listeners live only as long as the object given as their `weak`
// option; the registry drops their list entry once that object is gone.
let weakListenersState;
function weakListeners() {
  weakListenersState ??= {
    registry: new FinalizationRegistry((listener) => listener.remove()),
    map: new WeakMap(),
  };
  return weakListenersState;
}

// Listeners of one type form a doubly linked list hanging off a root
// record; removal during dispatch is then safe because each node
// remembers its successor.
class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture,
              passive, isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    this.eventTarget = eventTarget;
    this.eventType = eventType;

    if (this.weak) {
      this.callback = new WeakRef(listener);
      weakListeners().registry.register(weak, this, this);
      // The weak object keeps the listener alive, not the target.
      weakListeners().map.set(weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // handleEvent is looked up at each dispatch, as the spec requires;
      // Node wraps it in an async function, so its errors surface through
      // the rejected promise (one microtask later than a plain listener's).
      this.callback = async (...args) => {
        if (listener.handleEvent)
          await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const myListener = this.weak ? this.listener.deref() : this.listener;
    return myListener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

class EventTarget {
  // Lets isEventTarget() recognise targets from other realms or copies.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (this[kMaxEventTargetListeners] > 0 &&
        size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      // eslint-disable-next-line no-restricted-syntax
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners ` +
                          `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${this[kMaxEventTargetListeners]}. Use ` +
                          'events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once,
      capture,
      passive,
      signal,
      isNodeStyleListener,
      weak,
      resistStopPropagation,
    } = validateEventListenerOptions(options);

    if (!validateEventListener(listener)) {
      // A null listener is allowed by the spec but does nothing; Node warns.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = webidlDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      // The signal holds the target only weakly so that an unaborted,
      // long-lived signal does not keep every target alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      // The root doubles as the list head: Listener links itself after it.
      new Listener(this, type, root, listener, once, capture, passive,
                   isNodeStyleListener, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    // Walk to the tail, ignoring a duplicate (same listener and capture).
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return;

    new Listener(this, type, previous, listener, once, capture, passive,
                 isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = webidlDOMString(type);
    const capture = options?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = false;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.listener === listener) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event))
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Shared by dispatchEvent and NodeEventTarget.emit: node-style listeners
  // get `nodeValue`, the others an Event created only when first needed.
  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = this[kCreateEvent](nodeValue, type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    let next;
    // After stopImmediatePropagation() dispatch ends at the first listener
    // that is neither passive nor resisting (any resisting listener on the
    // type keeps the whole list going).
    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive || event?.[kStop] !== true)) {
      // Captured first: the listener may remove itself.
      next = handler.next;
      if (handler.removed) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        const { listener, capture } = handler;
        this[kRemoveListener](root.size, type, listener, capture);
      }

      try {
        const arg = handler.isNodeStyleListener ? nodeValue : createEvent();
        const callback = handler.weak ? handler.callback.deref() : handler.callback;
        let result;
        if (callback) {
          result = callback.call(this, arg);
          if (!handler.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) addCatch(result);
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = Object.assign({}, options, {
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    });
    return `${name} ${inspect({}, opts)}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
});
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'EventTarget',
});
// Node's EventTarget marker is an ordinary enumerable static.
Object.defineProperty(EventTarget, kIsEventTarget, {
  __proto__: null, value: true, enumerable: true, writable: true, configurable: true,
});

function initNodeEventTarget(self) {
  initEventTarget(self);
}

// An EventTarget with an EventEmitter-like surface (MessagePort uses it).
class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

Object.defineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerableProperty,
  getMaxListeners: kEnumerableProperty,
  eventNames: kEnumerableProperty,
  listenerCount: kEnumerableProperty,
  off: kEnumerableProperty,
  removeListener: kEnumerableProperty,
  on: kEnumerableProperty,
  addListener: kEnumerableProperty,
  once: kEnumerableProperty,
  emit: kEnumerableProperty,
  removeAllListeners: kEnumerableProperty,
});

// Returns false for null/undefined (ignored with a warning), throws for
// anything else that is neither a function nor an object.
function validateEventListener(listener) {
  if (typeof listener === 'function' ||
      typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') {
    // handleEvent may be attached later; it is looked up at dispatch.
    return true;
  }
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', kValidateObjectAllowObjects());
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function kValidateObjectAllowObjects() {
  const v = require('internal/validators');
  // Arrays and functions count as objects for WebIDL dictionaries.
  return v.kValidateObjectAllowObjects ??
    (v.kValidateObjectAllowArray | v.kValidateObjectAllowFunction);
}

// WebIDL DOMString conversion: symbols are a TypeError, not a string.
function webidlDOMString(value) {
  if (typeof value === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  }
  return `${value}`;
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

function isNodeEventTarget(obj) {
  return obj?.constructor?.[kIsNodeEventTarget];
}

function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    then.call(promise, undefined, function(err) {
      // Deferred so that a throwing listener never re-enters dispatch.
      emitUncaughtException(err);
    });
  }
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function makeEventHandler(handler) {
  // The event handler attribute is a stable wrapper, so that assigning a
  // new function swaps what it calls without re-registering.
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

// Defines `on<name>` attribute accessors such as AbortSignal#onabort.
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', {
    __proto__: null,
    value: `get ${propName}`,
  });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrappedHandler = this[kHandlers]?.get(event);
    if (wrappedHandler) {
      if (typeof wrappedHandler.handler === 'function') {
        this[kEvents].get(event).size--;
        const size = this[kEvents].get(event).size;
        this[kRemoveListener](size, event, wrappedHandler.handler, false);
      }
      wrappedHandler.handler = value;
      if (typeof wrappedHandler.handler === 'function') {
        this[kEvents].get(event).size++;
        const size = this[kEvents].get(event).size;
        this[kNewListener](size, event, value, false, false, false, false);
      }
    } else {
      wrappedHandler = makeEventHandler(value);
      this.addEventListener(event, wrappedHandler);
    }
    this[kHandlers].set(event, wrappedHandler);
  }
  Object.defineProperty(set, 'name', {
    __proto__: null,
    value: `set ${propName}`,
  });

  Object.defineProperty(emitter, propName, {
    __proto__: null,
    get,
    set,
    configurable: true,
    enumerable: true,
  });
}

function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !(fieldKey in object))
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  kCreateEvent,
  kNewListener,
  kTrustEvent,
  kRemoveListener,
  kEvents,
  kWeakHandler,
  kResistStopPropagation,
  isEventTarget,
};
