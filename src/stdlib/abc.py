"""Abstract Base Classes (ABCs), as described in PEP 3119.

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
    """A decorator indicating abstract methods.

    A class whose metaclass is ABCMeta cannot be instantiated unless all of its abstract
    methods are overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated: use classmethod with
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod with
    abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated: use property with
    abstractmethod)."""

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
    """Returns the current ABC cache token.

    The token changes with every call to register() on any ABC."""
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
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC. An ABC can be subclassed directly, and then acts as
    a mix-in class. You can also register unrelated concrete classes (even built-in classes)
    and unrelated ABCs as 'virtual subclasses' -- these and their descendants will be
    considered subclasses of the registering ABC by the built-in issubclass() function, but
    the registering ABC won't show up in their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not even via super())."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = frozenset(_abstract_names(cls, namespace))
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass     # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
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
        """Override for issubclass(subclass, cls)."""
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
        """Debug helper to print the ABC registry."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)
        data = cls._abc_impl
        print("_abc_registry: %r" % (data.registry,), file=file)
        print("_abc_cache: %r" % (data.cache,), file=file)
        print("_abc_negative_cache: %r" % (data.negative_cache,), file=file)
        print("_abc_negative_cache_version: %r" % (data.negative_cache_version,), file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class.

    If a class has had one of its abstract methods implemented after the class was created,
    the method will not be considered implemented until this function is called. Returns cls,
    to allow usage as a class decorator. If cls is not an instance of ABCMeta, does nothing."""
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
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()
