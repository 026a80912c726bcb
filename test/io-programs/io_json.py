# json: dumps/loads with the options and errors programs use
import json

data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'score': 9.5, 'ok': True, 'none': None, 'nested': {'x': [1, {'y': 2}]}, 'é': 'ünï'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent='\t', ensure_ascii=False))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps([1.0, 0.1, 1e16, 1e-7, 123456789.123456789, -0.0, 3.141592653589793, 2**70, float('inf'), float('-inf'), float('nan')]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps('\u2028\x00"\\'), json.dumps('😀'), json.dumps('😀', ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({'a': {}}, indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps({(1,): 2}, skipkeys=True))
for bad in [set(), {(1, 2): 3}, b'bytes', object]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError', e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError', e)
print(json.dumps({'when': object()}, default=lambda o: 'OBJ'))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n"'), json.loads('123456789012345678901234567890'), json.loads(' 1.5 '), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads(b'{"x": 1}'), json.loads(bytearray(b'[1]')), json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=float), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())), json.loads('[NaN]', parse_constant=lambda c: c))
for text in ['', ' ', '{', '{"a"', '{"a":', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '1 2', 'nul', '[',
             '{1:2}', '-', '01', '1.', '\ufeff1', 'x\n  y', '[1,\n 2,\n oops]', 'tru', '{"a":1 "b":2}', "'single'"]:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)
print(json.JSONDecoder().raw_decode('{"a": 1} trailing'), json.decoder.JSONDecodeError is json.JSONDecodeError, issubclass(json.JSONDecodeError, ValueError))
with open('data.json', 'w') as f:
    json.dump(data, f, indent=4)
with open('data.json') as f:
    print(json.load(f) == data)
print(open('data.json').read().count('\n'))
