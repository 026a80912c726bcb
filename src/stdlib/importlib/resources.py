"""Read resources contained within a package.

In pygil every package is a directory on disk, so files(package) is the pathlib.Path of
that directory and the other helpers read through it.
"""
import contextlib
import pathlib
import sys

__all__ = [
    'Package',
    'Resource',
    'ResourceReader',
    'as_file',
    'contents',
    'files',
    'is_resource',
    'open_binary',
    'open_text',
    'path',
    'read_binary',
    'read_text',
]

Package = object
Resource = str


class ResourceReader:
    """Abstract base class for loaders to provide resource reading support."""

    def open_resource(self, resource):
        raise FileNotFoundError

    def resource_path(self, resource):
        raise FileNotFoundError

    def is_resource(self, path):
        raise FileNotFoundError

    def contents(self):
        raise FileNotFoundError


def _legacy(func):
    """The pre-files() helpers warn that they are deprecated, as in Python 3.11."""
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        import warnings
        warnings.warn(
            f"{func.__name__} is deprecated. Use files() instead. "
            "Refer to https://importlib-resources.readthedocs.io"
            "/en/latest/using.html#migrating-from-legacy for migration advice.",
            DeprecationWarning,
            stacklevel=2,
        )
        return func(*args, **kwargs)
    return wrapper


def _resolve(anchor):
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def _get_package(package):
    module = _resolve(package)
    spec = getattr(module, '__spec__', None)
    locations = getattr(spec, 'submodule_search_locations', None) if spec is not None else None
    if locations is None and getattr(module, '__path__', None) is None:
        raise TypeError(f'{package!r} is not a package')
    return module


def files(package):
    """Get a Traversable resource from a package."""
    module = _get_package(package)
    locations = list(getattr(module, '__path__', None) or [])
    if not locations:
        file = getattr(module, '__file__', None)
        if file is None:
            raise TypeError(f'{package!r} is not a package')
        return pathlib.Path(file).parent
    return pathlib.Path(locations[0])


@contextlib.contextmanager
def as_file(path):
    """Given a Traversable object, return that object as a path on the local file system
    in a context manager."""
    yield path


def _common_open(package, resource):
    return files(package) / _normalize_path(resource)


def _normalize_path(path):
    parent, file_name = str(path).replace('\\', '/').rpartition('/')[0::2]
    if parent:
        raise ValueError(f'{path!r} must be only a file name')
    return file_name


@_legacy
def open_binary(package, resource):
    """Return a file-like object opened for binary reading of the resource."""
    return _common_open(package, resource).open('rb')


@_legacy
def read_binary(package, resource):
    """Return the binary contents of the resource."""
    return _common_open(package, resource).read_bytes()


@_legacy
def open_text(package, resource, encoding='utf-8', errors='strict'):
    """Return a file-like object opened for text reading of the resource."""
    return _common_open(package, resource).open('r', encoding=encoding, errors=errors)


@_legacy
def read_text(package, resource, encoding='utf-8', errors='strict'):
    """Return the decoded string of the resource."""
    with open_text(package, resource, encoding, errors) as fp:
        return fp.read()


@_legacy
def contents(package):
    """Return an iterable of entries in `package`."""
    return [path.name for path in files(package).iterdir()]


@_legacy
def is_resource(package, name):
    """True if `name` is a resource inside `package`."""
    resource = _normalize_path(name)
    return any(traversable.name == resource and traversable.is_file()
               for traversable in files(package).iterdir())


@_legacy
def path(package, resource):
    """A context manager providing a file path object to the resource."""
    return as_file(_common_open(package, resource))
