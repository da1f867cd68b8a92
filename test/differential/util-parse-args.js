'use strict';
// util.parseArgs(): every argument form, strict and loose modes, tokens, defaults, the
// default args taken from process.argv, and every configuration and usage error.
const util = require('util');
const { parseArgs } = util;

let count = 0;
const show = (value) => util.inspect(value, { depth: 6, breakLength: Infinity });
const report = (label, fn) => {
  count++;
  try {
    const result = fn();
    console.log(label, show(result));
    if (result && result.values) {
      console.log('  values proto null:', Object.getPrototypeOf(result.values) === null);
    }
  } catch (err) {
    console.log(label, 'threw', err.name, err.code, JSON.stringify(err.message));
    console.log('  header:', JSON.stringify(String(err.stack).split('\n')[0]));
  }
};
const parse = (label, args, options, extra) => {
  report(label, () => parseArgs({ args, options, ...extra }));
};

const bool = { type: 'boolean' };
const str = { type: 'string' };

// The function itself.
console.log(typeof parseArgs, parseArgs.name, parseArgs.length, parseArgs.prototype);

// Long options.
parse('long bool', ['--verbose'], { verbose: bool });
parse('long string next', ['--name', 'bob'], { name: str });
parse('long string inline', ['--name=bob'], { name: str });
parse('long string inline empty', ['--name='], { name: str });
parse('long string inline with =', ['--name=a=b'], { name: str });
parse('long string dash value inline', ['--name=-x'], { name: str });
parse('long string empty next', ['--name', ''], { name: str });
parse('long last wins', ['--name', 'a', '--name', 'b'], { name: str });
parse('long multiple string', ['--name', 'a', '--name=b'], { name: { type: 'string', multiple: true } });
parse('long multiple bool', ['--v', '--v', '--v'], { v: { type: 'boolean', multiple: true } });
parse('long = at start of name', ['--=x'], {}, { strict: false });
parse('long dashes only three', ['---'], {}, { strict: false });

// Short options.
parse('short bool', ['-v'], { verbose: { type: 'boolean', short: 'v' } });
parse('short string next', ['-n', 'bob'], { name: { type: 'string', short: 'n' } });
parse('short string attached', ['-nbob'], { name: { type: 'string', short: 'n' } });
parse('short string attached dash', ['-n-1'], { name: { type: 'string', short: 'n' } });
parse('short group bools', ['-abc'], { a: bool, b: bool, c: bool });
parse('short group with string last', ['-abn', 'x'],
      { a: bool, b: bool, name: { type: 'string', short: 'n' } });
parse('short group with string middle', ['-anFILE'],
      { a: bool, name: { type: 'string', short: 'n' } });
parse('short group string first', ['-nab'],
      { a: bool, b: bool, name: { type: 'string', short: 'n' } });
parse('short multiple', ['-f', 'a', '-fb', '-f=c'],
      { file: { type: 'string', short: 'f', multiple: true } });
parse('short uppercase', ['-V'], { version: { type: 'boolean', short: 'V' } });
parse('short maps to long name', ['-h'], { help: { type: 'boolean', short: 'h' } },
      { tokens: true });

// Values that look like options.
parse('negative number value strict', ['--num', '-5'], { num: str });
parse('negative number value inline', ['--num=-5'], { num: str });
parse('negative number value loose', ['--num', '-5'], { num: str }, { strict: false });
parse('short negative value strict', ['-n', '-5'], { num: { type: 'string', short: 'n' } });
parse('short negative attached', ['-n-5'], { num: { type: 'string', short: 'n' } });
parse('option as value strict', ['--name', '--verbose'], { name: str, verbose: bool });
parse('lone dash value', ['--name', '-'], { name: str });
parse('lone dash positional', ['-'], {}, { allowPositionals: true });
parse('negative positional', ['-5'], {}, { allowPositionals: true, strict: false });

