"""Object-oriented filesystem paths: PurePath/PurePosixPath for path arithmetic, and
Path/PosixPath that also touch the file system (exists, read_text, iterdir, glob, mkdir …).

    >>> from pathlib import Path
    >>> p = Path('docs') / 'guide.txt'
    >>> p, p.suffix, p.stem, p.parent
    (PosixPath('docs/guide.txt'), '.txt', 'guide', PosixPath('docs'))
"""

import fnmatch
import io
import os
import sys
from urllib.parse import quote_from_bytes as _urlquote_from_bytes

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


def _split_root(path):
    """(root, rest) of a POSIX path: '//' is kept as a root of its own, '///…' is '/'."""
    if path[:1] == '/':
        if path[:2] == '//' and path[:3] != '///':
            return '//', path[2:]
        return '/', path.lstrip('/')
    return '', path


class _PathParents:
    """The logical ancestors of a path, as a sequence (p.parents[0] is p.parent)."""

    __slots__ = ('_pathcls', '_root', '_tail')

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._tail[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path without I/O. PurePath(...) makes a PurePosixPath here."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._raw_parts()))

    @classmethod
    def _parse_args(cls, args):
        root = ''
        tail = []
        for a in args:
            if isinstance(a, PurePath):
                a_root, a_tail = a._root, a._tail
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
                a_root, rest = _split_root(a)
                a_tail = [x for x in rest.split('/') if x and x != '.']
            if a_root:
                root = a_root
                tail = list(a_tail)
            else:
                tail.extend(a_tail)
        return root, tail

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        root, tail = cls._parse_args(args)
        self._root = root
        self._tail = tail
        return self

    @classmethod
    def _from_parsed(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = list(tail)
        return self

    def _raw_parts(self):
        return ([self._root] if self._root else []) + self._tail

    def __str__(self):
        s = self._root + '/'.join(self._tail)
        return s or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + _urlquote_from_bytes(os.fsencode(str(self)))

    @property
    def _cparts(self):
        return self._raw_parts()

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and type(self)._flavour == type(other)._flavour

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive letter or UNC share (always '' on POSIX)."""
        return ''

    @property
    def root(self):
        """The root: '/' for absolute paths, '' for relative ones."""
        return self._root

    @property
    def anchor(self):
        """drive + root."""
        return self._root

    @property
    def name(self):
        """The final component ('' for a root or '.')."""
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        """The final component's last extension ('.gz' for 'a.tar.gz')."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the final component's extensions (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced (the suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix changed ('' removes it)."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to `other` (ValueError when it isn't inside it)."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._raw_parts())
        if self._raw_parts()[:n] != base._raw_parts() or (n == 0 and self._root):
            formatted = str(base)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        rest = self._raw_parts()[n:]
        return self._from_parsed('', rest)

    def is_relative_to(self, *other):
        """Whether the path is inside `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The components as a tuple: ('/', 'usr', 'bin')."""
        return tuple(self._raw_parts())

    def joinpath(self, *args):
        """self / each argument in turn."""
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (a root or '.' is its own parent)."""
        if not self._tail:
            return self
        return self._from_parsed(self._root, self._tail[:-1])

    @property
    def parents(self):
        """The logical ancestors, nearest first."""
        return _PathParents(self)

    def is_absolute(self):
        """Whether the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        """Whether the path matches a glob pattern, compared from the right."""
        pat = type(self)(path_pattern)
        pat_parts = pat._raw_parts()
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._raw_parts()
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


try:
    os.PathLike.register(PurePath)
except Exception:
    pass


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    _flavour = 'posix'
    __slots__ = ()


def _split_windows(path):
    """(drive, root, rest) of a Windows path; either slash separates, a UNC share
    (\\\\server\\share) is a drive that always has a root."""
    path = path.replace('/', '\\')
    drive = ''
    rest = path
    if path[:2] == '\\\\' and path[2:3] != '\\':
        server_end = path.find('\\', 2)
        if server_end > 2:
            share_end = path.find('\\', server_end + 1)
            if share_end == -1:
                share_end = len(path)
            if share_end > server_end + 1:
                return path[:share_end], '\\', path[share_end:].lstrip('\\')
    elif path[1:2] == ':':
        drive, rest = path[:2], path[2:]
    if rest[:1] == '\\':
        return drive, '\\', rest.lstrip('\\')
    return drive, '', rest


# Names Windows keeps for devices, whatever the extension (is_reserved).
_WINDOWS_RESERVED = ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'}
                     | {'COM%s' % c for c in '123456789\xb9\xb2\xb3'}
                     | {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


class PureWindowsPath(PurePath):
    """A PurePath with Windows semantics: drives ('c:') and UNC shares, either slash as a
    separator (shown as a backslash), names compared without regard to case. Its anchor
    (drive + root) is kept in _root."""
    _flavour = 'windows'
    __slots__ = ()

    @classmethod
    def _parse_args(cls, args):
        drive = root = ''
        tail = []
        for a in args:
            if isinstance(a, PurePath):
                a = str(a)
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError(
                        "argument should be a str object or an os.PathLike "
                        "object returning str, not %r" % type(a))
            a_drive, a_root, rest = _split_windows(a)
            parts = [x for x in rest.split('\\') if x and x != '.']
            if a_drive:
                drive, root, tail = a_drive, a_root, parts
            elif a_root:
                root, tail = a_root, parts
            else:
                tail.extend(parts)
        return drive + root, tail

    def _split_anchor(self):
        anchor = self._root
        if anchor.endswith('\\'):
            return anchor[:-1], '\\'
        return anchor, ''

    def __str__(self):
        s = self._root + '\\'.join(self._tail)
        return s or '.'

    def as_posix(self):
        return str(self).replace('\\', '/')

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drive = self.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = self.as_posix()[2:].lstrip('/')
            return 'file:///' + drive + '/' + _urlquote_from_bytes(rest.encode('utf-8'))
        return 'file:' + _urlquote_from_bytes(self.as_posix().encode('utf-8'))

    @property
    def _cparts(self):
        return [part.lower() for part in self._raw_parts()]

    @property
    def drive(self):
        return self._split_anchor()[0]

    @property
    def root(self):
        return self._split_anchor()[1]

    def is_absolute(self):
        drive, root = self._split_anchor()
        return bool(drive and root)

    def is_reserved(self):
        if not self._tail or self.drive.startswith('\\\\'):
            return False
        name = self._tail[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WINDOWS_RESERVED

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drive, root, rest = _split_windows(name)
        if (not name or name[-1] in '\\/' or drive or root or name == '.'
                or len([x for x in rest.split('\\') if x]) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._tail[:-1] + [name])

    def with_suffix(self, suffix):
        if '\\' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        return PurePath.with_suffix(self, suffix)

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._cparts)
        if self._cparts[:n] != base._cparts or (n == 0 and self._root):
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), str(base)))
        return self._from_parsed('', self._raw_parts()[n:])

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        pat_parts = pat._cparts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self._cparts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pattern in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


PurePath._flavour = 'posix'


class Path(PurePath):
    """A path on the file system. Path(...) makes a PosixPath."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        return cls._from_parts(args)

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._tail + [name])

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether this path and other_path are the same file."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = type(self)(other_path).stat()
        return st.st_ino == other_st.st_ino and st.st_dev == other_st.st_dev

    def iterdir(self):
        """The entries of the directory, as paths (no '.' or '..')."""
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _select(self, parent, parts, dir_only_at_end):
        if not parts:
            yield parent
            return
        pat, rest = parts[0], parts[1:]
        if pat == '**':
            yield from self._select_recursive(parent, rest)
            return
        if not any(c in pat for c in '*?['):
            child = parent._make_child_relpath(pat)
            if rest:
                if child.is_dir():
                    yield from self._select(child, rest, dir_only_at_end)
            elif child.exists() or os.path.lexists(child):
                yield child
            return
        try:
            with os.scandir(parent) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            if rest or dir_only_at_end:
                try:
                    if not entry.is_dir():
                        continue
                except OSError:
                    continue
            if fnmatch.fnmatchcase(entry.name, pat):
                child = parent._make_child_relpath(entry.name)
                yield from self._select(child, rest, dir_only_at_end)

    def _select_recursive(self, parent, rest):
        seen = set()
        for d in self._iterate_dirs(parent):
            for p in self._select(d, rest, False) if rest else [d]:
                key = str(p)
                if key not in seen:
                    seen.add(key)
                    yield p

    def _iterate_dirs(self, parent):
        yield parent
        try:
            with os.scandir(parent) as it:
                entries = list(it)
        except OSError:
            return
        for entry in entries:
            try:
                if entry.is_dir(follow_symlinks=False):
                    yield from self._iterate_dirs(parent._make_child_relpath(entry.name))
            except OSError:
                pass

    def glob(self, pattern):
        """The paths under this directory matching a glob pattern ('**' spans directories)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        parts = pat._tail
        dir_only = pattern.endswith('/')
        return self._select(self, parts, dir_only)

    def rglob(self, pattern):
        """glob() with '**/' in front: matches at any depth."""
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._select(self, ['**'] + pat._tail, pattern.endswith('/'))

    def absolute(self):
        """The path made absolute (not normalised, symlinks kept)."""
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with symlinks resolved and '..' removed."""
        if strict:
            return type(self)(os.path.realpath(self, strict=True))
        return type(self)(os.path.realpath(self))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes to the file (replacing it); return the count."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" %
                            type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write text to the file (replacing it); return the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return type(self)(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its modification time."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and missing parents with parents=True)."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def lchmod(self, mode):
        os.chmod(self, mode)

    def unlink(self, missing_ok=False):
        """Remove the file or link (missing_ok: no error when it doesn't exist)."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to `target`; return the new path."""
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        """Rename to `target`, replacing it if it exists; return the new path."""
        os.replace(self, target)
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def exists(self):
        """Whether the path exists."""
        try:
            self.stat()
        except (OSError, ValueError):
            return False
        return True

    def is_dir(self):
        """Whether the path is a directory (following symlinks)."""
        return os.path.isdir(self)

    def is_file(self):
        """Whether the path is a regular file (following symlinks)."""
        return os.path.isfile(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_block_device(self):
        import stat
        try:
            return stat.S_ISBLK(self.stat().st_mode)
        except OSError:
            return False

    def is_char_device(self):
        import stat
        try:
            return stat.S_ISCHR(self.stat().st_mode)
        except OSError:
            return False

    def is_fifo(self):
        import stat
        try:
            return stat.S_ISFIFO(self.stat().st_mode)
        except OSError:
            return False

    def is_socket(self):
        import stat
        try:
            return stat.S_ISSOCK(self.stat().st_mode)
        except OSError:
            return False

    def expanduser(self):
        """The path with ~ and ~user expanded."""
        if not self._root and self._tail and self._tail[0][:1] == '~':
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)(homedir, *self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A Path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Windows paths are not supported by pygil."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
