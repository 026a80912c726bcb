"""inspect: look at live objects — what kind they are, their members, docstrings, source
code, call signatures, and the running frames.

Written for pygil from CPython 3.11's documented behaviour. The basics are here (the is*
predicates, getmembers, getdoc/cleandoc, getmodule/getfile/getsource*, signature with
Signature/Parameter/BoundArguments, currentframe/stack); what is not raises a clear error.
"""

import sys
import os
import enum
import types
import functools
import itertools
import linecache
from collections import namedtuple, OrderedDict

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'iscoroutinefunction', 'isasyncgenfunction', 'isgenerator', 'iscoroutine',
    'isasyncgen', 'isawaitable', 'istraceback', 'isframe', 'iscode', 'isbuiltin',
    'isroutine', 'isabstract', 'ismethoddescriptor', 'isdatadescriptor',
    'isgetsetdescriptor', 'ismemberdescriptor', 'ismethodwrapper',
    'getmembers', 'getmembers_static', 'classify_class_attrs', 'Attribute', 'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsourcefile',
    'getsourcelines', 'getsource', 'findsource', 'getblock', 'getmro', 'unwrap',
    'signature', 'Signature', 'Parameter', 'BoundArguments', 'getfullargspec',
    'FullArgSpec', 'currentframe', 'stack', 'FrameInfo', 'getframeinfo',
    'Traceback', 'get_annotations', 'getcallargs', 'getmodulename', 'formatannotation',
    'getattr_static', 'getclosurevars', 'ClosureVars', 'getgeneratorstate',
    'getgeneratorlocals', 'getcoroutinestate', 'getcoroutinelocals', 'getargs',
    'getargvalues', 'formatargvalues', 'ArgInfo', 'getclasstree', 'walktree', 'getcomments',
    'getouterframes', 'getinnerframes', 'trace', 'getabsfile', 'CO_VARARGS',
    'CO_VARKEYWORDS', 'CO_GENERATOR', 'CO_COROUTINE', 'CO_ASYNC_GENERATOR', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED',
    'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
]

