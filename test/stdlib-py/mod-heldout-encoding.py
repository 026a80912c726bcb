# Encoding and hashing in a security-basics lesson: base64, hashlib, uuid, binascii.
import base64
import binascii
import hashlib
import hmac
import uuid

msg = "Hello, Wörld!".encode("utf-8")
print(base64.b64encode(msg), base64.b64decode(base64.b64encode(msg)).decode())
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.standard_b64encode(b"ab"))
print(base64.b32encode(b"abc"), base64.b32decode("MFRGG==="), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b85decode(base64.b85encode(b"xyz")))
print(base64.b64encode(b""), base64.b64decode("YQ=="), base64.b64decode(b"YWJj"), base64.b64decode("YW Jj\n"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
for bad in ["YQ", "Y===", "@@@@"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
try:
    base64.b64decode("YQ")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b16decode("0g")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b32decode("MFRGG")
except binascii.Error as e:
    print("binascii.Error:", e)
print(base64.b16decode("ab", casefold=True), base64.b64decode("-_8=", altchars=b"-_"), base64.urlsafe_b64decode("-_8="))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.hexlify(b"abc", "-"), binascii.crc32(b"hello"), bytes.fromhex("de ad be ef").hex(":"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)

for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
h.update(b"part one, ")
h2 = h.copy()
h.update(b"part two")
print(h.hexdigest(), h2.hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha1("é".encode()).hexdigest(), len(hashlib.sha512().digest()))
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2b(b"x", key=b"k", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.shake_128(b"abc").hexdigest(10), "sha256" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
try:
    hashlib.new("nosuchhash")
except ValueError as e:
    print("ValueError:", e)
mac = hmac.new(b"secret", b"message", "sha256")
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(hmac.digest(b"k", b"m", "md5").hex())
print(repr(hashlib.sha256()).startswith("<sha256 _hashlib.HASH object"))

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn, u.bytes[:4])
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(hex="12345678123456781234567812345678"), uuid.UUID(int=1), uuid.UUID(bytes=bytes(16)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://python.org"), uuid.NAMESPACE_DNS)
r = uuid.uuid4()
print(r.version, len(str(r)), r.variant == uuid.RFC_4122, str(r)[14])
print(uuid.uuid1().version, uuid.UUID("12345678-1234-5678-1234-567812345678") < uuid.UUID(int=2**127))
for bad in ["not-a-uuid", "1234", "g2345678-1234-5678-1234-567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError:", e)
print(uuid.UUID(int=0), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)), str(uuid.UUID(bytes_le=bytes(range(16)))), hash(u) == hash(uuid.UUID(str(u))))
