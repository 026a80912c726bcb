"""A persistent dictionary of pickled values (keys are strings), over dbm.

    with shelve.open("scores") as db:
        db["ann"] = [90, 85]
"""

import collections.abc
import io
import pickle

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]

_SHELF_PROTOCOL = 3     # the protocol 3.11's shelve writes with unless told otherwise


def _dumps(value, protocol):
    out = io.BytesIO()
    pickle.Pickler(out, protocol).dump(value)
    return out.getvalue()


def _loads(data):
    return pickle.Unpickler(io.BytesIO(data)).load()


class _Closed(collections.abc.MutableMapping):
    """What a closed shelf holds instead of its database: any use is an error."""

    def _refuse(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __getitem__ = __setitem__ = __delitem__ = __iter__ = __len__ = keys = _refuse

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    """A dict-like view of a mapping of bytes to bytes (usually a dbm file): keys are
    encoded, values pickled. writeback=True caches the values read, and writes them all
    back on sync()/close(), so that changing them in place (db[k].append(x)) sticks."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self._protocol = _SHELF_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __iter__(self):
        return (k.decode(self.keyencoding) for k in self.dict.keys())

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        value = _loads(self.dict[self._key(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._key(key)] = _dumps(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def sync(self):
        """Write cached values back (writeback=True) and flush the database."""
        if self.writeback and self.cache:
            pending, self.cache = self.cache, {}
            for key, value in pending.items():
                self.dict[self._key(key)] = _dumps(value, self._protocol)
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            closer = getattr(self.dict, 'close', None)
            if closer is not None:
                closer()
        finally:
            self.dict = _Closed()


class BsdDbShelf(Shelf):
    """A Shelf over a database with first/next/previous/last/set_location."""

    def _pair(self, pair):
        key, data = pair
        return key.decode(self.keyencoding), _loads(data)

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf over dbm.open(filename, flag)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        super().__init__(dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the persistent dictionary in the dbm file `filename` ('c': create if needed,
    'r' read-only, 'w' read-write, 'n' new and empty)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
