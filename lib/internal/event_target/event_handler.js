'use strict';

// Event handler attributes: the `on<name>` accessors (AbortSignal#onabort)
// that hold at most one listener per event and swap it on assignment.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  kEvents,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target/listener');

// target[kHandlers] maps an event type to its attribute's wrapper.
const kHandlers = Symbol('kHandlers');

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
  defineEventHandler,
  kHandlers,
};
