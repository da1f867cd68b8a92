// fs failures give node's errors in every API form: message, errno, code, syscall, path, dest and
// property order for system errors, and node's validation errors for bad arguments. Nothing
// crashes. EACCES comes from access(X_OK) on a file nobody may execute (true even for root).
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-fs-errors-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'file.txt');
fs.writeFileSync(file, 'data');
fs.chmodSync(file, 0o644);
const missing = path.join(dir, 'missing');
const out = [];
const clean = (s) => String(s).split(dir).join('DIR');

function describe(err) {
  if (!(err instanceof Error)) return `not an error: ${err}`;
  const props = Object.keys(err).map((k) => `${k}=${clean(err[k])}`).join(' ');
  return `${err.name} ${clean(err.message)} [${props}]`;
}

function sync(label, fn) {
  try {
    fn();
    out.push(`${label}: no error`);
  } catch (err) {
    out.push(`${label}: ${describe(err)}`);
  }
}

// System errors, synchronous.
sync('readFileSync missing', () => fs.readFileSync(missing));
sync('openSync dir for writing', () => fs.openSync(dir, 'w'));
sync('writeFileSync to dir', () => fs.writeFileSync(dir, 'x'));
sync('readFileSync dir', () => fs.readFileSync(dir));
sync('accessSync X_OK', () => fs.accessSync(file, fs.constants.X_OK));
sync('mkdirSync existing', () => fs.mkdirSync(dir));
sync('mkdirSync under a file', () => fs.mkdirSync(path.join(file, 'sub'), { recursive: true }));
sync('rmdirSync file', () => fs.rmdirSync(file));
sync('unlinkSync dir', () => fs.unlinkSync(dir));
sync('renameSync missing', () => fs.renameSync(missing, path.join(dir, 'x')));
sync('copyFileSync excl', () => fs.copyFileSync(file, file, fs.constants.COPYFILE_EXCL));
sync('symlinkSync existing', () => fs.symlinkSync(file, file));
sync('readlinkSync file', () => fs.readlinkSync(file));
sync('readdirSync file', () => fs.readdirSync(file));
sync('statSync missing', () => fs.statSync(missing));
sync('lstatSync missing', () => fs.lstatSync(missing));
sync('statSync no throw', () => out.push(`  -> ${fs.statSync(missing, { throwIfNoEntry: false })}`));
sync('fstatSync bad fd', () => fs.fstatSync(2 ** 30));
sync('closeSync bad fd', () => fs.closeSync(2 ** 30));
sync('mkdtempSync missing', () => fs.mkdtempSync(path.join(missing, 'x-')));
sync('realpathSync missing', () => fs.realpathSync(path.join(missing, 'a')));
sync('realpathSync.native missing', () => fs.realpathSync.native(missing));
sync('rmSync dir', () => fs.rmSync(dir));
sync('rmSync missing', () => fs.rmSync(missing));
sync('rmSync missing force', () => fs.rmSync(missing, { force: true }));
sync('truncateSync missing', () => fs.truncateSync(missing));
sync('opendirSync missing', () => fs.opendirSync(missing));
sync('existsSync missing', () => out.push(`  -> ${fs.existsSync(missing)} ${fs.existsSync(file)}`));

// Argument validation.
sync('bad path type', () => fs.readFileSync(42.5));
sync('null byte', () => fs.statSync('a\0b'));
sync('bad flags', () => fs.openSync(file, 'rw'));
sync('bad encoding', () => fs.readFileSync(file, 'utf9'));
sync('bad mode string', () => fs.chmodSync(file, 'rwx'));
sync('bad fd', () => fs.closeSync(-1));
sync('fd not a number', () => fs.fstatSync('3'));
sync('no callback', () => fs.stat(file));
sync('bad callback', () => fs.readFile(file, 'utf8', 'nope'));
sync('bad data', () => fs.writeFileSync(path.join(dir, 'y'), 12));
sync('read length too big', () => fs.readSync(0, Buffer.alloc(2), 0, 3, 0));
sync('read bad position', () => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'));
sync('read empty buffer', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
sync('write offset too big', () => fs.writeSync(1, Buffer.alloc(2), 3));
sync('access bad mode', () => fs.accessSync(file, 99));
sync('mkdir bad recursive', () => fs.mkdirSync(dir, { recursive: 'yes' }));
sync('rm bad options', () => fs.rmSync(dir, { force: 1 }));
sync('createReadStream start > end', () => fs.createReadStream(file, { start: 3, end: 1 }));
sync('createReadStream bad start', () => fs.createReadStream(file, { start: -1 }));

// The same failures through callbacks and promises.
const callbackCases = [
  ['readFile missing', (cb) => fs.readFile(missing, cb)],
  ['readFile dir', (cb) => fs.readFile(dir, cb)],
  ['open dir for writing', (cb) => fs.open(dir, 'w', cb)],
  ['access X_OK', (cb) => fs.access(file, fs.constants.X_OK, cb)],
  ['mkdir existing', (cb) => fs.mkdir(dir, cb)],
  ['mkdir recursive under a file', (cb) => fs.mkdir(path.join(file, 'a', 'b'), { recursive: true }, cb)],
  ['rename missing', (cb) => fs.rename(missing, file, cb)],
  ['copyFile missing', (cb) => fs.copyFile(missing, file, cb)],
  ['readdir missing', (cb) => fs.readdir(missing, cb)],
  ['stat missing', (cb) => fs.stat(missing, cb)],
  ['unlink missing', (cb) => fs.unlink(missing, cb)],
  ['rm dir', (cb) => fs.rm(dir, cb)],
  ['realpath missing', (cb) => fs.realpath(path.join(missing, 'a'), cb)],
  ['writeFile dir', (cb) => fs.writeFile(dir, 'x', cb)],
  ['read stream missing', (cb) => fs.createReadStream(missing).on('error', cb)],
  ['write stream into dir', (cb) => fs.createWriteStream(dir).on('error', cb)],
];
const promiseCases = [
  ['readFile missing', () => fsp.readFile(missing)],
  ['readFile dir', () => fsp.readFile(dir)],
  ['open missing', () => fsp.open(missing)],
  ['access X_OK', () => fsp.access(file, fs.constants.X_OK)],
  ['mkdir existing', () => fsp.mkdir(dir)],
  ['stat missing', () => fsp.stat(missing)],
  ['rename missing', () => fsp.rename(missing, file)],
  ['rm missing', () => fsp.rm(missing)],
  ['readdir file', () => fsp.readdir(file)],
  ['bad path', () => fsp.readFile({})],
  ['closed handle', async () => {
    const handle = await fsp.open(file);
    await handle.close();
    return handle.read();
  }],
];

(async () => {
  for (const [label, start] of callbackCases) {
    await new Promise((resolve) => {
      start((err) => {
        out.push(`callback ${label}: ${describe(err)}`);
        resolve();
      });
    });
  }
  for (const [label, start] of promiseCases) {
    try {
      await start();
      out.push(`promise ${label}: resolved`);
    } catch (err) {
      out.push(`promise ${label}: ${describe(err)}`);
    }
  }
  fs.rmSync(dir, { recursive: true });
  out.push(`cleaned up: ${!fs.existsSync(dir)}`);
  console.log(out.join('\n'));
})();
