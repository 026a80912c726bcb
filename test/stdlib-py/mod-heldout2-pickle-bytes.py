# pickle.dumps gives CPython's bytes for each protocol (opcode choice, memo, frames, batching)
import pickle, hashlib, collections

class P:
    pass

class O:
    class I:
        pass

class S:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 2

class L(list):
    pass

class D(dict):
    pass

p = P(); p.x = 1
rec = []; rec.append(rec)
tup = ([],); tup[0].append(tup)
values = [
    [1, -1, 300, 70000, 2**40, -2**31, 1.5, 'hé', b'ab', None, True, (), (1,), (1, 2, 3, 4),
     {'a': {1, 2}}, frozenset([1])],
    int, ValueError('x'), collections.OrderedDict(a=1), p, rec, tup,
    'a\\b\nc\x00\u20ac\U0001f600', b'', b'xy', 0, 255, -256, 2**31, 10**30, -10**30, True, False,
    1.0, float('nan'), O.I, S(), range(1, 5, 2), slice(1, 2), complex(1, 2), bytearray(b"ab"),
    bytearray(), Ellipsis, NotImplemented, type(None), len, {1: "a", 2: "b"}, set(), frozenset(),
    [[]] * 3, "x" * 300, b"y" * 300, L([1, 2]), D(a=1),
]
for v in values:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            d = pickle.dumps(v, proto)
        except TypeError as e:
            print(proto, "TypeError:", e)
            continue
        print(proto, d)
        pickle.loads(d)

# runs of 1000 items: exact lists, dicts and sets, subclasses through their reduce
for v in [list(range(1000)), list(range(1001)), dict.fromkeys(range(1000)), dict.fromkeys(range(2001)),
          set(range(1000)), set(range(1001)), L(range(1000)), D.fromkeys(range(1000)), [1], {1: 2}, {1}]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        d = pickle.dumps(v, proto)
        print(type(v).__name__, len(v), proto, len(d), hashlib.md5(d).hexdigest(), pickle.loads(d) == v)

# big payloads leave the frame
for v in ["x" * 70000, [b"y" * 70000, "tail"], list(range(30000))]:
    d = pickle.dumps(v)
    print(len(d), d[:30], d[-20:], hashlib.md5(d).hexdigest(), pickle.loads(d) == v)

# errors while loading
for data in [b'', b'\x80\x04K', b'\x80\x04K\x01', b'\x80\x09', b'zz', b'(K\x01', b'0.', b'h\x05.',
             b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.']:
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(repr(data), type(e).__module__, type(e).__name__, e)
print(pickle.loads(b"(lp0\nI1\naS'py2 string'\np1\na.", encoding="latin1"))
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x05K\x01\x87q\x01Rq\x02."))
