"""Regular expression operations, with the syntax and behaviour of Python 3.11's re module.

Patterns are compiled by the native _pygil_re module (a parser of Python's syntax that
translates patterns to the JS engine's regular expressions, with a backtracking matcher
for what those cannot express); this file adds re.error and the RegexFlag enum.

Functions: match, fullmatch, search, sub, subn, split, findall, finditer, compile,
purge, escape. Flags: A/ASCII, I/IGNORECASE, L/LOCALE, M/MULTILINE, S/DOTALL,
X/VERBOSE, U/UNICODE, NOFLAG.
"""

import enum
import _pygil_re
from _pygil_re import (compile, match, fullmatch, search, findall, finditer,
                       sub, subn, split, escape, purge, Pattern, Match)

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Raised for an invalid regular expression or replacement template.

    msg is the message without the position; pattern and pos say where (pos is an
    index into pattern); lineno and colno give the same place as line and column.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = self.colno = None
        super().__init__(text)


error.__module__ = 're'
_pygil_re._set_error_class(error)


class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256        # \w, \b, \d, \s and case-insensitivity: ASCII only
    IGNORECASE = I = 2
    LOCALE = L = 4         # bytes patterns only
    UNICODE = U = 32       # the default for str patterns
    MULTILINE = M = 8      # ^ and $ at every line
    DOTALL = S = 16        # . matches a newline too
    VERBOSE = X = 64       # whitespace and # comments ignored in the pattern
    TEMPLATE = T = 1       # deprecated, kept for compatibility
    DEBUG = 128
    __str__ = object.__str__   # str() shows the same as repr(): re.IGNORECASE

    def __format__(self, spec):
        return format(str(self), spec)


RegexFlag = enum.global_enum(RegexFlag)
globals().update(RegexFlag.__members__)
