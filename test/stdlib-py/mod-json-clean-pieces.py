# json.encoder: iterencode()'s pieces for keys JSON has to convert or skip, int and float
# subclasses, default() (as a method and as an argument, and when it loops), indent as a
# number, zero or a string, and the separators JSONEncoder picks.
import enum
import json
from json.encoder import JSONEncoder


class Colour(enum.IntEnum):
    RED = 1


class Money(float):
    def __repr__(self):
        return 'Money!'


def pieces(obj, **kw):
    try:
        return list(JSONEncoder(**kw).iterencode(obj))
    except (TypeError, ValueError) as e:
        return '%s: %s' % (type(e).__name__, e)


samples = [
    {(1, 2): 'skipped', 'a': 1, 2.5: [], False: {}, None: 'n', Colour.RED: Colour.RED},
    [Colour.RED, Money(2.5), True, 0, -0.0, 1e300, [[]], [{}], {'x': []}],
    {'b': [1, {'c': [2, []]}], 'a': {}},
    ('tuple', ('nested',), 'é\u2028"\\'),
    {'z': 1, 'y': {'w': 2, 'v': [3]}},
]
for obj in samples:
    print(repr(obj)[:50])
    for kw in ({}, {'skipkeys': True}, {'indent': 0, 'skipkeys': True}, {'indent': 3, 'sort_keys': True},
               {'indent': '--', 'skipkeys': True, 'ensure_ascii': False},
               {'separators': (';', '='), 'skipkeys': True}):
        if kw.get('sort_keys') and obj is samples[0]:
            continue    # keys of mixed types: which pair fails first is list.sort's business
        print('   ', kw, pieces(obj, **kw))

print(JSONEncoder().item_separator, JSONEncoder(indent=2).item_separator,
      JSONEncoder(indent=2, separators=(' , ', ' : ')).item_separator, JSONEncoder.key_separator)


class Later:
    def __init__(self, value):
        self.value = value


def unwrap(o):
    if isinstance(o, Later):
        return o.value
    raise TypeError('cannot: ' + type(o).__name__)


print(pieces([Later(1), Later([Later('x'), Later({'k': Later(None)})])], default=unwrap))
print(pieces({'a': Later(object())}, default=unwrap))
loop = Later(None)
loop.value = loop
print(pieces([loop], default=unwrap))
print(pieces([loop], default=lambda o: 'cut', check_circular=False))
shared = [1]
print(pieces([shared, shared, {'s': shared}]))
print(pieces([float('nan'), float('inf')]), pieces({'k': float('-inf')}, allow_nan=False))
print(pieces({float('nan'): 1}, allow_nan=False), pieces({float('inf'): 1}))
print(pieces(object()), pieces({'a': {1, 2}}))


class Tagged(JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)


print(list(Tagged(indent=1).iterencode([1j, {'c': 2 + 3j}])), Tagged().encode([1j]))
print(json.dumps({'a': [Colour.RED, Money(1.5)]}, indent=2) ==
      ''.join(JSONEncoder(indent=2).iterencode({'a': [Colour.RED, Money(1.5)]})))
