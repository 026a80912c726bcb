"""The text help(obj) prints for functions, methods, builtin functions and classes, laid out as
CPython's pydoc does when its output is not a terminal (plain text, no pager). render() returns
None for the objects it does not lay out (modules, instances), which the caller then shows more
simply."""

import inspect
import reprlib

# Documentation of object's own methods, which pydoc shows for a method that is inherited
# from object or that overrides one without a docstring of its own.
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__hash__': 'Return hash(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__format__': 'Default object formatter.',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
    '__getattribute__': 'Return getattr(self, name).',
    '__init_subclass__': 'This method is called when a class is subclassed.',
    '__sizeof__': 'Size of object in memory, in bytes.',
    '__dir__': 'Default dir() implementation.',
    '__reduce__': 'Helper for pickle.',
    '__reduce_ex__': 'Helper for pickle.',
}

# Names pydoc leaves out of a class's listing.
_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
           '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
           '__path__', '__qualname__', '__slots__', '__version__'}

_RULE = '-' * 70


class _Repr(reprlib.Repr):
    def __init__(self):
        reprlib.Repr.__init__(self)
        self.maxlist = self.maxtuple = 20
        self.maxdict = 10
        self.maxstring = self.maxother = 100


_repr = _Repr().repr


def _cleandoc(doc):
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def _getdoc(obj, owner=None, name=None):
    """The object's docstring, else that of the same attribute of a base class (as
    inspect.getdoc finds it), else object's own."""
    doc = getattr(obj, '__doc__', None)
    if isinstance(doc, str):
        return _cleandoc(doc)
    if owner is not None and name is not None:
        for base in owner.__mro__[1:]:
            if base is object:
                break
            found = base.__dict__.get(name)
            if found is not None:
                inner = getattr(found, '__func__', found)
                doc = getattr(inner, '__doc__', None)
                if isinstance(doc, str):
                    return _cleandoc(doc)
        if name in _OBJECT_DOCS:
            return _OBJECT_DOCS[name]
    return None


def _body(doc):
    """Docstring lines indented by four spaces (blank lines become four spaces, as pydoc's)."""
    return '\n'.join('    ' + line for line in doc.split('\n'))


def _signature(obj):
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError):
        return '(...)'
    text = str(sig)
    return text


def _classname(cls, module):
    mod = cls.__module__
    if not isinstance(mod, str):
        mod = 'builtins'        # a builtin metaclass (type) may not answer with a str here
    if mod == module:
        return cls.__qualname__
    return mod + '.' + cls.__qualname__


def _routine(name, value, kind, owner, module):
    """One function/method entry: 'name(signature)' then its doc indented."""
    func = value
    note = ''
    if kind == 'class method':
        func = value.__func__
        sig = _signature(func.__get__(owner, type(owner)))
        note = ' from ' + _classname(type(owner), None)
    elif kind == 'static method':
        func = getattr(value, '__func__', value)
        sig = _signature(func)
        if name == '__new__' and inspect.isbuiltin(func):
            note = ' from builtins.type'     # a builtin __new__ is bound to the metaclass
    else:
        sig = _signature(func)
    realname = getattr(func, '__name__', name)
    if realname == '<lambda>':
        title = name + ' lambda ' + sig[1:-1]
    elif realname != name:
        title = name + ' = ' + realname + sig
    else:
        title = name + sig
    doc = _getdoc(func, owner, name)
    text = title + note + '\n'
    if doc:
        text += _body(doc) + '\n'
    return text


def _classify(cls):
    """(name, kind, defining class, value) for what help lists of cls, by name."""
    items = []
    seen = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if name in _HIDDEN:
                continue
            if name.startswith('_') and not (name.startswith('__') and name.endswith('__')):
                continue
            if isinstance(value, staticmethod) or (name == '__new__' and inspect.isbuiltin(value)):
                kind = 'static method'
            elif isinstance(value, classmethod):
                kind = 'class method'
            elif isinstance(value, property):
                kind = 'readonly property' if value.fset is None else 'data descriptor'
            elif inspect.isfunction(value):
                kind = 'method'
            elif klass is object:
                continue
            elif hasattr(type(value), '__get__') and (hasattr(type(value), '__set__')
                                                      or hasattr(type(value), '__delete__')):
                kind = 'data descriptor'
            elif callable(value) and hasattr(type(value), '__get__'):
                kind = 'method'
            else:
                kind = 'data'
            items.append((name, kind, klass, value))
    # the instance __dict__/__weakref__ descriptors: pydoc lists them under the first class
    # (from the base) whose instances got them
    if '__dict__' not in seen or '__weakref__' not in seen:
        owner = None
        for klass in reversed(cls.__mro__):
            if klass is object:
                continue
            if '__slots__' not in klass.__dict__ and klass.__module__ != 'builtins':
                owner = klass
                break
        if owner is not None:
            items.append(('__dict__', 'data descriptor', owner, None))
            items.append(('__weakref__', 'data descriptor', owner, None))
    items.sort(key=lambda t: t[0])
    return items


_DESCRIPTOR_DOCS = {'__dict__': 'dictionary for instance variables',
                    '__weakref__': 'list of weak references to the object'}


