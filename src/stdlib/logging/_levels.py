"""Severity levels of logging: the numbers, their names, and the lock over shared state.

A level is an int; higher is more severe. The six standard ones have names, and
addLevelName() can name more. Everything the logging package shares between threads (the
level names, the loggers, the named handlers) changes under state_lock.
"""

import threading

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# Reentrant: setting up one thing (a logger, a handler) may set up another under it.
state_lock = threading.RLock()

# number -> name, used for %(levelname)s
names_by_number = {}
# name -> number, used when a level is given as a string; FATAL and WARN are aliases
numbers_by_name = {'FATAL': FATAL, 'WARN': WARN}


def _register(number, name):
    names_by_number[number] = name
    numbers_by_name[name] = number


for _number, _name in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                       (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _register(_number, _name)
del _number, _name


def addLevelName(level, levelName):
    """Name the level number `level` levelName (what %(levelname)s shows for it)."""
    with state_lock:
        _register(level, levelName)


def getLevelName(level):
    """The name of a level number, or 'Level N' when it has none.

    For historical reasons a registered level *name* gives back its number."""
    if level in names_by_number:
        return names_by_number[level]
    if level in numbers_by_name:
        return numbers_by_name[level]
    return "Level %s" % level


def getLevelNamesMapping():
    """A fresh dict from every level name (aliases too) to its number."""
    return dict(numbers_by_name)


def as_level_number(level):
    """The level number meant by an int or a registered name; TypeError/ValueError else."""
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        try:
            return numbers_by_name[level]
        except KeyError:
            raise ValueError("Unknown level: %r" % (level,)) from None
    raise TypeError("Level not an integer or a valid string: %r" % (level,))
