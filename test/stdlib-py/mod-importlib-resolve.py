import importlib, importlib.util as u
for n, p in [('.x', 'a.b.c'), ('..x', 'a.b.c'), ('...x', 'a.b.c'), ('....x', 'a.b.c'), ('.', 'a.b'), ('..', 'a.b'), ('x', None), ('.x', None), ('.x', '')]:
    try: print(repr(u.resolve_name(n, p)))
    except Exception as e: print(type(e).__name__, e)
print(u.find_spec('nonexistent_mod_zz'), u.find_spec('json').name, u.find_spec('json.decoder').name)
try: u.find_spec('json.decoder.zz')
except ModuleNotFoundError as e: print(e, type(e.__cause__).__name__, e.name)