// Terminator and positionals.
parse('terminator', ['--', '--verbose', '-x', 'y'], { verbose: bool }, { allowPositionals: true });
parse('terminator tokens', ['-a', '--', '-b'], { a: bool }, { allowPositionals: true, tokens: true });
parse('terminator no positionals after', ['-a', '--'], { a: bool }, { tokens: true });
parse('terminator positionals disallowed', ['--', 'x'], {});
parse('string eats terminator', ['--name', '--'], { name: str }, { strict: false, tokens: true });
parse('positionals mixed', ['a', '--v', 'b'], { v: bool }, { allowPositionals: true });
parse('positional default strict', ['a'], {});
parse('positional default loose', ['a'], {}, { strict: false });
parse('positional explicit false loose', ['a'], {}, { strict: false, allowPositionals: false });
parse('empty string positional', [''], {}, { allowPositionals: true });

// Loose mode: unknown options kept, types not enforced.
parse('loose unknown long', ['--unknown'], {}, { strict: false });
parse('loose unknown short', ['-u'], {}, { strict: false });
parse('loose unknown inline', ['--unknown=1'], {}, { strict: false });
parse('loose unknown group', ['-xyz'], {}, { strict: false });
parse('loose string missing value', ['--name'], { name: str }, { strict: false });
parse('loose bool with value', ['--flag=yes'], { flag: bool }, { strict: false });
parse('loose unknown does not eat next', ['--unknown', 'v'], {}, { strict: false });
parse('loose proto ignored', ['--__proto__', '--__proto__=x'], {}, { strict: false, tokens: true });
parse('loose constructor option', ['--constructor'], {}, { strict: false });

// Tokens.
parse('tokens full', ['-f', 'x', '--b=1', 'pos', '-ab', '--', 'tail'],
      { file: { type: 'string', short: 'f' }, b: str, a: bool },
      { tokens: true, allowPositionals: true, strict: false });
parse('tokens group indexes', ['-abc', 'p', '-de'], {},
      { tokens: true, strict: false });
parse('tokens false explicit', ['-a'], { a: bool }, { tokens: false });

// Defaults.
parse('default string', [], { name: { type: 'string', default: 'x' } });
parse('default overridden', ['--name', 'y'], { name: { type: 'string', default: 'x' } });
parse('default bool false', [], { flag: { type: 'boolean', default: false } });
parse('default multiple', [], { f: { type: 'string', multiple: true, default: ['a', 'b'] } });
parse('default multiple replaced', ['--f', 'c'],
      { f: { type: 'string', multiple: true, default: ['a', 'b'] } });
parse('default bool multiple', [], { f: { type: 'boolean', multiple: true, default: [true] } });
parse('default empty string', [], { name: { type: 'string', default: '' } });
parse('default undefined ignored', [], { name: { type: 'string', default: undefined } });
parse('default same array object', [], { f: { type: 'string', multiple: true, default: [] } });
{
  const dflt = ['z'];
  const r = parseArgs({ args: [], options: { f: { type: 'string', multiple: true, default: dflt } } });
  count++;
  console.log('default array identity', r.values.f === dflt);
}

// allowNegative.
parse('negative bool', ['--no-color'], { color: bool }, { allowNegative: true });
parse('negative then positive', ['--no-color', '--color'], { color: bool }, { allowNegative: true });
parse('negative overrides default', ['--no-color'], { color: { type: 'boolean', default: true } },
      { allowNegative: true });
parse('negative tokens', ['--no-color'], { color: bool }, { allowNegative: true, tokens: true });
parse('negative of string strict', ['--no-name'], { name: str }, { allowNegative: true });
parse('negative unknown strict', ['--no-what'], {}, { allowNegative: true });
parse('negative disabled', ['--no-color'], { color: bool });
parse('negative with value', ['--no-color=1'], { color: bool }, { allowNegative: true });
parse('negative loose unknown', ['--no-what'], {}, { allowNegative: true, strict: false });
parse('negative multiple', ['--no-c', '--c'], { c: { type: 'boolean', multiple: true } },
      { allowNegative: true });

// Strict-mode usage errors.
parse('unknown long', ['--nope'], {});
parse('unknown short', ['-x'], {});
parse('unknown with positionals', ['--nope'], {}, { allowPositionals: true });
parse('unknown quoted suggestion', ['-"'], {}, { allowPositionals: true });
parse('unknown in group', ['-ax'], { a: bool });
parse('string missing value', ['--name'], { name: str });
parse('short string missing value', ['-n'], { name: { type: 'string', short: 'n' } });
parse('bool given value', ['--flag=1'], { flag: bool });
parse('short bool given value', ['--flag=x'], { flag: { type: 'boolean', short: 'f' } });
parse('ambiguous long', ['--name', '-x'], { name: str });
parse('ambiguous short', ['-n', '--foo'], { name: { type: 'string', short: 'n' } });
parse('unexpected positional', ['pos'], {});
parse('unexpected positional percent', ['%s%d'], {});