# code object flags (co_flags), as CPython numbers them
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# -- what kind of object --

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    """A bound method (a function bound to an instance or class)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """A function written in Python (def or lambda)."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while isinstance(f, functools.partial):
        f = f.func
    while ismethod(f):
        f = f.__func__
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return types.AsyncGeneratorType is not None and isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    return (isinstance(object, types.CoroutineType) or
            (isinstance(object, types.GeneratorType) and
             bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """A function or method written in the interpreter's own language (len, [].append)."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def ismethoddescriptor(object):
    """Has __get__ but no __set__, and is not a class, method or function (str.join)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Has __set__ or __delete__ (property, slots, getset descriptors)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """A class with abstract methods left (abc), so it cannot be instantiated."""
    if not isinstance(object, type):
        return False
    if '__abstractmethods__' in type.__dict__['__dict__'].__get__(object) or \
            hasattr(object, '__abstractmethods__'):
        return bool(getattr(object, '__abstractmethods__', False))
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    # in __init_subclass__, before ABCMeta has computed __abstractmethods__: look ourselves
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False


# -- members and documentation --

def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes (dir() order: sorted by name),
    filtered by predicate(value)."""
    return _getmembers(object, predicate, getattr)


Attribute = namedtuple('Attribute', 'name kind defining_class object')


def _attribute_kind(raw):
    if isinstance(raw, (staticmethod, types.BuiltinMethodType)):
        return 'static method'
    if isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
        return 'class method'
    if isinstance(raw, property):
        return 'property'
    if isroutine(raw):
        return 'method'
    return 'data'


def classify_class_attrs(cls):
    """An Attribute(name, kind, defining_class, object) for each name dir(cls) lists: kind is
    'class method', 'static method', 'property', 'method' or 'data'; object is the value in
    the defining class's __dict__ (descriptors not run)."""
    found = []
    for name in dir(cls):
        owner = next((k for k in getmro(cls) if name in k.__dict__), None)
        if owner is None:
            owner = next((k for k in getmro(type(cls)) if name in k.__dict__), None)
        raw = owner.__dict__[name] if owner is not None else getattr(cls, name, None)
        found.append(Attribute(name, _attribute_kind(raw), owner, raw))
    return found


def getmembers_static(object, predicate=None):
    """getmembers without running descriptors, __getattr__ or __getattribute__."""
    return _getmembers(object, predicate, getattr_static)


def _getmembers(object, predicate, getter):
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    for name in names:
        try:
            value = getter(object, name)
            if name in processed:
                raise AttributeError
        except AttributeError:
            # an attribute dir() lists but getattr refuses: take it from a class dict
            for base in mro:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((name, value))
        processed.add(name)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    return cls.__mro__


def getdoc(object):
    """The docstring, cleaned up with cleandoc; inherited from a base class when missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    # a class, method, property or slot without a docstring takes the one of the same name
    # along its class's MRO (a __slots__ dict gives its slots their docstrings)
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self      # a classmethod bound to its class
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _defining_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isbuiltin(obj):
        name = obj.__name__
        self = obj.__self__
        if isclass(self) and self.__qualname__ + '.' + name == obj.__qualname__:
            cls = self
        elif self is None or ismodule(self):
            return None
        else:
            cls = self.__class__
    elif isinstance(obj, property):
        name = obj.fget.__name__
        cls = _defining_class(obj.fget)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name, None) is not obj:
            return None
        # __slots__ given as a dict maps each slot to its docstring
        slots = getattr(cls, '__slots__', None) if ismemberdescriptor(obj) else None
        if isinstance(slots, dict) and name in slots:
            return slots[name]
    else:
        return None
    # the first class along the MRO whose attribute of that name has a docstring
    for base in cls.__mro__:
        if hasattr(base, name):
            doc = getattr(base, name).__doc__
            if doc is not None:
                return doc
    return None


def _defining_class(func):
    qualname = func.__qualname__
    if '.' not in qualname or '<locals>' in qualname.rsplit('.', 1)[0]:
        return None
    cls = sys.modules.get(func.__module__)
    for part in qualname.split('.')[:-1]:
        cls = getattr(cls, part, None)
    return cls if isclass(cls) else None


def cleandoc(doc):
    """A docstring without its indentation: the first line stripped, the common indentation
    of the other lines removed, blank lines at both ends dropped."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines = lines[:1] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


# -- where objects come from --

def getmodule(object, _filename=None):
    """The module the object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getabsfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        f = getattr(module, '__file__', None)
        if f and os.path.abspath(f) == _filename:
            return module
    return None


def _to_code(obj):
    # method -> function -> code, traceback -> frame -> code; anything else is returned as is
    for test, attr in ((ismethod, '__func__'), (isfunction, '__code__'),
                       (istraceback, 'tb_frame'), (isframe, 'f_code')):
        if test(obj):
            obj = getattr(obj, attr)
    return obj


def getfile(object):
    """The name of the file the object was defined in."""
    if ismodule(object):
        path = getattr(object, '__file__', None)
        if not path:
            raise TypeError(f'{object!r} is a built-in module')
        return path
    if isclass(object):
        # a class has no file of its own: use its module's
        modname = getattr(object, '__module__', None)
        if modname is not None:
            path = getattr(sys.modules.get(modname), '__file__', None)
            if path:
                return path
            if modname == '__main__':
                raise OSError('source code not available')
        raise TypeError(f'{object!r} is a built-in class')
    code = _to_code(object)
    if not iscode(code):
        raise TypeError('module, class, method, function, traceback, frame, or code object '
                        f'was expected, got {type(object).__name__}')
    return code.co_filename


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodulename(path):
    """The module name a file path would be imported as, or None."""
    fname = os.path.basename(path)
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The Python source file the object was defined in, or None."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename     # its loader may give the source
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def findsource(object):
    """(all lines of the source file, 0-based line where the object's source starts)."""
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        # "<...>" names pass: linecache may hold their lines (doctest's examples do)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    # the module's globals let linecache ask its loader for source not on disk
    module = getmodule(object, file)
    lines = linecache.getlines(file, *([module.__dict__] if module else []))
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_start(lines, object.__qualname__)
    code = _to_code(object)
    if iscode(code):
        first = getattr(code, 'co_firstlineno', None)
        if first is None:
            raise OSError('could not find function definition')
        if first - 1 >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, first - 1
    raise OSError('could not find code object')


def _class_start(lines, qualname):
    """0-based line where class qualname starts (its first decorator, if any). "A.B" is class
    B in A's body, "f.<locals>.C" class C in def f's body (also inside if/for/with/try
    blocks there, not inside a nested def or class); lines inside strings and brackets are
    not looked at."""
    parts = qualname.split('.')
    steps = []
    for k, name in enumerate(parts):
        if name == '<locals>':
            continue
        is_function = k + 1 < len(parts) and parts[k + 1] == '<locals>'
        steps.append((('def', 'async def') if is_function else ('class',), name))
    starts = _statement_lines(lines)
    scope_line, scope_indent = -1, -1     # the module
    found_indent = 0
    for keywords, name in steps:
        found = None
        inner = None    # indentation of a nested def/class we are inside of
        for i in starts:
            if i <= scope_line:
                continue
            text = lines[i].lstrip()
            indent = len(lines[i]) - len(text)
            if indent <= scope_indent:
                break       # past the end of the enclosing block
            if inner is not None:
                if indent > inner:
                    continue
                inner = None
            if _defines(text, keywords, name):
                found, found_indent = i, indent
                break
            if _defines_any(text):
                inner = indent
        if found is None:
            raise OSError('could not find class definition')
        scope_line, scope_indent = found, found_indent
    start = scope_line
    while start > 0 and lines[start - 1].lstrip().startswith('@') and \
            len(lines[start - 1]) - len(lines[start - 1].lstrip()) == scope_indent:
        start -= 1
    return start


def _defines_any(text):
    # a def or class statement (the start of a nested scope)
    for keyword in ('def', 'async def', 'class'):
        if text.startswith(keyword) and text[len(keyword):len(keyword) + 1] in (' ', '\t'):
            return True
    return False


def _statement_lines(lines):
    # the lines where a statement starts: not blank, not a comment, not inside brackets or a
    # triple-quoted string
    starts = []
    depth, in_string = 0, None
    for i, line in enumerate(lines):
        stripped = line.strip()
        if depth == 0 and in_string is None and stripped and not stripped.startswith('#'):
            starts.append(i)
        depth, in_string, _ = _scan_line(line, depth, in_string)
    return starts


def _defines(text, keywords, name):
    # whether a stripped line starts "class NAME" / "def NAME" (NAME a whole word)
    for keyword in keywords:
        if text.startswith(keyword) and text[len(keyword):len(keyword) + 1] in (' ', '\t'):
            after = text[len(keyword):].lstrip()
            if after.startswith(name) and not _word_char(after[len(name):len(name) + 1]):
                return True
    return False


def _word_char(ch):
    return ch != '' and (ch.isalnum() or ch == '_')


def getblock(lines):
    """The lines of the block (def, class, decorators, lambda line) that lines starts with."""
    base = None
    depth = 0           # open brackets
    in_string = None    # the triple quote we are inside, if any
    header_done = False
    body_indent = None  # indentation of the body's first line
    end = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        logical_start = depth == 0 and in_string is None
        if logical_start and stripped:
            indent = len(line) - len(line.lstrip())
            if stripped.startswith('#'):
                # a comment indented like the body belongs to it (also after its last line)
                if body_indent is not None and indent >= body_indent:
                    end = i + 1
                continue
            if base is None:
                base = indent
            elif header_done:
                if indent <= base:
                    break
                if body_indent is None:
                    body_indent = indent
        depth, in_string, ends_with_colon = _scan_line(line, depth, in_string)
        if stripped and not stripped.startswith('#') or in_string is not None:
            end = i + 1
        if not header_done and depth == 0 and in_string is None and stripped and \
                not stripped.startswith('@'):
            if ends_with_colon:
                header_done = True
            elif i + 1 == len(lines) or not stripped.endswith('\\'):
                # a one-line block (def f(): return 1) or a lambda
                after_colon = _after_block_colon(stripped)
                if after_colon is not None or not stripped.startswith(('def', 'class', 'async')):
                    return lines[:i + 1]
    return lines[:end]


def _after_block_colon(stripped):
    k = stripped.find(':')
    return stripped[k + 1:].strip() or None if k >= 0 else None


def _scan_line(line, depth, in_string):
    """Bracket depth and open triple-quoted string after the line; whether its code ends
    with ':' (a block header)."""
    i = 0
    n = len(line)
    last_code = ''
    while i < n:
        if in_string is not None:
            k = line.find(in_string, i)
            if k < 0:
                return depth, in_string, False
            i = k + 3
            in_string = None
            last_code = '"'
            continue
        ch = line[i]
        if ch == '#':
            break
        if ch in '\'"':
            if line[i:i + 3] in ('"""', "'''"):
                in_string = line[i:i + 3]
                i += 3
                continue
            k = i + 1
            while k < n and line[k] != ch:
                k += 2 if line[k] == '\\' else 1
            i = k + 1
            last_code = ch
            continue
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth = max(0, depth - 1)
        if not ch.isspace():
            last_code = ch
        i += 1
    return depth, in_string, last_code == ':'


def getsourcelines(object):
    """(the object's source lines, 1-based line number of the first)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of a module, class, function, method, frame or traceback."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def unwrap(func, *, stop=None):
    """Follow __wrapped__ (functools.wraps) down to the original function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# -- frames --

def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


class _Positions(namedtuple('Positions', 'lineno end_lineno col_offset end_col_offset')):
    pass


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a frame or traceback."""
    entry = frame
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    positions = _Positions(*_positions_of(entry, lineno))
    filename = frame.f_code.co_filename
    if context > 0:
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def _positions_of(entry, lineno):
    # (lineno, end_lineno, col_offset, end_col_offset) of the instruction running in a frame
    # or traceback entry: pygil's runtime knows them; elsewhere the code object's table
    try:
        import _traceback
    except ImportError:
        code = entry.tb_frame.f_code if istraceback(entry) else entry.f_code
        lasti = entry.tb_lasti if istraceback(entry) else entry.f_lasti
        try:
            return list(code.co_positions())[lasti // 2]
        except (AttributeError, IndexError):
            return (lineno, None, None, None)
    return _traceback.entry_position(entry)


def getouterframes(frame, context=1):
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def stack(context=1):
    """FrameInfo records of the caller's frame and the frames above it."""
    return getouterframes(sys._getframe(1), context)


def getinnerframes(tb, context=1):
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


# -- a frame's arguments --

Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """Arguments(names of the positional and keyword-only parameters, *name, **name)."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(parameter names, *name, **name, the frame's locals)."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda name: '*' + name,
                    formatvarkw=lambda name: '**' + name,
                    formatvalue=lambda value: '=' + repr(value)):
    """"(a=1, b=2, *rest=(), **kw={})" from getargvalues' results."""
    def convert(name, locals=locals, formatarg=formatarg, formatvalue=formatvalue):
        return formatarg(name) + formatvalue(locals[name])
    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(specs) + ')'


# -- class trees --

def walktree(classes, children, parent):
    """The nested list getclasstree gives, below parent."""
    results = []
    classes.sort(key=lambda c: (c.__module__, c.__name__))
    for c in classes:
        results.append((c, c.__bases__))
        if c in children:
            results.append(walktree(children[c], children, c))
    return results


def getclasstree(classes, unique=False):
    """The inheritance hierarchy of classes as nested lists of (class, bases) and lists of
    their subclasses; with unique, a class appears under one base only."""
    children = {}
    roots = []
    for c in classes:
        if c.__bases__:
            for parent in c.__bases__:
                if parent not in children:
                    children[parent] = []
                if c not in children[parent]:
                    children[parent].append(c)
                if unique and parent in classes:
                    break
        elif c not in roots:
            roots.append(c)
    for parent in children:
        if parent not in classes:
            roots.append(parent)
    return walktree(roots, children, None)


# -- comments --

def getcomments(object):
    """The comment lines just above the object's source (or at the top of a module's file,
    after any #! line), or None."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = _indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and _indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and _indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


def _indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# -- closures --

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """The names a function uses, resolved: its closure's variables, the globals and
    builtins it names, and the names found nowhere (attribute names among them)."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", None)
    if builtin_ns is None:
        import builtins
        builtin_ns = builtins.__dict__
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# -- generator and coroutine states --

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED (not started), GEN_RUNNING, GEN_SUSPENDED (at a yield) or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a suspended generator ({} once it has finished)."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


# -- signatures --

class _void:
    """A marker: nothing given."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation, base_module=None):
    """An annotation as signatures show it: int, mod.Cls, List[int] (typing. dropped)."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _drop_typing_prefixes(repr(annotation))
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _drop_typing_prefixes(text):
    # "typing.List[mod.typing.A]" -> "List[mod.typing.A]": each dotted name loses a leading
    # "typing." only
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] in '_.'):
            j += 1
        if j > i:
            out.append(text[i:j].removeprefix('typing.'))
            i = j
        else:
            out.append(text[i])
            i += 1
    return ''.join(out)


