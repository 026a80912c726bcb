# types: new_class/prepare_class/resolve_bases, DynamicClassAttribute, SimpleNamespace and mappingproxy details
import types


class Entry:
    def __mro_entries__(self, bases):
        return (dict, object)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


bases = (int,)
print(types.resolve_bases(bases) is bases, types.resolve_bases((Entry(), str)), types.resolve_bases(()))
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print('TypeError', e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, [b.__name__ for b in bases], kw)
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Other(type):
    pass


kw = {'metaclass': Meta, 'flag': 1}
meta, ns, rest = types.prepare_class('Thing', (), kw)
print(meta.__name__, ns, rest, kw)
print(types.prepare_class('Plain'), types.prepare_class('P', (int,), None)[0])
Base = Meta('Base', (), {})
print(types.prepare_class('Child', (Base,))[0].__name__, types.prepare_class('C2', (Base,), {'metaclass': type})[0].__name__)
try:
    types.prepare_class('Clash', (Base, Other('O', (), {})))
except TypeError as e:
    print('TypeError', e)
print(types.prepare_class('F', (), {'metaclass': len})[1:], types.prepare_class('F', (), {'metaclass': len})[0] is len)


def body(namespace):
    namespace['x'] = 42
    namespace['hello'] = lambda self: 'hi ' + type(self).__name__


Made = types.new_class('Made', (Entry(), ), {}, body)
print(Made.__mro__, Made.__orig_bases__[0].__class__.__name__, Made().hello(), Made.x)
Made2 = types.new_class('Made2', (Base,), {'flag': 2}, lambda ns: ns.update(y=1))
print(type(Made2).__name__, Made2.y, Made2.prepared, '__orig_bases__' in Made2.__dict__)
print(types.new_class('Empty').__name__, types.new_class('Empty').__bases__)


class Color:
    def _get(self):
        "the colour's name"
        return 'red'

    def _set(self, value):
        print('set to', value)

    name = types.DynamicClassAttribute(_get, _set)


print(Color().name, Color.__dict__['name'].__doc__, Color.__dict__['name'].overwrite_doc)
Color().name = 'blue'
for action in ('class', 'del'):
    try:
        if action == 'class':
            Color.name
        else:
            del Color().name
    except AttributeError as e:
        print(action, repr(e))
d = types.DynamicClassAttribute(doc='explicit')
print(d.__doc__, d.overwrite_doc, d.getter(Color._get).__doc__, d.getter(Color._get).overwrite_doc)
g = types.DynamicClassAttribute(Color._get).getter(lambda self: 1)
print(repr(g.__doc__), g.setter(print).fset is print, g.deleter(print).fdel is print, g.setter(print).__doc__)
e = types.DynamicClassAttribute(Color._get, doc='')
print(repr(e.__doc__), e.overwrite_doc, sorted(vars(e)))
try:
    class Holder:
        v = types.DynamicClassAttribute()
    Holder().v
except AttributeError as exc:
    print(repr(exc))

ns = types.SimpleNamespace(b=2, a=1)
ns.self = ns
print(ns, ns == types.SimpleNamespace(a=1, b=2), ns.__reduce__()[0:2])
del ns.self
print(ns, vars(ns), types.SimpleNamespace(**{'not an identifier': 1}))
try:
    types.SimpleNamespace({'a': 1})
except TypeError as e:
    print('TypeError', e)
print(types.SimpleNamespace.__hash__)
mp = types.MappingProxyType({'k': 1, 'j': 2})
print(mp, repr(mp), mp['k'], mp.get('z', 0), list(mp), len(mp), 'k' in mp, mp == {'k': 1, 'j': 2}, mp | {'z': 3})


def assign():
    mp['k'] = 2


def delete():
    del mp['k']


for action in (assign, delete, lambda: types.MappingProxyType([1])):
    try:
        action()
    except TypeError as e:
        print('TypeError', e)
print(types.CoroutineType.__name__, types.GeneratorType.__name__, types.FunctionType is types.LambdaType,
      types.NoneType, types.EllipsisType, types.NotImplementedType, types.ModuleType('m', 'doc').__doc__)
print(types.coroutine(len) is len, types.coroutine(len)('abc'), types.coroutine(len).__wrapped__ is len)


def ticks():
    yield 'tick'
    return 'done'


class MakesGenerator:
    def __call__(self):
        return ticks()


proxy = types.coroutine(MakesGenerator())()
print(type(proxy).__name__, proxy.__name__, next(proxy), proxy.send(None) if False else '')
step = types.coroutine(ticks)


async def runner():
    return await step()


awaiting = runner()
print(awaiting.send(None))
try:
    awaiting.send(None)
except StopIteration as stop:
    print('StopIteration', stop.value)
try:
    types.coroutine(5)
except TypeError as e:
    print('TypeError', e)
