"""A slow but simple dbm kept in two files: NAME.dat holds the values, each starting on a
512-byte boundary, and NAME.dir one line per key, `'key', (offset, size)` (the key as
a latin-1 str repr). NAME.bak keeps the previous .dir."""

import codecs
import collections.abc
import io
import os

__all__ = ["error", "open"]

error = OSError

_BLOCK = 512


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode('utf-8')
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError("%s must be bytes or strings" % what)


def _read_dir_line(line):
    # "'key', (12, 34)" -> (b'key', (12, 34))
    text, _, pair = line.rpartition(', (')
    quote = text[:1]
    if quote not in ("'", '"') or text[-1:] != quote:
        raise ValueError("bad line in the .dir file: %r" % line)
    key = codecs.decode(text[1:-1].encode('latin-1', 'backslashreplace'), 'unicode-escape')
    offset, size = pair.rstrip(')').split(',')
    return key.encode('latin-1'), (int(offset), int(size))


class _Database(collections.abc.MutableMapping):

    def __init__(self, basename, mode, flag):
        basename = os.fsdecode(os.fsencode(basename))
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = basename + '.dir'
        self._datfile = basename + '.dat'
        self._bakfile = basename + '.bak'
        self._index = None
        if flag == 'n':
            for name in (self._datfile, self._bakfile, self._dirfile):
                try:
                    os.remove(name)
                except OSError:
                    pass
        if not os.path.exists(self._datfile):
            if flag not in ('c', 'n'):
                io.open(self._datfile, 'rb').close()     # raises the FileNotFoundError
            with io.open(self._datfile, 'wb'):
                pass
            os.chmod(self._datfile, self._mode)
        self._index = {}
        self._dirty = False
        try:
            with io.open(self._dirfile, 'r', encoding='latin-1') as f:
                for line in f:
                    line = line.rstrip()
                    if line:
                        key, where = _read_dir_line(line)
                        self._index[key] = where
        except FileNotFoundError:
            if flag not in ('c', 'n'):
                raise
            self._dirty = True

    def _open_index(self):
        if self._index is None:
            raise error('DBM object has already been closed')
        return self._index

    def _writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def _write_dir(self):
        if self._index is None or not self._dirty:
            return
        for old, new in ((self._bakfile, None), (self._dirfile, self._bakfile)):
            try:
                if new is None:
                    os.unlink(old)
                else:
                    os.rename(old, new)
            except OSError:
                pass
        with io.open(self._dirfile, 'w', encoding='latin-1') as f:
            os.chmod(self._dirfile, self._mode)
            for key, where in self._index.items():
                f.write("%r, %r\n" % (key.decode('latin-1'), where))
        self._dirty = False

    sync = _write_dir

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        offset, size = self._open_index()[key]
        with io.open(self._datfile, 'rb') as f:
            f.seek(offset)
            return f.read(size)

    def _append_value(self, value):
        with io.open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            start = -(-end // _BLOCK) * _BLOCK
            f.write(b'\0' * (start - end))
            f.write(value)
        return start, len(value)

    def __setitem__(self, key, value):
        self._writable()
        key = _as_bytes(key, "keys")
        value = _as_bytes(value, "values")
        index = self._open_index()
        self._dirty = True
        if key in index:
            offset, size = index[key]
            blocks_now = -(-size // _BLOCK)
            blocks_needed = -(-len(value) // _BLOCK)
            if blocks_needed <= blocks_now:
                with io.open(self._datfile, 'rb+') as f:
                    f.seek(offset)
                    f.write(value)
                index[key] = (offset, len(value))
                return
            index[key] = self._append_value(value)
            return
        where = self._append_value(value)
        index[key] = where
        with io.open(self._dirfile, 'a', encoding='latin-1') as f:
            os.chmod(self._dirfile, self._mode)
            f.write("%r, %r\n" % (key.decode('latin-1'), where))

    def __delitem__(self, key):
        self._writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        index = self._open_index()
        self._dirty = True
        del index[key]
        self._write_dir()

    def keys(self):
        return list(self._open_index())

    def items(self):
        return [(key, self[key]) for key in self._open_index()]

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        return key in self._open_index()

    def __iter__(self):
        return iter(self._open_index())

    def __len__(self):
        return len(self._open_index())

    def close(self):
        try:
            self._write_dir()
        finally:
            self._index = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open (or create, per flag 'r'/'w'/'c'/'n') the database whose files start with `file`."""
    if flag not in ('r', 'w', 'c', 'n'):
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    try:
        umask = os.umask(0)
        os.umask(umask)
        mode &= ~umask
    except AttributeError:
        pass
    return _Database(file, mode, flag)
