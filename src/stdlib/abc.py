"""Abstract base classes (ABCs): classes that name an interface (PEP 3119).

An abstract base class names an interface. Its methods marked with @abstractmethod must be
overridden before a subclass can be instantiated; and classes that do not inherit from it can
still count as its subclasses, either by being registered (ABC.register(cls)) or by passing
its __subclasshook__ (for example "has an __iter__ method").

How the pieces fit:
- ABCMeta.__new__ collects the names of the abstract methods that are still abstract in the new
  class and stores them in cls.__abstractmethods__ (a frozenset). The runtime's
  object.__new__ refuses to instantiate a class whose __abstractmethods__ is not empty
  ("Can't instantiate abstract class Shape with abstract method area").
- isinstance()/issubclass() call the metaclass's __instancecheck__/__subclasscheck__, which
  look at the subclass hook, the real bases, the registry and the subclasses, and remember
  each answer in a cache (invalidated when anything is registered).

This module was written for pygil from the documented behaviour of CPython 3.11's abc.
"""


def abstractmethod(funcobj):
    """Decorator marking a method abstract: a class derived from ABC (metaclass ABCMeta)
    cannot be instantiated while it has a method so marked that no subclass overrode.

    Combine with property, classmethod or staticmethod by putting @abstractmethod
    innermost (nearest the def)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (old spelling of @classmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (old spelling of @staticmethod @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (old spelling of @property @abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    """True for a method, property, classmethod or staticmethod marked abstract."""
    try:
        if getattr(value, "__isabstractmethod__", False):
            return True
    except Exception:
        return False
    # classmethod/staticmethod/property report the flag of what they wrap in CPython; look
    # inside here too, in case the runtime's versions of them do not.
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel) if f is not None)
    return False


# Bumped whenever a class is registered with any ABC: every negative cache becomes stale.
_abc_invalidation_counter = 0


def get_cache_token():
    """A value that changes whenever any ABC gets a class registered (for caches of
    isinstance results)."""
    return _abc_invalidation_counter


class _AbcData:
    """The per-class bookkeeping of an ABC: registered classes and cached answers."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


def _abstract_names(cls, namespace):
    abstracts = set()
    for name, value in namespace.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return abstracts


class ABCMeta(type):
    """The metaclass of abstract base classes.

    Its classes keep __abstractmethods__ (the abstract methods not yet overridden), and
    answer isinstance()/issubclass() also for "virtual subclasses": classes given to
    register() (with their subclasses), and classes the __subclasshook__ classmethod
    accepts. A virtual subclass does not inherit anything from the ABC."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls, namespace))
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; returns it (usable as a class
        decorator)."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass     # nothing to do
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)"""
        data = cls._abc_impl
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_cache_version == _abc_invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)"""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = cls._abc_impl
        if subclass in data.cache:
            return True
        if data.negative_cache_version < _abc_invalidation_counter:
            data.negative_cache = set()
            data.negative_cache_version = _abc_invalidation_counter
        elif subclass in data.negative_cache:
            return False
        # The subclass hook decides first, when it has an opinion.
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, "
                                     "or NotImplemented")
            if ok:
                data.cache.add(subclass)
            else:
                data.negative_cache.add(subclass)
            return ok
        # A real subclass.
        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        # A subclass of a registered class (recursively).
        for registered in data.registry:
            if issubclass(subclass, registered):
                data.cache.add(subclass)
                return True
        # A subclass of one of our subclasses (recursively).
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (for debugging)."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        data = cls._abc_impl
        print("_abc_registry: %r" % (data.registry,), file=file)
        print("_abc_cache: %r" % (data.cache,), file=file)
        print("_abc_negative_cache: %r" % (data.negative_cache,), file=file)
        print("_abc_negative_cache_version: %r" % (data.negative_cache_version,), file=file)

    def _abc_registry_clear(cls):
        """Forget every registered class (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached answers (for tests)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Compute cls.__abstractmethods__ again, after methods were added to the class since it
    was created (as class decorators do). Returns cls; a class that is not abstract-aware is
    returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Derive from ABC to make an abstract base class (its metaclass is ABCMeta)."""
    __slots__ = ()
