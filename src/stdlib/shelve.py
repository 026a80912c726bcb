"""A persistent dictionary of pickled values (keys are strings), over dbm.

    with shelve.open("scores") as db:
        db["ann"] = [90, 85]
"""

from pickle import DEFAULT_PROTOCOL, Pickler, Unpickler
from io import BytesIO
import collections.abc

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    """Stands in for the dict of a closed shelf: every use is an error."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')
    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    """A dict-like object over a mapping of bytes to bytes (a dbm file): values are
    pickled on the way in and unpickled on the way out. With writeback=True the
    values read are cached and written back on sync() and close(), so that
    mutating them (db[k].append(x)) sticks."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        if protocol is None:
            protocol = 3
        self._protocol = protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def __iter__(self):
        for k in self.dict.keys():
            yield k.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return key.encode(self.keyencoding) in self.dict

    def get(self, key, default=None):
        if key.encode(self.keyencoding) in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            value = self.cache[key]
        except KeyError:
            f = BytesIO(self.dict[key.encode(self.keyencoding)])
            value = Unpickler(f).load()
            if self.writeback:
                self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        f = BytesIO()
        p = Pickler(f, self._protocol)
        p.dump(value)
        self.dict[key.encode(self.keyencoding)] = f.getvalue()

    def __delitem__(self, key):
        del self.dict[key.encode(self.keyencoding)]
        try:
            del self.cache[key]
        except KeyError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            try:
                self.dict = _ClosedDict()
            except:
                self.dict = None

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, entry in self.cache.items():
                self[key] = entry
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """Shelf over a database with first/next/previous/last/set_location."""

    def set_location(self, key):
        (key, value) = self.dict.set_location(key)
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def next(self):
        (key, value) = next(self.dict)
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def previous(self):
        (key, value) = self.dict.previous()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def first(self):
        (key, value) = self.dict.first()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())

    def last(self):
        (key, value) = self.dict.last()
        return (key.decode(self.keyencoding), Unpickler(BytesIO(value)).load())


class DbfilenameShelf(Shelf):
    """A Shelf over dbm.open(filename, flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open a persistent dictionary in the dbm file `filename` (created if needed
    with flag 'c'; 'r' read-only, 'w' read-write, 'n' new and empty)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