class Parameter:
    """One parameter of a signature: name, kind, default and annotation (or empty)."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    # the kinds are reachable as Parameter.KEYWORD_ONLY etc., and the marker as Parameter.empty
    (POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY,
     VAR_KEYWORD) = tuple(_ParameterKind)
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(
                self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # the implicit argument of comprehensions, shown as implicit0
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    # read-only views of the slots (a Parameter is immutable; use replace())
    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                text = '{} = {}'.format(text, repr(self._default))
            else:
                text = '{}={}'.format(text, repr(self._default))
        if kind == _VAR_POSITIONAL:
            text = '*' + text
        elif kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: which argument went to which parameter."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        """The positional arguments to pass to call the function again."""
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        """The keyword arguments to pass to call the function again."""
        kwargs = {}
        kwargs_started = False
        for name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of parameters no argument was given for (() and {} for
        *args and **kwargs)."""
        # rebuilt in parameter order, so filled-in entries land where they belong
        given = self.arguments
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in given:
                filled[name] = given[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind is _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind is _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation; str() is the parenthesized
    parameter list as in a def."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = OrderedDict()
        elif __validate_parameters__:
            params = OrderedDict()
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} '
                                     'parameter'.format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = OrderedDict((param.name, param) for param in parameters)
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, (eval_str, globals, locals), cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        # keyword-only parameters compare regardless of their order; the others in order
        ordered = []
        by_name = {}
        for p in self.parameters.values():
            if p.kind == _KEYWORD_ONLY:
                by_name[p.name] = p
            else:
                ordered.append(p)
        return tuple(ordered), by_name, self.return_annotation

    def __hash__(self):
        ordered, by_name, ret = self._hash_basis()
        return hash((ordered, frozenset(by_name.values()), ret))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs to the parameters as a call would (or raise TypeError)."""
        arguments = {}
        kwargs = dict(kwargs)
        params = list(self.parameters.values())
        positional = list(args)
        k = 0
        # 1. positional arguments fill the positional parameters in order
        while positional:
            if k >= len(params) or params[k].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                raise TypeError('too many positional arguments')
            param = params[k]
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(positional)
                positional = []
                k += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            arguments[param.name] = positional.pop(0)
            k += 1
        # 2. the remaining parameters take keyword arguments or their defaults
        var_keyword = None
        for param in params[k:]:
            if param.kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.kind == _POSITIONAL_ONLY:
                # not filled positionally: it cannot be given by keyword (even with **kwargs)
                if param.name in kwargs:
                    raise TypeError('{!r} parameter is positional only, but was passed '
                                    'as a keyword'.format(param.name))
                if param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
                continue
            if param.name in kwargs:
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name))
        if kwargs:
            if var_keyword is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def bind(self, /, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError if it would fail."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self.parameters.values()]
        for i, param in enumerate(self.parameters.values()):
            # "/" closes the positional-only run; a bare "*" opens the keyword-only
            # ones unless *args already did
            if i and kinds[i - 1] == _POSITIONAL_ONLY and param.kind != _POSITIONAL_ONLY:
                parts.append('/')
            if (param.kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds[:i]
                    and _KEYWORD_ONLY not in kinds[:i]):
                parts.append('*')
            parts.append(str(param))
        if kinds and kinds[-1] == _POSITIONAL_ONLY:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: function, method, class, partial, callable instance,
    or a builtin whose signature is known."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _signature_from_function(cls, func, evaluation=(False, None, None)):
    text = getattr(func, '__text_signature__', None)
    if text:
        # a Python function standing in for a C one may carry the C function's signature
        return _signature_from_text_signature(cls, text, False)
    eval_str, globals, locals = evaluation
    code = func.__code__
    pos_count = code.co_argcount
    arg_names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    keyword_only_count = code.co_kwonlyargcount
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + keyword_only_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
        index += 1
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    """The signature without its first parameter (the self a bound method has taken)."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig     # *args takes self and stays
    return sig.replace(parameters=params[1:])


