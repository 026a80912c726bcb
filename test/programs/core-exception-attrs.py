# Exception attributes: OSError errno mapping, ImportError/NameError/AttributeError fields, args as any iterable, SyntaxError fields, groups, context, tracebacks.
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(1)).__name__, type(OSError(2, "x", "f", 5, "g")).__name__)
e = OSError(2, "No such file", "a.txt", None, "b.txt"); print(e, e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError("just msg"); print(e, e.errno, e.strerror, e.args)
e = OSError(1, 2, 3, 4, 5, 6); print(e.args, e.errno)
e = ImportError("msg", name="mod", path="/p"); print(e, e.name, e.path, e.msg, repr(e))
try: import no_such_module_xyz
except ModuleNotFoundError as e: print(e.name, e.msg, repr(e))
try: undefined_thing
except NameError as e: print(e.name, repr(e))
try: (1).nope
except AttributeError as e: print(e.name, e.obj, repr(e))
e = AttributeError("m", name="n", obj=5); print(e.name, e.obj)
e = StopIteration(1, 2); print(e.value, e.args)
e = StopIteration(); print(e.value)
e = SystemExit(); print(e.code); e = SystemExit(1, 2); print(e.code)
e = KeyError(); print(repr(str(e))); e = KeyError("a"); print(str(e)); e = KeyError("a", "b"); print(str(e))
e = Exception(); e.args = [1, 2]; print(e.args, type(e.args).__name__, str(e))
e = Exception("x"); e.args = "ab"; print(e.args)
e = ValueError("v"); e.custom = 1; print(e.__dict__, vars(e))
e = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 6)); print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
e = SyntaxError("plain"); print(e.msg, e.filename, e.lineno, str(e))
try: compile("x = (", "file.py", "exec")
except SyntaxError as e: print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try: compile("  x = 1", "f", "exec")
except IndentationError as e: print(type(e).__name__, e.msg, e.lineno, e.offset)
e = UnicodeError("u"); print(str(e), e.args)
e = BaseExceptionGroup("g", [ValueError(1)]); print(type(e).__name__, e.message, e.exceptions, str(e))
eg = ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
print(eg.split(TypeError)[0], eg.derive([KeyError()]), [type(x).__name__ for x in eg.exceptions])
print(Exception("a") == Exception("a"), hash(Exception) is not None, Exception.__bases__, BaseException.__subclasses__()[:3] == [Exception, GeneratorExit, KeyboardInterrupt] or "order-dependent")
try:
    raise ValueError("first")
except ValueError as e:
    try:
        raise TypeError("second")
    except TypeError as e2:
        print(repr(e2.__context__), e2.__context__ is e)
def f():
    try: raise KeyError("k")
    except KeyError as e: return e
ex = f(); print(ex.__traceback__ is not None, type(ex.__traceback__).__name__, ex.__traceback__.tb_lineno, ex.__traceback__.tb_frame.f_code.co_name)
e = ValueError("w").with_traceback(None); print(e.__traceback__)