def _docclass(cls):
    module = cls.__module__
    name = cls.__name__
    bases = ', '.join(_classname(b, module) for b in cls.__bases__)
    title = 'class ' + name + ('(' + bases + ')' if bases else '')
    contents = []
    try:
        sig = inspect.signature(cls)
    except (ValueError, TypeError):
        sig = None
    if sig is not None:
        argspec = str(sig)
        if argspec and argspec != '()':
            contents.append(name + argspec + '\n')
    doc = _cleandoc(cls.__doc__)
    if doc:
        contents.append(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        contents.append('Method resolution order:\n' +
                        ''.join('    ' + _classname(c, module) + '\n' for c in mro))
    if module == 'builtins':
        # pydoc names up to four builtin subclasses of a builtin class
        subs = sorted((c for c in type.__subclasses__(cls) if c.__module__ == 'builtins'),
                      key=lambda c: c.__name__)
        if subs:
            text = 'Built-in subclasses:\n' + ''.join('    ' + c.__name__ + '\n' for c in subs[:4])
            if len(subs) > 4:
                text += '    ... and %d other subclasses\n' % (len(subs) - 4)
            contents.append(text)
    attrs = [a for a in _classify(cls) if a[2] is not object or cls is object]
    sections = []
    for klass in mro:
        if klass is object:
            continue
        here = [a for a in attrs if a[2] is klass]
        if not here:
            continue
        tag = 'defined here' if klass is cls else 'inherited from ' + _classname(klass, module)
        for kind, heading in (('method', 'Methods'), ('class method', 'Class methods'),
                              ('static method', 'Static methods'),
                              ('readonly property', 'Readonly properties'),
                              ('data descriptor', 'Data descriptors'),
                              ('data', 'Data and other attributes')):
            entries = [a for a in here if a[1] == kind]
            if not entries:
                continue
            text = heading + ' ' + tag + ':\n\n'
            parts = []
            for aname, akind, owner, value in entries:
                if akind in ('method', 'class method', 'static method'):
                    parts.append(_routine(aname, value, akind, cls, module))
                elif akind in ('readonly property', 'data descriptor'):
                    d = None if value is None else _cleandoc(getattr(value, '__doc__', None))
                    if d is None:
                        d = _DESCRIPTOR_DOCS.get(aname)
                    parts.append(aname + '\n' + (_body(d) + '\n' if d else ''))
                else:
                    parts.append(aname + ' = ' + _repr(value) + '\n')
            sections.append(text + '\n'.join(parts))
    if sections:
        contents.append(('\n' + _RULE + '\n').join(sections))
    body = '\n'.join(contents)
    lines = body.rstrip('\n').split('\n')
    return title + '\n' + '\n'.join(' |  ' + line for line in lines) + '\n'


def _builtin_routine(obj):
    """help() of a function written in C under CPython: len, [].append, str.join."""
    name = obj.__name__
    try:
        sig = str(inspect.signature(obj))
    except (ValueError, TypeError):
        sig = '(...)'
    owner = getattr(obj, '__self__', None)
    if inspect.isbuiltin(obj):
        if owner is None or inspect.ismodule(owner):
            module = getattr(obj, '__module__', None)
            where = ' in module ' + module if module else ''
            heading = 'Help on built-in function %s%s:' % (name, where)
            note = ''
        else:
            heading = 'Help on built-in function %s:' % name
            note = ' method of %s instance' % _classname(type(owner), None)
    else:
        heading = 'Help on %s:' % type(obj).__name__
        note = ''
    text = name + sig + note + '\n'
    doc = _cleandoc(getattr(obj, '__doc__', None))
    if doc:
        text += _body(doc) + '\n'
    return heading + '\n\n' + text + '\n'


def render(obj):
    """The help text for obj, or None when it is not a function, method or class (builtin
    classes included)."""
    if inspect.isbuiltin(obj) or (inspect.ismethoddescriptor(obj) and hasattr(obj, '__name__')
                                  and callable(obj)):
        return _builtin_routine(obj)
    if inspect.isclass(obj):
        return 'Help on class %s in module %s:\n\n%s\n' % (obj.__name__, obj.__module__,
                                                          _docclass(obj))
    if inspect.ismethod(obj):
        func = obj.__func__
        self = obj.__self__
        module = getattr(func, '__module__', None)
        sig = _signature(obj)
        # a class method is bound to the class: an instance of its metaclass
        note = ' method of %s instance' % _classname(type(self), None)
        text = func.__name__ + sig + note + '\n'
        doc = _getdoc(func, self if inspect.isclass(self) else type(self), func.__name__)
        if doc:
            text += _body(doc) + '\n'
        return 'Help on method %s in module %s:\n\n%s\n' % (func.__name__, module, text)
    if inspect.isfunction(obj):
        name = obj.__name__
        sig = _signature(obj)
        if name == '<lambda>':
            title = '<lambda> lambda ' + sig[1:-1]
        else:
            title = name + sig
        doc = _getdoc(obj)
        text = title + '\n' + (_body(doc) + '\n' if doc else '')
        return 'Help on function %s in module %s:\n\n%s\n' % (name, obj.__module__, text)
    return None
