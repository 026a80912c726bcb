# base64, hashlib, hmac, uuid, secrets: encoding and fingerprinting data
import base64
import hashlib
import hmac
import uuid
import secrets
import binascii

msg = "Python is fun! ✓".encode("utf-8")
b64 = base64.b64encode(msg)
print(b64, base64.b64decode(b64).decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"hello"), base64.b32decode(b"NBSWY3DP"), base64.b16encode(b"hi"), base64.b16decode("6869"))
print(base64.a85encode(b"hello world"), base64.b85encode(b"hello world"), base64.a85decode(base64.a85encode(b"xyz")))
print(base64.standard_b64encode(b"a"), base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVsbG8", altchars=None, validate=False) if False else "", base64.urlsafe_b64decode("-_8="))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("a$b=", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("cafe"), b"\xde\xad".hex(), bytes.fromhex("be ef"), b"abc".hex(":"), binascii.crc32(b"hello"))

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
h.update(b"Nobody inspects")
h.update(b" the spammish repetition")
print(h.hexdigest(), h.name, len(h.digest()))
h2 = h.copy(); h2.update(b"!")
print(h.hexdigest() != h2.hexdigest())
print(hashlib.md5("password".encode()).hexdigest(), hashlib.sha1(b"").hexdigest())
print(hashlib.blake2b(b"data", digest_size=16).hexdigest(), hashlib.blake2b(b"data", key=b"k", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.shake_128(b"abc").hexdigest(10), "sha256" in hashlib.algorithms_guaranteed)
print(hashlib.sha256(b"abc").hexdigest() == hashlib.new("SHA256", b"abc").hexdigest())
def file_digest(chunks):
    h = hashlib.md5()
    for c in chunks:
        h.update(c)
    return h.hexdigest()
print(file_digest([b"part1", b"part2"]) == hashlib.md5(b"part1part2").hexdigest())
sig = hmac.new(b"secret-key", b"message", hashlib.sha256)
print(sig.hexdigest(), sig.name, sig.digest_size)
print(hmac.compare_digest(sig.hexdigest(), hmac.new(b"secret-key", b"message", "sha256").hexdigest()))
print(hmac.digest(b"k", b"m", "sha1").hex())

print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com"))
u = uuid.uuid5(uuid.NAMESPACE_DNS, "example.org")
print(repr(u), u.version, u.variant, u.hex, u.int, u.urn, u.bytes[:4], str(u).upper())
print(uuid.UUID("12345678123456781234567812345678"), uuid.UUID("{12345678-1234-5678-1234-567812345678}").hex, uuid.UUID(int=0), uuid.NAMESPACE_OID)
u4 = uuid.uuid4()
s4 = str(u4)
print(len(s4), s4.count("-"), s4[14], u4.version, s4[19] in "89ab", isinstance(u4, uuid.UUID))
print(uuid.UUID(bytes=b"\x12" * 16), uuid.UUID("12345678-1234-5678-1234-567812345678") < uuid.UUID("22345678-1234-5678-1234-567812345678"), u.fields[:2])
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
tok = secrets.token_hex(16)
print(len(tok), all(c in "0123456789abcdef" for c in tok), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)), len(secrets.token_hex()))
print(secrets.choice("abc") in "abc", 0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.compare_digest("a", "a"))
import string
pw = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12))
print(len(pw), pw.isalnum())
