'use strict';
// The timer machinery shared by `timers`, `timers/promises` and net: Timeout and Immediate objects,
// and the two callbacks native code runs (processTimers from the one uv timer, processImmediate from
// the check phase).
//
// Timeouts live in lists keyed by duration (every timer in a list has the same duration, so a list
// is ordered by start time and only its oldest member can be due). The lists sit in a binary heap
// ordered by the expiry of their oldest member; native code is told only the earliest expiry.

const binding = internalBinding('timers');
const { immediateInfo, toggleImmediateRef, toggleTimerRef, scheduleTimer, getLibuvNow } = binding;
const { runNextTicks } = require('internal/process/task_queues');
const { SymbolDispose } = require('internal/util');

// Slots of immediateInfo, shared with native code.
const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Ids for Timeout/Immediate objects; a Timeout's id is also its numeric value for clearTimeout().
let nextAsyncId = 2;
function initAsyncResource(resource) {
  resource[asyncIdSymbol] = nextAsyncId++;
  resource[triggerAsyncIdSymbol] = 1;
}

// Timeouts turned into numbers, so clearTimeout(+timeout) can find them.
const knownTimersById = { __proto__: null };

// Number of ref'd live Timeouts: the shared uv timer keeps the loop alive only while it is > 0.
let refCount = 0;
// The expiry the uv timer is armed for (Infinity when none).
let nextExpiry = Infinity;
let timerListId = Number.MIN_SAFE_INTEGER;

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function lazyInspect() {
  return require('internal/util/inspect').inspect;
}

// Shallow inspection: a Timeout shows its neighbours as [TimersList] / [Timeout], as node prints.
function inspectShallow(_depth, options) {
  return lazyInspect()(this, { ...options, depth: 0, customInspect: false });
}

// --- intrusive circular lists (a TimersList is its own sentinel) -------------------------------

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

// The item waiting longest, or null.
function listPeek(list) {
  return list._idlePrev === list ? null : list._idlePrev;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Moves `item` to the newest end of `list`.
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

function TimersList(expiry, msecs) {
  listInit(this);
  this.expiry = expiry;
  this.id = timerListId++;
  this.msecs = msecs;
  this.priorityQueuePosition = null;
}
TimersList.prototype[inspectCustom] = inspectShallow;

// --- a binary min-heap of TimersLists by (expiry, id); positions are 1-based ---------------------

function compareLists(a, b) {
  const diff = a.expiry - b.expiry;
  if (diff === 0) return a.id < b.id ? -1 : 1;
  return diff;
}

const heap = [null];
let heapSize = 0;

function heapSet(pos, list) {
  heap[pos] = list;
  list.priorityQueuePosition = pos;
}

function heapUp(pos) {
  const item = heap[pos];
  while (pos > 1) {
    const parent = pos >>> 1;
    if (compareLists(heap[parent], item) <= 0) break;
    heapSet(pos, heap[parent]);
    pos = parent;
  }
  heapSet(pos, item);
}

function heapDown(pos) {
  const item = heap[pos];
  for (;;) {
    let child = pos * 2;
    if (child > heapSize) break;
    if (child + 1 <= heapSize && compareLists(heap[child + 1], heap[child]) < 0) child++;
    if (compareLists(item, heap[child]) <= 0) break;
    heapSet(pos, heap[child]);
    pos = child;
  }
  heapSet(pos, item);
}

function heapInsert(list) {
  heapSize++;
  heapSet(heapSize, list);
  heapUp(heapSize);
}

function heapPeek() {
  return heapSize === 0 ? null : heap[1];
}

function heapRemoveAt(pos) {
  const last = heap[heapSize];
  heap[heapSize] = undefined;
  heapSize--;
  if (pos > heapSize) return;
  heapSet(pos, last);
  if (pos > 1 && compareLists(heap[pos >>> 1], last) > 0) heapUp(pos);
  else heapDown(pos);
}

// Duration → its TimersList.
const timerListMap = { __proto__: null };

// --- Timeout ------------------------------------------------------------------------------------

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;  // to a number (or NaN); a Symbol throws, as in node
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;  // as browsers do
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this);
  }

  // Restarts the countdown from now, keeping the duration and callback.
  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    require('timers').clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}
Timeout.prototype[inspectCustom] = inspectShallow;
Timeout.prototype[SymbolDispose] = function dispose() {
  require('timers').clearTimeout(this);
};

// Puts `item` (a Timeout) at the newest end of its duration's list, creating the list (and
// re-arming the native timer) when needed.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);  // sub-millisecond accuracy is not promised
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

// (Re)starts `item`'s countdown, reviving it if it had been destroyed, and sets whether it is ref'd.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    initAsyncResource(item);
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Takes a Timeout out of its list for good.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  listRemove(item);
  const list = timerListMap[Math.trunc(item._idleTimeout)];
  if (list !== undefined && listIsEmpty(list)) {
    heapRemoveAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  if (item[kRefed]) decRefCount();
  // A later active() must not put it back.
  item._idleTimeout = -1;
}

function clearTimeoutImpl(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const instance = knownTimersById[timer];
    if (instance !== undefined) {
      instance._idleTimeout = -1;
      unenroll(instance);
    }
  }
}

// Called by native code when the uv timer fires. Runs every due list (nextTicks and microtasks run
// between timers) and returns the next expiry: negative when no ref'd timer is left, 0 when none is.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heapPeek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // The rest of the list is not due yet: move the list to its new place in the heap.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }

    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) refCount--;
      }
    }
  }
  // Emptied (not replaced by a new list of the same duration while callbacks ran): drop it.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
}

// --- Immediate ----------------------------------------------------------------------------------

// A FIFO linked through the immediates themselves.
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// What is left of a batch whose callback threw; it runs before anything queued since.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this);
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}
Immediate.prototype[SymbolDispose] = function dispose() {
  require('timers').clearImmediate(this);
};

function clearImmediateImpl(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Called by native code in the check phase: runs the immediates queued before this batch began
// (ones queued by these callbacks wait for the next loop iteration), nextTicks between each.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Detach the batch first: setImmediate() from a callback starts the next batch.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    // Cleared by a nextTick just now: its predecessor still links to what follows.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

binding.setupTimers(processImmediate, processTimers);

// A duration argument for socket/stream timeouts: non-negative and finite, capped at TIMEOUT_MAX.
function getTimerDuration(msecs, name) {
  const { validateNumber } = require('internal/validators');
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

module.exports = {
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  clearTimeoutImpl,
  clearImmediateImpl,
  getTimerDuration,
  immediateInfo,
  kCount,
  kRefCount,
  kHasOutstanding,
};
