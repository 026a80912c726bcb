# help() on builtin classes prints pydoc's full class page (methods, signatures, docstrings)
for cls in (list, dict, int, str, float, bool, complex, property):
    help(cls)
print(vars(list)["__getattribute__"] is not None, (0).__sizeof__(), (2**100).__sizeof__())
print({} < {} if False else dict.__lt__({}, {}))
