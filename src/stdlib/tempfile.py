"""Temporary files and directories: mkstemp, mkdtemp, TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile (in memory until it grows), TemporaryDirectory, gettempdir."""

import os as _os
import io as _io
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    raw = _os.urandom(8)
    return ''.join(_CHARACTERS[b % len(_CHARACTERS)] for b in raw)


def _candidate_tempdir_list():
    dirlist = []
    for envname in 'TMPDIR', 'TEMP', 'TMP':
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except OSError:
        dirlist.append(_os.curdir)
    return dirlist


def gettempdir():
    """The directory for temporary files ($TMPDIR, /tmp, … the first that is usable)."""
    global tempdir
    if tempdir is None:
        for d in _candidate_tempdir_list():
            if d != _os.curdir:
                d = _os.path.abspath(d)
            if _os.path.isdir(d) and _os.access(d, 7):
                tempdir = d
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" %
                                    _candidate_tempdir_list())
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only this user can read and write; return (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only this user can use; return its absolute path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name for a temporary file that didn't exist when asked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a `name` that removes the file when closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __repr__(self):
        return f"<tempfile._TemporaryFileWrapper object at {hex(id(self))}>"


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed on close when `delete`."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)

        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system: it is unlinked at once, so its
    `name` is the file descriptor (as on CPython for POSIX)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding,
                        errors=errors)
    except BaseException:
        _os.close(fd)
        raise


def _forward(name):
    # A method that hands its call on to the current underlying file.
    def method(self, *args):
        return getattr(self._file, name)(*args)
    method.__name__ = name
    return method


def _forwarded_attr(name):
    # A read-only property reading the same attribute of the underlying file.
    return property(lambda self: getattr(self._file, name))


class SpooledTemporaryFile:
    """A temporary file kept in memory (BytesIO/StringIO) until it grows past `max_size`
    bytes or fileno() is asked for; then its contents move to a real TemporaryFile."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            # newline='\n' keeps the text as written; the real file gets the caller's newline
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding, errors=errors,
                                           newline=newline)
        self._max_size = max_size
        self._rolled = False
        # Everything TemporaryFile() will need if the data ever spills to disk.
        self._spill_args = dict(mode=mode, buffering=buffering, suffix=suffix,
                                prefix=prefix, encoding=encoding, newline=newline,
                                dir=dir, errors=errors)

    def _check(self, file):
        # Spill once the in-memory data passes max_size (0 means never by size).
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file, keeping the current position."""
        if self._rolled:
            return
        memory = self._file
        position = memory.tell()
        disk = TemporaryFile(**self._spill_args)
        if isinstance(memory, _io.BytesIO):
            disk.write(memory.getvalue())
        else:
            # Copy the already-encoded bytes so the text is not decoded and re-encoded.
            disk.buffer.write(memory.detach().getvalue())
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True
        self._spill_args = {'mode': self._spill_args['mode']}

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    closed = _forwarded_attr('closed')
    encoding = _forwarded_attr('encoding')
    errors = _forwarded_attr('errors')
    newlines = _forwarded_attr('newlines')

    @property
    def mode(self):
        # BytesIO and our in-memory text wrapper have no mode: report the one asked for.
        return getattr(self._file, 'mode', self._spill_args['mode'])

    @property
    def name(self):
        # Only a file on disk has a name (its descriptor).
        return getattr(self._file, 'name', None)

    def fileno(self):
        # A descriptor needs a real file, so asking for one forces the spill.
        self.rollover()
        return self._file.fileno()

    # Plain pass-throughs to whichever file currently holds the data.
    close = _forward('close')
    flush = _forward('flush')
    isatty = _forward('isatty')
    read = _forward('read')
    read1 = _forward('read1')
    readinto = _forward('readinto')
    readinto1 = _forward('readinto1')
    readline = _forward('readline')
    readlines = _forward('readlines')
    seek = _forward('seek')
    tell = _forward('tell')
    detach = _forward('detach')
    readable = _forward('readable')
    seekable = _forward('seekable')
    writable = _forward('writable')

    def truncate(self, size=None):
        # Growing past max_size by truncation also counts as spilling.
        if size is not None and size > self._max_size:
            self.rollover()
        if size is None:
            return self._file.truncate()
        return self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._check(self._file)
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._check(self._file)
        return result


class TemporaryDirectory:
    """A temporary directory removed (with its contents) on cleanup() or leaving `with`.

        with TemporaryDirectory() as tmpdirname:
            ...
    """

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
