# hashlib.blake2b/blake2s with digest_size, key, salt, person and tree parameters (RFC 7693)
import hashlib
for n in [0, 1, 63, 64, 65, 127, 128, 129, 200, 256, 1000]:
    data = bytes(range(256)) * 4
    data = data[:n]
    print(n, hashlib.blake2b(data).hexdigest()[:24], hashlib.blake2s(data).hexdigest()[:24],
          hashlib.blake2b(data, digest_size=20, key=b"key", salt=b"salt", person=b"me").hexdigest(),
          hashlib.blake2s(data, digest_size=16, key=b"k" * 32, last_node=True, fanout=2, depth=3, node_offset=5, node_depth=1, inner_size=8, leaf_size=77).hexdigest())
h = hashlib.blake2b(digest_size=20); print(h.name, h.digest_size, h.block_size, type(h), type(h).__name__, repr(h)[:22])
h.update(b"abc"); c = h.copy(); c.update(b"d"); print(h.hexdigest(), c.hexdigest(), len(h.digest()))
print(hashlib.new('blake2b', digest_size=16).hexdigest(), hashlib.new("blake2s", b"x").hexdigest())
print(hashlib.blake2b(b'x', digest_size=64, key=b'').hexdigest() == hashlib.blake2b(b'x').hexdigest())
print(hashlib.blake2b(b"data", key=b"k", digest_size=8).hexdigest(), hashlib.blake2b(b"data", digest_size=16).hexdigest())
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'k'*65), dict(salt=b's'*17), dict(person=b'p'*17), dict(fanout=256), dict(depth=0), dict(leaf_size=-1), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65), dict(key='str'), dict(digest_size=1.5)]:
  try: hashlib.blake2b(**kw)
  except Exception as e: print(type(e).__name__, e)
for kw in [dict(digest_size=33), dict(salt=b's'*9), dict(node_offset=2**48)]:
  try: hashlib.blake2s(**kw)
  except Exception as e: print(type(e).__name__, e)
big = hashlib.blake2b(); 
for i in range(100): big.update(b"chunk%d" % i)
print(big.hexdigest()[:32], hashlib.blake2b(b"".join(b"chunk%d" % i for i in range(100))).hexdigest()[:32])
import hmac; print(hmac.new(b"k", b"m", hashlib.blake2b).hexdigest()[:20], hmac.new(b"k", b"m", "blake2s").hexdigest()[:20])
print(hashlib.pbkdf2_hmac("blake2b", b"pw", b"salt", 2).hex()[:20])
