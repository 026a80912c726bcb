"""Generic interface to the dbm databases. pygil has one backend, dbm.dumb
(a pure-Python store in NAME.dat / NAME.dir files)."""

__all__ = ['open', 'whichdb', 'error']

import io
import os
import struct
import sys


class error(Exception):
    pass


_names = ['dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, OSError)


def open(file, flag='r', mode=0o666):
    """Open or create the database `file`.

    flag: 'r' read-only, 'w' read-write, 'c' read-write creating it if needed,
    'n' always a new, empty database."""
    global _defaultmod
    if _defaultmod is None:
        import dbm.dumb as _defaultmod
        _modules['dbm.dumb'] = _defaultmod
    result = whichdb(file) if 'n' not in flag else None
    if result is None:
        if 'c' in flag or 'n' in flag:
            mod = _defaultmod
        else:
            raise error[0]("db file doesn't exist; use 'c' or 'n' flag to create a new db")
    elif result == "":
        raise error[0]("db type could not be determined")
    elif result not in _modules:
        raise error[0]("db type is {0}, but the module is not available".format(result))
    else:
        mod = _modules[result]
    return mod.open(file, flag, mode)


def whichdb(filename):
    """The name of the module that made the database: 'dbm.dumb', '' when the file
    is of an unknown kind, None when it does not exist."""
    filename = os.fsencode(filename)
    filename = os.fsdecode(filename)
    try:
        with io.open(filename + ".dat", "rb"):
            pass
        with io.open(filename + ".dir", "rb"):
            pass
        return "dbm.dumb"
    except OSError:
        pass
    try:
        with io.open(filename, "rb") as f:
            f.read(4)
    except OSError:
        return None
    return ""