def _signature_of_partial(sig, partial):
    # arguments given to partial() are taken: positional ones drop parameters, keyword ones
    # become defaults (and the parameters after them keyword-only)
    params = list(sig.parameters.values())
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from e
    result = []
    transform_to_kwonly = False
    for param in params:
        name = param.name
        if name in bound.arguments and name not in partial.keywords and \
                param.kind not in (_VAR_POSITIONAL, _VAR_KEYWORD):
            continue    # filled positionally
        if param.kind == _VAR_POSITIONAL:
            if not transform_to_kwonly:
                result.append(param)
            continue    # after a keyword-given parameter nothing is positional any more
        if transform_to_kwonly and param.kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
            param = param.replace(kind=_KEYWORD_ONLY)
        if name in partial.keywords:
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                transform_to_kwonly = True
                param = param.replace(kind=_KEYWORD_ONLY)
            param = param.replace(default=partial.keywords[name])
        result.append(param)
    return sig.replace(parameters=result)


def _signature_from_callable(obj, follow_wrapped, evaluation, cls):
    # evaluation: (eval_str, globals, locals) for the annotations
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, evaluation, cls)
        return _drop_first(sig)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__") or
                     isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, evaluation, cls)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    if isfunction(obj):
        return _signature_from_function(cls, obj, evaluation)
    if isinstance(obj, functools.partial):
        sig = _signature_from_callable(obj.func, follow_wrapped, evaluation, cls)
        return _signature_of_partial(sig, obj)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        return _signature_of_builtin(cls, obj)
    if isinstance(obj, type):
        return _signature_of_class(cls, obj, follow_wrapped, evaluation)
    call = _lookup_in_type(type(obj), '__call__')
    if call is not None:
        sig = _signature_from_callable(call, follow_wrapped, evaluation, cls)
        return _drop_first(sig)
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def _lookup_in_type(tp, name):
    for base in tp.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


