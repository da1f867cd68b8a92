// Encoding and decoding 64 KiB inputs: hex, base64, UTF-8 (ASCII and multibyte), latin1, UTF-16.
const KiB64 = 64 * 1024;
const bytes = Buffer.alloc(KiB64);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 13) & 255;
const hex = bytes.toString('hex');
const base64 = bytes.toString('base64');
const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(1500).slice(0, KiB64);
const multibyte = 'añ€😀ßçдя中文'.repeat(4000);
const multibyteBytes = Buffer.from(multibyte).subarray(0, KiB64);
const multibyteString = multibyteBytes.toString();
const asciiBytes = Buffer.from(ascii);
// Western European text: mostly ASCII, an accented letter every ~20 bytes (all within Latin-1).
const accentedBytes = Buffer.from(
  "Déjà vu: le café est très chaud, la crème brûlée aussi; une façon d'être naïve. ".repeat(900))
  .subarray(0, KiB64);

bench('toString hex 64K', () => bytes.toString('hex'), { bytes: KiB64 });
bench('from hex 64K', () => Buffer.from(hex, 'hex'), { bytes: KiB64 });
bench('toString base64 64K', () => bytes.toString('base64'), { bytes: KiB64 });
bench('from base64 64K', () => Buffer.from(base64, 'base64'), { bytes: KiB64 });
bench('toString utf8 ascii 64K', () => asciiBytes.toString(), { bytes: KiB64 });
bench('toString utf8 multibyte 64K', () => multibyteBytes.toString(), { bytes: KiB64 });
bench('toString utf8 accented 64K', () => accentedBytes.toString(), { bytes: KiB64 });
bench('from utf8 ascii 64K', () => Buffer.from(ascii), { bytes: KiB64 });
bench('from utf8 multibyte 64K', () => Buffer.from(multibyteString), { bytes: KiB64 });
bench('byteLength multibyte 64K', () => Buffer.byteLength(multibyteString), { bytes: KiB64 });
bench('byteLength ascii 64K', () => Buffer.byteLength(ascii), { bytes: KiB64 });
bench('toString latin1 64K', () => bytes.toString('latin1'), { bytes: KiB64 });
bench('toString ucs2 64K', () => bytes.toString('ucs2'), { bytes: KiB64 });
bench('toString utf8 16B', () => asciiBytes.toString('utf8', 0, 16), { ops: 1 });
bench('from utf8 16B', () => Buffer.from('hello world 1234'), { ops: 1 });
const bytes16 = asciiBytes.subarray(0, 16);
bench('toString() 16B', () => bytes16.toString(), { ops: 1 });
bench('toString hex 16B', () => bytes16.toString('hex'), { ops: 1 });
const ascii64 = ascii.slice(0, 64);
bench('from utf8 64B', () => Buffer.from(ascii64), { ops: 1 });
bench('byteLength 16B', () => Buffer.byteLength('hello world 1234'), { ops: 1 });
