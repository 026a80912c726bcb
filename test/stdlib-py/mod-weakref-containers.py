# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize with live objects.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Item({self.n})"


items = [Item(i) for i in range(4)]
cache = weakref.WeakValueDictionary()
for it in items:
    cache[it.n] = it
print(len(cache), sorted(cache.keys()), cache[2], cache.get(9, "none"), 1 in cache, 7 in cache)
print(sorted(cache.items(), key=lambda kv: kv[0]), list(cache.values()))
print(cache.pop(0), len(cache), cache.setdefault(1, None), repr(cache).startswith("<WeakValueDictionary at"))
del cache[1]
print(sorted(cache), len(cache.valuerefs()), cache.copy()[2])
try:
    cache[42]
except KeyError as e:
    print("KeyError:", e)
try:
    cache[5] = 5
except TypeError as e:
    print("TypeError:", e)
wv2 = weakref.WeakValueDictionary({"x": items[0]}, y=items[1])
print(sorted(wv2.items()))

meta = weakref.WeakKeyDictionary()
meta[items[0]] = "zero"
meta[items[1]] = "one"
print(len(meta), meta[items[0]], items[1] in meta, Item(9) in meta, meta.get(items[2], "-"))
print(sorted(meta.values()), list(meta.keys()) == items[:2])
meta.update({items[2]: "two"})
print(len(meta), meta.pop(items[2]), len(meta), meta.setdefault(items[3], "three"))
try:
    meta["str key"] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(meta).startswith("<WeakKeyDictionary at"))

ws = weakref.WeakSet(items[:2])
ws.add(items[2])
print(len(ws), items[0] in ws, items[3] in ws, 5 in ws)
ws.discard(items[0])
print(len(ws), sorted(x.n for x in ws))
ws2 = weakref.WeakSet([items[1], items[3]])
print(sorted(x.n for x in ws | ws2), sorted(x.n for x in ws & ws2), sorted(x.n for x in ws - ws2))
print(ws == weakref.WeakSet([items[1], items[2]]), ws2.issubset(items), ws.pop() in items)

calls = []
f = weakref.finalize(items[0], calls.append, "finalized 0")
g = weakref.finalize(items[1], print, "at exit:", "item 1")
h = weakref.finalize(items[2], print, "at exit:", "item 2")
print(f.alive, f.atexit, f.peek()[1:] == (calls.append, ("finalized 0",), {}))
print(f(), calls, f.alive, f(), calls)
print(repr(f).endswith("dead>"), repr(g).split("; ")[1].split(" at")[0])
h.atexit = False
d = g.detach()
print(d[0] is items[1], g.alive, g.detach())
g2 = weakref.finalize(items[3], print, "at exit: item 3 (the only one left)")
print("end of program")