def _defined_in_python(tp, name):
    # the class's own (or a Python base's) method, not object's/type's built-in one
    for base in tp.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            return value if (isfunction(value) or hasattr(value, '__signature__')
                             or isinstance(value, functools.partial)) else None
    return None


def _signature_of_class(cls, obj, follow_wrapped, evaluation):
    meta_call = _defined_in_python(type(obj), '__call__')
    if meta_call is not None:
        return _drop_first(_signature_from_callable(meta_call, follow_wrapped, evaluation, cls))
    new = _defined_in_python(obj, '__new__')
    init = _defined_in_python(obj, '__init__')
    # the one found first along the MRO wins, as in CPython
    for base in obj.__mro__:
        if new is not None and '__new__' in base.__dict__:
            return _drop_first(_signature_from_callable(new, follow_wrapped, evaluation, cls))
        if init is not None and '__init__' in base.__dict__:
            return _drop_first(_signature_from_callable(init, follow_wrapped, evaluation, cls))
    if obj is type:
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    for base in obj.__mro__:
        if base.__module__ == 'builtins' and base is not object:
            text = base.__dict__.get('__text_signature__')
            if isinstance(text, str) and text.startswith('('):
                return _signature_from_text_signature(cls, text, True)
            text = _BUILTIN_CLASS_SIGNATURES.get(base.__name__)
            if text is not None:
                return _parse_text_signature(cls, text)
            break
    if obj is object:
        return cls()
    if type in obj.__mro__:
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    if all(b.__module__ != 'builtins' for b in obj.__mro__[:-1]):
        # a Python class with neither __init__ nor __new__ takes no arguments
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return cls()
    raise ValueError('no signature found for builtin type {!r}'.format(obj))


