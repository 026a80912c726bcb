# weakref.ref subclasses (the documentation's ExtendedRef), container views with live objects.
import weakref

class ExtendedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **annotations):
        super().__init__(ob, callback)
        self.__counter = 0
        for k, v in annotations.items():
            setattr(self, k, v)

    def __call__(self):
        ob = super().__call__()
        if ob is not None:
            self.__counter += 1
            ob = (ob, self.__counter)
        return ob

class A:
    pass

a = A()
r = ExtendedRef(a, foo=1, bar="baz")
print(r.foo, r.bar, r()[1], r()[1], r()[0] is a, isinstance(r, weakref.ref))
print(weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is r)
print(type(r).__name__, repr(r).startswith("<__main__.ExtendedRef object at") or repr(r)[:30])
d = weakref.WeakValueDictionary()
d["a"] = a
print(list(d.items())[0][1] is a, d.get("a") is a, "a" in d, list(d.valuerefs())[0]() is a)
k = weakref.WeakKeyDictionary({a: 1})
print(list(k.items())[0][1], list(k.keyrefs())[0]() is a)
