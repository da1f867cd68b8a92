'use strict';

// How an EventTarget keeps its listeners: per event type, a linked list of
// Listener records under target[kEvents]. Each change in a list's size is
// reported to the target's kNewListener / kRemoveListener methods, which
// subclasses extend (AbortSignal keeps timeout signals alive while they have
// 'abort' listeners). Also the validation of a listener and of
// addEventListener's options.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const { validateObject } = require('internal/validators');

const kEvents = Symbol('kEvents');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');

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

module.exports = {
  Listener,
  kEvents,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
  validateEventListener,
  validateEventListenerOptions,
};