def _signature_of_builtin(cls, func):
    self = getattr(func, '__self__', None)
    bound = self is not None and not ismodule(self)
    text = getattr(func, '__text_signature__', None)
    if isinstance(text, str) and text.startswith('('):
        return _signature_from_text_signature(cls, text, bound)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', '')
    text = None
    module = getattr(func, '__module__', None)
    if module and module != 'builtins' and not bound:
        text = _BUILTIN_SIGNATURES.get(module + '.' + name)
    if text is None:
        text = _BUILTIN_SIGNATURES.get(name)
    if text is None and bound:
        owner = self if isclass(self) else type(self)
        text = _BUILTIN_SIGNATURES.get(owner.__name__ + '.' + func.__name__)
    if text is None:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    sig = _parse_text_signature(cls, text)
    # a method bound to its object (or class) has taken its first parameter
    return _drop_first(sig) if bound else sig


def _signature_from_text_signature(cls, text, bound):
    # CPython's C functions describe themselves as "($self, /, key, default=None)": a first
    # parameter written $name is the object a method is bound to ($module: never shown)
    items = _split_params(text.strip()[1:-1])
    if items and items[0].startswith('$'):
        first = items.pop(0)[1:]
        if not bound and first != 'module':
            items.insert(0, first)
            if '/' not in items:
                items.insert(1, '/')
        elif items and items[0] == '/':
            items.pop(0)
    return _parse_text_signature(cls, '(' + ', '.join(items) + ')')


