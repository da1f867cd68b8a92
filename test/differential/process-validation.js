// process.exitCode / exit() validation, process.kill and the exception capture callback.
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
show('exitCode 1.5', () => { process.exitCode = 1.5; });
show('exitCode "x"', () => { process.exitCode = 'x'; });
show('exitCode "2"', () => { process.exitCode = '2'; return process.exitCode; });
show('exitCode null', () => { process.exitCode = null; return process.exitCode; });
show('exit({})', () => process.exit({}));
show('kill 0', () => process.kill(process.pid, 0));
show('kill name', () => process.kill(process.pid, 'SIGFOO'));
show('kill pid', () => process.kill('abc'));
show('capture fn', () => process.setUncaughtExceptionCaptureCallback(42));
show('capture has', () => process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback((err) => console.log('captured', err.message));
show('capture twice', () => process.setUncaughtExceptionCaptureCallback(() => {}));
process.exitCode = 0;
setTimeout(() => { throw new Error('in a timer'); }, 1);
