// process: the properties and functions scripts rely on, as node reports them.
const path = require('path');
console.log(typeof process.pid, process.pid > 0, typeof process.ppid);
console.log(process.platform, process.arch, typeof process.version, typeof process.versions.v8);
console.log(process.argv.length, path.basename(process.argv[1]), process.argv[0] === process.execPath);
console.log(typeof process.env.PATH, process.env.NO_SUCH_VARIABLE_HERE);
process.env.OCTET_TEST_VALUE = 42;
console.log(typeof process.env.OCTET_TEST_VALUE, process.env.OCTET_TEST_VALUE);
delete process.env.OCTET_TEST_VALUE;
console.log('OCTET_TEST_VALUE' in process.env);
const [sec, nsec] = process.hrtime();
console.log(Number.isInteger(sec), Number.isInteger(nsec), nsec < 1e9);
const d = process.hrtime([sec, nsec]);
console.log(d[0] >= 0, d[1] >= 0);
console.log(typeof process.hrtime.bigint());
console.log(Object.keys(process.memoryUsage()).join());
console.log(typeof process.memoryUsage.rss(), process.uptime() > 0);
const cwd = process.cwd();
process.chdir('..');
console.log(path.relative(process.cwd(), cwd));
process.chdir(cwd);
try {
  process.chdir('/definitely/not/here');
} catch (err) {
  console.log(err.code, err.syscall, err.message.replace(cwd, '<cwd>'));
}
console.log(typeof process.nextTick, typeof process.stdout.write, process.stdout.fd, process.stderr.fd);
console.log(String(process), Object.prototype.toString.call(process));
console.log(typeof process.on, process.listenerCount('exit'));
console.log(process.exitCode);