// Configuration errors.
report('config null', () => parseArgs(null));
report('config string', () => parseArgs('abc'));
report('config inherited ignored', () => parseArgs({ __proto__: { strict: 1 }, args: ['x'] }));
parse('args not array', 'abc', {});
parse('args object', { length: 0 }, {});
report('strict non-bool', () => parseArgs({ args: [], strict: 'yes' }));
report('allowPositionals non-bool', () => parseArgs({ args: [], allowPositionals: 1 }));
report('tokens non-bool', () => parseArgs({ args: [], tokens: 'true' }));
report('allowNegative non-bool', () => parseArgs({ args: [], allowNegative: 'x' }));
report('null settings take defaults', () => parseArgs({
  args: ['a'], strict: null, allowPositionals: null, tokens: null, allowNegative: null,
}));
report('options array', () => parseArgs({ args: [], options: [] }));
report('options string', () => parseArgs({ args: [], options: 'x' }));
report('options null means none', () => parseArgs({ args: [], options: null }));
parse('option config null', [], { a: null });
parse('option config string', [], { a: 'boolean' });
parse('option type missing', [], { a: {} });
parse('option type bad', [], { a: { type: 'number' } });
parse('option short number', [], { a: { type: 'boolean', short: 1 } });
parse('option short long', [], { a: { type: 'boolean', short: 'ab' } });
parse('option short empty', [], { a: { type: 'boolean', short: '' } });
parse('option multiple bad', [], { a: { type: 'boolean', multiple: 'yes' } });
parse('default string bad', [], { a: { type: 'string', default: 1 } });
parse('default bool bad', [], { a: { type: 'boolean', default: 'true' } });
parse('default string array bad', [], { a: { type: 'string', multiple: true, default: 'x' } });
parse('default string array item bad', [], { a: { type: 'string', multiple: true, default: ['x', 2] } });
parse('default bool array bad', [], { a: { type: 'boolean', multiple: true, default: [true, 'x'] } });
parse('default null', [], { a: { type: 'string', default: null } });
parse('arg not string', [5], {}, { strict: false });
parse('arg null', [null], {}, { strict: false });
parse('arg negative number', [-5, 'x'], {}, { strict: false, tokens: true });
parse('arg String object', [new String('-v')], {}, { strict: false, tokens: true });
// eslint-disable-next-line no-sparse-arrays
parse('sparse after terminator', ['--', , 'x'], {}, { strict: false });
parse('own __proto__ option', [], JSON.parse('{"__proto__":{"type":"string","default":"x"}}'));
parse('own __proto__ option given', ['--__proto__', 'v'],
      JSON.parse('{"__proto__":{"type":"string"}}'), { tokens: true });
parse('inherited short ignored', ['-q'], { quiet: { __proto__: { short: 'q' }, type: 'boolean' } },
      { strict: false });
parse('inherited type ignored', [], { a: { __proto__: { type: 'string' } } });

// Default args: process.argv after the script, or after the executable with -e/-p.
{
  const savedArgv = process.argv;
  const savedExecArgv = process.execArgv;
  process.argv = ['node', 'script.js', '--flag', 'pos'];
  process.execArgv = [];
  report('default args script', () => parseArgs({ options: { flag: bool }, allowPositionals: true }));
  for (const flag of ['-e', '--eval', '-p', '--print']) {
    process.execArgv = ['--no-warnings', flag];
    report(`default args ${flag}`, () => parseArgs({ strict: false }));
  }
  process.execArgv = ['--eval=1'];
  report('default args --eval=', () => parseArgs({ strict: false }));
  process.argv = ['node', 'script.js'];
  process.execArgv = [];
  report('no config', () => parseArgs());
  report('undefined config', () => parseArgs(undefined));
  report('empty config', () => parseArgs({}));
  process.argv = savedArgv;
  process.execArgv = savedExecArgv;
}

console.log('cases', count);
