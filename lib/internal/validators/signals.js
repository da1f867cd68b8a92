'use strict';

// Signal names -> numbers, as in os.constants.signals. Taken from the native
// `constants` binding when it provides them; otherwise Linux's numbering
// (octet targets Linux), in the order Node lists them.

function linuxSignals() {
  const table = Object.create(null);
  const names = [
    ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4],
    ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6], ['SIGBUS', 7],
    ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11],
    ['SIGUSR2', 12], ['SIGPIPE', 13], ['SIGALRM', 14], ['SIGTERM', 15],
    ['SIGCHLD', 17], ['SIGSTKFLT', 16], ['SIGCONT', 18], ['SIGSTOP', 19],
    ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23],
    ['SIGXCPU', 24], ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27],
    ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29], ['SIGPWR', 30],
    ['SIGSYS', 31],
  ];
  for (const [name, number] of names) table[name] = number;
  return table;
}

function loadSignals() {
  try {
    const constants = internalBinding('constants');
    if (constants && constants.os && constants.os.signals) {
      return constants.os.signals;
    }
  } catch {
    // No native constants binding: use the built-in table.
  }
  return linuxSignals();
}

module.exports = { signals: loadSignals() };
