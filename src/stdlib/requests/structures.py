"""Data structures: CaseInsensitiveDict (headers) and LookupDict (status codes)."""


class CaseInsensitiveDict:
    """A dict whose str keys match regardless of case; iteration gives the case last set.

    `cid['Content-Type']`, `cid['content-type']` and `'CONTENT-TYPE' in cid` all agree.
    """

    def __init__(self, data=None, **kwargs):
        self._store = {}
        if data is None:
            data = {}
        self.update(data, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (casedkey for casedkey, mappedvalue in self._store.values())

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return isinstance(key, str) and key.lower() in self._store

    def lower_items(self):
        """(lowercased key, value) pairs."""
        return ((lowerkey, keyval[1]) for (lowerkey, keyval) in self._store.items())

    def __eq__(self, other):
        if isinstance(other, CaseInsensitiveDict):
            pass
        elif isinstance(other, dict) or hasattr(other, 'items'):
            other = CaseInsensitiveDict(other)
        else:
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def copy(self):
        return CaseInsensitiveDict(self._store.values())

    def __repr__(self):
        return str(dict(self.items()))

    def keys(self):
        return list(self)

    def values(self):
        return [v for _, v in self._store.values()]

    def items(self):
        return [(k, v) for k, v in self._store.values()]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is CaseInsensitiveDict._MISSING:
                raise
            return default
        del self[key]
        return value

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwargs):
        if hasattr(other, 'items'):
            for k, v in other.items():
                self[k] = v
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        self._store.clear()


class LookupDict:
    """Names as attributes and as items; missing names give None."""

    def __init__(self, name=None):
        self.name = name

    def __repr__(self):
        return f"<lookup '{self.name}'>"

    def __getitem__(self, key):
        return self.__dict__.get(key, None)

    def get(self, key, default=None):
        return self.__dict__.get(key, default)

    def __contains__(self, key):
        return key in self.__dict__