def _parse_text_signature(cls, text):
    """A Signature from a text such as '(obj, /, key=None, *args)'; defaults are literals."""
    parameters = []
    kind = _POSITIONAL_OR_KEYWORD
    items = _split_params(text.strip()[1:-1])
    if '/' in items:
        kind = _POSITIONAL_ONLY
    for item in items:
        if item == '/':
            kind = _POSITIONAL_OR_KEYWORD
        elif item == '*':
            kind = _KEYWORD_ONLY
        elif item.startswith('**'):
            parameters.append(Parameter(item[2:], _VAR_KEYWORD))
        elif item.startswith('*'):
            parameters.append(Parameter(item[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
        else:
            name, eq, default = item.partition('=')
            value = _literal_default(default) if eq else _empty
            parameters.append(Parameter(name.strip(), kind, default=value))
    return cls(parameters)


def _literal_default(text):
    # a text signature's default: a constant expression (1, 'x', None, 1 | 16, -1)
    try:
        value = eval(text, {'__builtins__': {}})
    except Exception:
        raise ValueError('invalid default in text signature: {!r}'.format(text.strip())) from None
    if ismodule(value) or isclass(value) or callable(value):
        raise ValueError('invalid default in text signature: {!r}'.format(text.strip()))
    return value


def _split_params(body):
    # split at the commas outside quotes
    items = []
    current = ''
    quote = None
    i = 0
    while i < len(body):
        ch = body[i]
        if quote:
            current += ch
            if ch == '\\' and i + 1 < len(body):
                current += body[i + 1]
                i += 1
            elif ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            current += ch
        elif ch == ',':
            items.append(current.strip())
            current = ''
        else:
            current += ch
        i += 1
    if current.strip():
        items.append(current.strip())
    return items


# CPython 3.11's __text_signature__ of common builtins (those without one, like dict.pop or
# range, have no signature there either)
_BUILTIN_SIGNATURES = {
    'abs': '(x, /)', 'all': '(iterable, /)', 'any': '(iterable, /)', 'ascii': '(obj, /)',
    'bin': '(number, /)', 'callable': '(obj, /)', 'chr': '(i, /)',
    'delattr': '(obj, name, /)', 'divmod': '(x, y, /)', 'format': '(value, format_spec=\'\', /)',
    'globals': '()', 'hasattr': '(obj, name, /)', 'hash': '(obj, /)', 'hex': '(number, /)',
    'id': '(obj, /)', 'isinstance': '(obj, class_or_tuple, /)',
    'issubclass': '(cls, class_or_tuple, /)', 'len': '(obj, /)', 'locals': '()',
    'oct': '(number, /)', 'ord': '(c, /)', 'pow': '(base, exp, mod=None)',
    'print': "(*args, sep=' ', end='\\n', file=None, flush=False)", 'repr': '(obj, /)',
    'round': '(number, ndigits=None)', 'setattr': '(obj, name, value, /)',
    'sorted': '(iterable, /, *, key=None, reverse=False)', 'sum': '(iterable, /, start=0)',
    'input': "(prompt='', /)", 'aiter': '(async_iterable, /)',
    'exec': '(source, globals=None, locals=None, /, *, closure=None)',
    'eval': '(source, globals=None, locals=None, /)',
    'compile': '(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, '
               '_feature_version=-1)',
    'list.append': '(self, object, /)', 'list.extend': '(self, iterable, /)',
    'list.insert': '(self, index, object, /)', 'list.pop': '(self, index=-1, /)',
    'list.remove': '(self, value, /)', 'list.index': '(self, value, start=0, stop=9223372036854775807, /)',
    'list.count': '(self, value, /)', 'list.sort': '(self, /, *, key=None, reverse=False)',
    'list.reverse': '(self, /)', 'list.copy': '(self, /)', 'list.clear': '(self, /)',
    'dict.get': '(self, key, default=None, /)', 'dict.setdefault': '(self, key, default=None, /)',
    'dict.keys': None, 'dict.fromkeys': '(type, iterable, value=None, /)',
    'str.join': '(self, iterable, /)', 'str.split': '(self, /, sep=None, maxsplit=-1)',
    'str.rsplit': '(self, /, sep=None, maxsplit=-1)', 'str.strip': '(self, chars=None, /)',
    'str.lstrip': '(self, chars=None, /)', 'str.rstrip': '(self, chars=None, /)',
    'str.replace': '(self, old, new, count=-1, /)', 'str.upper': '(self, /)',
    'str.lower': '(self, /)', 'str.encode': "(self, /, encoding='utf-8', errors='strict')",
    'str.splitlines': '(self, /, keepends=False)', 'str.center': "(self, width, fillchar=' ', /)",
    'str.ljust': "(self, width, fillchar=' ', /)", 'str.rjust': "(self, width, fillchar=' ', /)",
    'str.zfill': '(self, width, /)', 'str.title': '(self, /)', 'str.capitalize': '(self, /)',
    'math.sqrt': '(x, /)', 'math.floor': '(x, /)', 'math.ceil': '(x, /)',
    'math.gcd': '(*integers)', 'math.isclose': '(a, b, *, rel_tol=1e-09, abs_tol=0.0)',
    'math.log': None, 'math.pow': '(x, y, /)', 'math.factorial': '(n, /)',
}
_BUILTIN_SIGNATURES = {k: v for k, v in _BUILTIN_SIGNATURES.items() if v is not None}

# the built-in classes CPython 3.11 gives a signature (by name, as found along an MRO)
_BUILTIN_CLASS_SIGNATURES = {
    'complex': '(real=0, imag=0)', 'enumerate': '(iterable, start=0)', 'float': '(x=0, /)',
    'list': '(iterable=(), /)', 'memoryview': '(object)', 'object': '()',
    'property': '(fget=None, fset=None, fdel=None, doc=None)', 'reversed': '(sequence, /)',
    'tuple': '(iterable=(), /)',
}


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The object's annotations dict (a new dict); strings evaluated when eval_str."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        obj_globals = getattr(sys.modules.get(obj.__module__, None), '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_target = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_target = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_target = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_target is not None:
        while True:
            if hasattr(unwrap_target, '__wrapped__'):
                unwrap_target = unwrap_target.__wrapped__
                continue
            if isinstance(unwrap_target, functools.partial):
                unwrap_target = unwrap_target.func
                continue
            break
        if hasattr(unwrap_target, "__globals__"):
            obj_globals = unwrap_target.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The old-style description of a function's parameters."""
    try:
        # a bound method keeps its first parameter here (the legacy API shows it)
        target = func.__func__ if ismethod(func) else func
        sig = _signature_from_callable(target, False, (False, None, None), Signature)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    params = list(sig.parameters.values())
    positional = [p for p in params if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)]
    keyword_only = [p for p in params if p.kind is _KEYWORD_ONLY]
    star = [p.name for p in params if p.kind is _VAR_POSITIONAL]
    starstar = [p.name for p in params if p.kind is _VAR_KEYWORD]
    # empty defaults are reported as None, not () / {}
    defaults = tuple(p.default for p in positional if p.default is not _empty) or None
    kwdefaults = {p.name: p.default for p in keyword_only if p.default is not _empty} or None
    # 'return' comes first, then the parameters in order
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    annotations.update((p.name, p.annotation) for p in params if p.annotation is not _empty)
    return FullArgSpec([p.name for p in positional], star[0] if star else None,
                       starstar[0] if starstar else None, defaults,
                       [p.name for p in keyword_only], kwdefaults, annotations)


def getcallargs(func, /, *positional, **named):
    """{parameter name: value} for a call func(*positional, **named), defaults included, in
    the order a call binds them; a call that would fail raises the call's TypeError."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, _ = spec
    name = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    defaults = defaults or ()
    values = {}
    filled = min(len(positional), len(args))
    for i in range(filled):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[filled:])
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in args and key not in kwonlyargs:
            if not varkw:
                raise TypeError("%s() got an unexpected keyword argument %r" % (name, key))
            values[varkw][key] = value
        elif key in values:
            raise TypeError("%s() got multiple values for argument %r" % (name, key))
        else:
            values[key] = value
    if len(positional) > len(args) and not varargs:
        _too_many_positional(name, args, kwonlyargs, len(defaults), len(positional), values)
    if len(positional) < len(args):
        required = args[:len(args) - len(defaults)]
        if any(arg not in values for arg in required):
            _missing_arguments(name, required, True, values)
        for i, arg in enumerate(args[len(args) - len(defaults):]):
            values.setdefault(arg, defaults[i])
    missing = False
    for arg in kwonlyargs:
        if arg not in values:
            if kwonlydefaults and arg in kwonlydefaults:
                values[arg] = kwonlydefaults[arg]
            else:
                missing = True
    if missing:
        _missing_arguments(name, kwonlyargs, False, values)
    return values


def _missing_arguments(name, argnames, positional, values):
    # "f() missing 2 required positional arguments: 'a' and 'b'", as a call says it
    names = [repr(arg) for arg in argnames if arg not in values]
    if len(names) == 1:
        listed = names[0]
    else:
        listed = ", ".join(names[:-2] + ["{} and {}".format(*names[-2:])])
    raise TypeError("%s() missing %i required %s argument%s: %s" % (
        name, len(names), "positional" if positional else "keyword-only",
        "" if len(names) == 1 else "s", listed))


def _too_many_positional(name, args, kwonly, defcount, given, values):
    # "f() takes from 1 to 2 positional arguments but 3 were given", as a call says it
    at_least = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if defcount:
        plural = True
        takes = "from %d to %d" % (at_least, len(args))
    else:
        plural = len(args) != 1
        takes = str(len(args))
    also = ""
    if kwonly_given:
        also = " positional argument%s (and %d keyword-only argument%s)" % (
            "s" if given != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" % (
        name, takes, "s" if plural else "", given, also,
        "was" if given == 1 and not kwonly_given else "were"))


def _class_lookup(klass, attr):
    # the attribute as stored in a class dict along the MRO, without running descriptors
    for entry in type.__dict__['__mro__'].__get__(klass):
        entry_dict = type.__dict__['__dict__'].__get__(entry)
        if attr in entry_dict:
            return entry_dict[attr]
    return _void


def _is_data_descriptor(value):
    tp = type(value)
    return _class_lookup(tp, '__get__') is not _void and (
        _class_lookup(tp, '__set__') is not _void or _class_lookup(tp, '__delete__') is not _void)


def getattr_static(obj, attr, default=_void):
    """The attribute as getattr would find it, but without calling properties, __getattr__ or
    __getattribute__: descriptors are returned themselves."""
    is_class = isinstance(obj, type)
    klass = obj if is_class else type(obj)
    instance_result = _void
    if not is_class:
        try:
            instance_dict = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            instance_dict = {}
        if isinstance(instance_dict, dict) and attr in instance_dict:
            instance_result = instance_dict[attr]
    klass_result = _class_lookup(klass, attr)
    if instance_result is not _void and klass_result is not _void and \
            _is_data_descriptor(klass_result):
        return klass_result     # a data descriptor wins over the instance dict
    if instance_result is not _void:
        return instance_result
    if klass_result is not _void:
        return klass_result
    if is_class:
        meta_result = _class_lookup(type(obj), attr)
        if meta_result is not _void:
            return meta_result
    if default is not _void:
        return default
    raise AttributeError(attr)
