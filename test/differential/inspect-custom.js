'use strict';
// Custom inspection: util.inspect.custom methods, their arguments, returned values, and
// inspect.defaultOptions.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(typeof util.inspect.custom);

show({ [util.inspect.custom]() { return 'replaced'; } });
show({ [util.inspect.custom]() { return { returned: 'object' }; } });
show({ [util.inspect.custom]() { return 42; } });
show({ [util.inspect.custom]() { return this; }, plain: 'self' });
show({ outer: { [util.inspect.custom]() { return 'line 1\nline 2'; } } });
show({ a: { b: { [util.inspect.custom](depth) { return `depth ${depth}`; } } } });
show({ a: { [util.inspect.custom](depth) { return `depth ${depth}`; } } }, { depth: 5 });
show({ a: { [util.inspect.custom](depth) { return `depth ${depth}`; } } }, { depth: null });
show({ [util.inspect.custom]() { return 'ignored'; }, kept: true }, { customInspect: false });

// The arguments: depth, the options (with stylize and user options), and inspect itself.
const probe = {
  [util.inspect.custom](depth, options, inspect) {
    return [
      depth,
      typeof options.stylize,
      Object.keys(options).join(','),
      options.userOption,
      inspect === util.inspect,
      options.stylize('styled', 'number'),
    ];
  },
};
show(probe);
show(probe, { userOption: 'passed through', colors: true });
show({ nested: probe }, { depth: 4, compact: false });

// A custom inspector recursing through the provided inspect.
class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Money]', 'special');
    return `Money<${inspect(this.amount, options)} ${this.currency}>`;
  }
}
show(new Money(5, 'EUR'));
show({ wallet: [new Money(1, 'USD'), new Money(2, 'GBP')] });
show({ a: { b: { c: new Money(3, 'JPY') } } });
show({ a: { b: { c: { d: new Money(3, 'JPY') } } } });
show(new Money(1234567, 'CHF'), { numericSeparator: true });

// Prototypes carrying the method are shown, not asked.
show(Money.prototype);
class Other { [util.inspect.custom]() { return 'instance'; } }
show([new Other(), Other.prototype]);

// The legacy `inspect` method name has no special meaning.
show({ inspect() { return 'not used'; } });

// Through console.log, format's %o/%O, and a Proxy.
console.log(new Money(9, 'SEK'));
console.log('%O and %o', new Money(1, 'A'), new Money(2, 'B'));
show(new Proxy(new Money(7, 'NOK'), {}));

// defaultOptions.
console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions.depth = 0;
show({ a: { b: 1 } });
util.inspect.defaultOptions = { compact: false, breakLength: 40 };
show({ a: 1 });
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions = saved;
show({ a: { b: 1 } });
for (const bad of [null, 'str', 5]) {
  try {
    util.inspect.defaultOptions = bad;
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// Colors and styles are plain, editable tables.
console.log(Object.keys(util.inspect.colors).join(' '));
console.log(util.inspect.styles);
console.log(util.inspect.colors.grey, util.inspect.colors.gray === util.inspect.colors.grey);
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.number = 'yellow';
show({ a: 'x' }, { stylize: (s, t) => `<${t}:${s}>` });
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b]8;;link\u0007text'));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.code, err.message);
}
