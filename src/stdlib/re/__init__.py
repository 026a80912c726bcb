"""Regular expression operations, with the syntax and behaviour of Python 3.11's re module.

Patterns are compiled by the native _pygil_re module (a parser of Python's syntax that
translates patterns to the JS engine's regular expressions, with a backtracking matcher
for what those cannot express); this file adds re.error and the RegexFlag enum.

Functions: match, fullmatch, search, sub, subn, split, findall, finditer, compile,
purge, escape. Flags: A/ASCII, I/IGNORECASE, L/LOCALE, M/MULTILINE, S/DOTALL,
X/VERBOSE, U/UNICODE, NOFLAG.
"""

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


def _warn(message, category, stacklevel):
    # called by the native compiler; stacklevel 2 is the code that called re
    import warnings
    warnings.warn(message, FutureWarning if category == 'FutureWarning' else DeprecationWarning,
                  stacklevel=stacklevel)


_pygil_re._set_warn(_warn)


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)."
    import warnings
    # attributed to re itself, as CPython does (so hidden by the default filters)
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the T flag's own warning
        return compile(pattern, flags | 1)


class Scanner:
    """A simple lexer (undocumented in CPython, kept for the programs that use it).

    lexicon is a list of (pattern, action) pairs; scan() matches them in turn at the
    current position and collects what the actions return (an action may be a value,
    None to skip, or a function called with the scanner and the matched text).
    """

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._groups = []
        group = 1
        for phrase, action in lexicon:
            inner = compile(phrase, flags).groups
            parts.append('(%s)' % phrase)
            self._groups.append(group)
            group += inner + 1
        self._index = {g: i for i, g in enumerate(self._groups)}
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        match = self.scanner.match
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            index = next(k for g, k in self._index.items() if m.start(g) >= 0)
            action = self.lexicon[index][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


# The flags are an enum.IntFlag, made on first use: importing enum is the largest part of
# `import re`, and many programs never name a flag.
_FLAG_NAMES = frozenset({
    'RegexFlag', 'NOFLAG', 'ASCII', 'A', 'IGNORECASE', 'I', 'LOCALE', 'L', 'UNICODE', 'U',
    'MULTILINE', 'M', 'DOTALL', 'S', 'VERBOSE', 'X', 'TEMPLATE', 'T', 'DEBUG',
})


def _make_flags():
    import enum

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

    RegexFlag.__qualname__ = 'RegexFlag'
    RegexFlag = enum.global_enum(RegexFlag)
    globals()['RegexFlag'] = RegexFlag
    globals().update(RegexFlag.__members__)


def __getattr__(name):
    if name in _FLAG_NAMES:
        _make_flags()
        return globals()[name]
    raise AttributeError(f"module 're' has no attribute '{name}'")


def __dir__():
    # the flags belong in dir(re) before they are made
    return sorted(set(globals()) | _FLAG_NAMES)
