// The os module reports what node reports on this machine: names, constants (signals, errno,
// priority, dlopen), CPUs, the user, network interfaces, kernel strings, and node's validation errors.
'use strict';
const os=require('os'); console.log(Object.keys(os).join(' ')); console.log(JSON.stringify(Object.keys(os.constants)), JSON.stringify(os.constants.signals)); console.log(JSON.stringify(os.constants.errno)); console.log(JSON.stringify(os.constants.priority), JSON.stringify(os.constants.dlopen), os.constants.UV_UDP_REUSEADDR);
const c = os.cpus(); console.log(c.length === os.availableParallelism(), Object.keys(c[0]).join(), Object.keys(c[0].times).join(), c[0].model);
console.log(os.userInfo(), os.userInfo({encoding:'buffer'}).username);
console.log(JSON.stringify(os.networkInterfaces()));
console.log(os.version(), os.machine(), os.release(), os.type(), os.devNull, os.getPriority(), os.tmpdir(), os.homedir(), os.hostname(), os.endianness(), JSON.stringify(os.EOL), `${os.hostname}`, os.arch(), os.platform());
console.log(typeof os.uptime(), typeof os.totalmem(), os.freemem() < os.totalmem(), os.loadavg().length);
try { os.setPriority(0, 100) } catch (e) { console.log(e.code, e.message) }
try { os.getPriority('x') } catch (e) { console.log(e.code, e.message) }
