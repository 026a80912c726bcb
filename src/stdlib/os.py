"""Operating-system interfaces for pygil.

The primitives (stat, listdir, scandir, mkdir, remove, rename, descriptors, urandom …) come
from the native `posix` module; this file adds what CPython's os module builds on top of
them: os.path, the environ mapping, walk, makedirs, removedirs, renames, getenv, fsencode …
"""

import sys
import abc as _abc
import posix as _posix
from posix import *
from posix import _environ
import posixpath as path

sys.modules['os.path'] = path

from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name = 'posix'
linesep = '\n'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
error = OSError

supports_bytes_environ = True
supports_dir_fd = set()
supports_fd = {stat, listdir, scandir, truncate}
supports_effective_ids = set()
supports_follow_symlinks = {stat}

__all__ = [n for n in dir(_posix) if not n.startswith('_')] + [
    'path', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'extsep', 'altsep', 'devnull',
    'name', 'linesep', 'environ', 'getenv', 'putenv', 'unsetenv', 'walk', 'makedirs',
    'removedirs', 'renames', 'fsencode', 'fsdecode', 'fspath', 'PathLike', 'get_exec_path',
    'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'fdopen', 'error',
]


class PathLike(_abc.ABC):
    """Abstract base class for objects with an __fspath__ method."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None
        return NotImplemented


# ---- the environment ----------------------------------------------------------------------

def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: a mapping of the process environment; changes reach child processes."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key, 'key')
        _check_str(value, 'value')
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key, 'key')
        _posix.unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(list(self._data)))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


environ = _Environ(_environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def putenv(name, value):
    _posix.putenv(name, value)


def unsetenv(name):
    _posix.unsetenv(name)


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH', defpath)
    return value.split(pathsep)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# ---- directory trees ----------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): mkdir with every missing parent."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        here = curdir
        if isinstance(tail, bytes):
            here = bytes(curdir, 'ASCII')
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and then every empty parent."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Rename, creating the new parents and pruning the old empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each directory.

    With topdown, a directory comes before its subdirectories and the caller may prune
    dirnames in place; otherwise it comes after them.
    """
    pending = [fspath(top)]
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        bottom_up_dirs = []
        try:
            entries = scandir(top)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        failed = False
        with entries:
            while True:
                try:
                    entry = next(entries)
                except StopIteration:
                    break
                except OSError as err:
                    if onerror is not None:
                        onerror(err)
                    failed = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        descend = True
                    else:
                        try:
                            descend = not entry.is_symlink()
                        except OSError:
                            descend = True
                    if descend:
                        bottom_up_dirs.append(entry.path)
        if failed:
            continue
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                sub = path.join(top, d)
                if followlinks or not path.islink(sub):
                    pending.append(sub)
        else:
            pending.append((top, dirs, nondirs))
            for sub in reversed(bottom_up_dirs):
                pending.append(sub)
