'use strict';
// Published digests (NIST FIPS 180-4 / FIPS 202 example messages, RFC 1321) for every hash the
// issue names, computed one-shot, by update() in pieces, through copy() and through crypto.hash().
const assert = require('assert');
const crypto = require('crypto');

const messages = [
  '',
  'abc',
  'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
  'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
];

// [algorithm, digests of `messages` in order, digest of one million 'a']
const vectors = [
  ['md5', [
    'd41d8cd98f00b204e9800998ecf8427e',
    '900150983cd24fb0d6963f7d28e17f72',
    '8215ef0796a20bcaaae116d3876c664a',
    '03dd8807a93175fb062dfb55dc7d359c',
  ], '7707d6ae4e027c70eea2a935c2296f21'],
  ['sha1', [
    'da39a3ee5e6b4b0d3255bfef95601890afd80709',
    'a9993e364706816aba3e25717850c26c9cd0d89d',
    '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    'a49b2446a02c645bf419f995b67091253a04a259',
  ], '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
  ['sha224', [
    'd14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f',
    '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525',
    'c97ca9a559850ce97a04a96def6d99a9e0e0e2ab14e6b8df265fc0b3',
  ], '20794655980c91d8bbb4c1ea97618a4bf03f42581948b2ee4ee7ad67'],
  ['sha256', [
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ], 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ['sha384', [
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    '3391fdddfc8dc7393707a65b1b4709397cf8b1d162af05abfe8f450de5f36bc6b0455a8520bc4e6f5fe95b1fe3c8452b',
    '09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039',
  ], '9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985'],
  ['sha512', [
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce' +
      '47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    '204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335' +
      '96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445',
    '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018' +
      '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
  ], 'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb' +
     'de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b'],
  ['sha512-256', [
    'c672b8d1ef56ed28ab87c3622c5114069bdd3ad7b8f9737498d0c01ecef0967a',
    '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
    'bde8e1f9f19bb9fd3406c90ec6bc47bd36d8ada9f11880dbc8a22a7078b6a461',
    '3928e184fb8690f840da3988121d31be65cb9d3ef83ee6146feac861e19b563a',
  ], '9a59a052930187a97038cae692f30708aa6491923ef5194394dc68d56c74fb21'],
  ['sha3-256', [
    'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a',
    '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    '41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376',
    '916f6061fe879741ca6469b43971dfdb28b1a32dc36cb3254e812be27aad1d18',
  ], '5c8875ae474a3634ba4fd55ec85bffd661f32aca75c6d699d0cdcb6c115891c1'],
  ['sha3-512', [
    'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a6' +
      '15b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26',
    'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
      '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
    '04a371e84ecfb5b8b77cb48610fca8182dd457ce6f326a0fd3d7ec2f1e91636d' +
      'ee691fbe0c985302ba1b0d8dc78c086346b533b49c030d99a27daf1139d6e75e',
    'afebb2ef542e6579c50cad06d2e578f9f8dd6881d7dc824d26360feebf18a4fa' +
      '73e3261122948efcfd492e74e82e2189ed0fb440d187f382270cb455f21dd185',
  ], '3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859' +
     'ed311d0a9d5141ce9cc5c66ee689b266a8aa18ace8282a0e0db596c90b0a7b87'],
];

for (const [algorithm, digests, millionA] of vectors) {
  messages.forEach((message, i) => {
    const expected = digests[i];
    assert.strictEqual(crypto.createHash(algorithm).update(message).digest('hex'), expected,
                       `${algorithm}(${JSON.stringify(message)})`);
    assert.strictEqual(crypto.hash(algorithm, message), expected);
    assert.strictEqual(crypto.hash(algorithm, Buffer.from(message), 'buffer').toString('hex'),
                       expected);
    // Pieces of 7 bytes, as Buffers, give the same digest.
    const hash = crypto.createHash(algorithm);
    const bytes = Buffer.from(message);
    for (let at = 0; at < bytes.length; at += 7) hash.update(bytes.subarray(at, at + 7));
    const copy = hash.copy();
    const digest = hash.digest();
    assert.ok(Buffer.isBuffer(digest));
    assert.strictEqual(digest.toString('hex'), expected);
    assert.strictEqual(copy.digest('base64'), Buffer.from(expected, 'hex').toString('base64'));
  });
  const million = crypto.createHash(algorithm);
  const thousandA = 'a'.repeat(1000);
  for (let i = 0; i < 1000; i++) million.update(thousandA);
  assert.strictEqual(million.digest('hex'), millionA, `${algorithm} of a million 'a'`);
}

// SHAKE256 (FIPS 202): the default 32-byte output, and longer outputs that extend it.
assert.strictEqual(crypto.createHash('shake256').digest('hex'),
                   '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f');
assert.strictEqual(
  crypto.createHash('shake256', { outputLength: 64 }).update('abc').digest('hex'),
  '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739' +
  'd5a15bef186a5386c75744c0527e1faa9f8726e462a12a4feb06bd8801e751e4');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 5 }).update('abc').digest('hex'),
                   '4833666013');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.hash('shake256', 'abc'),
                   '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739');
// A copy may ask for its own output length.
const shake = crypto.createHash('shake256').update('abc');
assert.strictEqual(shake.copy({ outputLength: 3 }).digest('hex'), '483366');
assert.strictEqual(shake.digest('hex').length, 64);

// Names are case-insensitive and OpenSSL's aliases work.
assert.strictEqual(crypto.createHash('SHA256').update('abc').digest('hex'), vectors[3][1][1]);
assert.strictEqual(crypto.createHash('RSA-SHA1').update('abc').digest('hex'), vectors[1][1][1]);

// The lists node reports.
for (const name of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256',
                    'sha3-256', 'sha3-512', 'shake256']) {
  assert.ok(crypto.getHashes().includes(name), name);
}
for (const name of ['aes-128-cbc', 'aes-192-ctr', 'aes-256-gcm', 'chacha20-poly1305']) {
  assert.ok(crypto.getCiphers().includes(name), name);
}
assert.notStrictEqual(crypto.getHashes(), crypto.getHashes());
