# base64, binascii, hashlib, hmac, uuid (deterministic parts), secrets (shapes only)
import base64, binascii, hashlib, hmac, uuid, secrets

for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(10))]:
    e = base64.b64encode(data)
    print(data, e, base64.b64decode(e), base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b85encode(data), base64.a85encode(data))
print(base64.b64decode('YWJj'), base64.b64decode(b'YW Jj\n'), base64.b64decode('__4=', altchars=b'-_'), base64.standard_b64encode(b'\xfb\xff'), base64.urlsafe_b64decode('-_8='))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'), base64.b32decode('MZXW6==='), base64.b16decode('666F6F'), base64.b85decode(b'W^Zp|'))
for bad, kw in [('abc', {}), ('a', {}), ('ab!c', {'validate': True}), ('YW Jj', {'validate': True}), ('====', {'validate': True})]:
    try:
        base64.b64decode(bad, **kw)
    except binascii.Error as e:
        print('binascii.Error', e)
for bad in [lambda: base64.b64encode('str'), lambda: base64.b16decode('zz'), lambda: base64.b32decode('A'), lambda: binascii.unhexlify('abc')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.unhexlify(b'01ab'), binascii.crc32(b'hello world'), binascii.b2a_base64(b'hi'), binascii.a2b_base64(b'aGk=\n'))
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name, b'The quick brown fox')
    h2 = getattr(hashlib, name)()
    h2.update(b'The quick ')
    h2.update(b'brown fox')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), h.hexdigest() == h2.hexdigest(), h.digest()[:4])
print(hashlib.shake_128(b'x').hexdigest(10), hashlib.shake_256(b'x').digest(4))
h = hashlib.sha256(b'a')
c = h.copy()
h.update(b'b')
print(c.hexdigest() == hashlib.sha256(b'a').hexdigest(), h.hexdigest() == hashlib.sha256(b'ab').hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', b'p', b's', 2, dklen=10).hex())
print(hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', hashlib.md5).hexdigest(), hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex())
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'a', b'b'), hmac.new(b'k', digestmod='sha256').name)
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.new('nope'), lambda: hmac.new(b'k', b'm')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.node)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com'), uuid.UUID(int=1), uuid.UUID(bytes=b'\x00' * 16), uuid.UUID('{00010203-0405-0607-0809-0a0b0c0d0e0f}'))
u4 = uuid.uuid4()
print(u4.version, u4.variant, len(str(u4)), str(u4).count('-'), uuid.UUID(str(u4)) == u4, uuid.uuid1().version)
try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('ValueError', e)
print(len(secrets.token_hex(16)), len(secrets.token_bytes(5)), len(secrets.token_urlsafe(32)) >= 40, secrets.randbelow(1), secrets.choice([7]))
