"""Warnings: messages about problems that are not errors, and the rules for showing them.

warn("message") reports a problem that is not an error. Whether and how it is shown depends
on the filters: a list of (action, message, category, module, lineno) entries, searched from
the front; the first that matches the warning decides its action:

    "default"  show it once per place (module and line) it comes from
    "error"    raise it as an exception
    "ignore"   never show it
    "always"   show it every time
    "module"   show it once per module
    "once"     show it once in the whole program

The default filters hide DeprecationWarning (except for code in __main__),
PendingDeprecationWarning, ImportWarning and ResourceWarning. A shown warning is written to
sys.stderr as

    FILE:LINE: Category: message
      the source line

Each module remembers which of its warnings were shown in its __warningregistry__ dict.

This module was written for pygil from the documented behaviour of CPython 3.11's warnings.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]


# ---------------------------------------------------------------------------------------------
# Reading a source line (the line shown under a warning)

_source_lines = {}


def _getline(filename, lineno, module_globals=None):
    """The text of line `lineno` of `filename` ('' when it cannot be read)."""
    lines = _source_lines.get(filename)
    if lines is None:
        lines = []
        try:
            import linecache
        except ImportError:
            linecache = None
        if linecache is not None:
            try:
                return linecache.getline(filename, lineno, module_globals)
            except Exception:
                pass
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines(True)
        except (OSError, UnicodeDecodeError, ValueError, TypeError):
            lines = []
        _source_lines[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


# ---------------------------------------------------------------------------------------------
# Showing and formatting

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default). Programs may replace this function
    to send warnings elsewhere."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text of a warning: "FILE:LINE: Category: message" and the source line.
    Programs may replace this function to change the format."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return      # no stderr at all: nowhere to show it
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass        # a closed or broken stream: the warning is lost


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    return s


# The original functions, to notice when a program replaced them.
_showwarning_orig = showwarning


def _showwarnmsg(msg):
    """Show a WarningMessage, through showwarning() if the program replaced it."""
    try:
        sw = showwarning
    except NameError:
        pass
    else:
        if sw is not _showwarning_orig:
            if not callable(sw):
                raise TypeError("warnings.showwarning() must be set to a function or method")
            sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
            return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    """The text of a WarningMessage, through formatwarning() if it was replaced."""
    try:
        fw = formatwarning
    except NameError:
        pass
    else:
        if fw is not _formatwarning_orig:
            return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---------------------------------------------------------------------------------------------
# Filters

class _SimplePattern:
    """A stand-in for a compiled regular expression when `re` is not available: matches a
    literal prefix, where '.*' matches anything."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self._ignore_case = ignore_case

    def match(self, text):
        pattern = self.pattern
        if pattern.endswith("\\Z"):
            pattern = pattern[:-2]
            exact = True
        else:
            exact = False
        if self._ignore_case:
            pattern = pattern.lower()
            text = text.lower()
        pieces = pattern.split(".*")
        pos = 0
        for i, piece in enumerate(pieces):
            piece = piece.replace("\\", "")
            if i == 0:
                if not text.startswith(piece):
                    return None
                pos = len(piece)
            else:
                found = text.find(piece, pos)
                if found < 0:
                    return None
                pos = found + len(piece)
        if exact and pos != len(text) and not pattern.endswith(".*"):
            return None
        return True

    def __eq__(self, other):
        return (isinstance(other, _SimplePattern) and self.pattern == other.pattern
                and self._ignore_case == other._ignore_case)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,)


def _compile(pattern, ignore_case):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignore_case)
    return re.compile(pattern, re.I) if ignore_case else re.compile(pattern)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter at the front of the list (at the end with append=True).

    action is one of "error", "ignore", "always", "default", "module", "once". The filter
    applies to warnings whose message starts with a match of the regular expression
    message (ignoring case), whose category is category or a subclass, raised from a module
    whose name matches the regular expression module, at line lineno (0: any line)."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    message = _compile(message, True) if message else None
    module = _compile(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """filterwarnings() for every message and module: only action, category and line."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not (isinstance(lineno, int) and lineno >= 0):
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # An equal filter already in the list moves to the front; appended, it stays put.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (also the default ones): every warning is shown once per place."""
    filters[:] = []
    _filters_mutated()


class _OptionError(Exception):
    """A bad -W option."""


# The state shared by every warn() call.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
_defaultaction = defaultaction
onceregistry = {}
_onceregistry = onceregistry
_filters_version = 1


def _filters_mutated():
    # every module registry older than this version is cleared before its next use
    global _filters_version
    _filters_version += 1


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


# ---------------------------------------------------------------------------------------------
# warn

def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: show it, ignore it or raise it, as the filters say.

    message is a str (category defaults to UserWarning) or a Warning instance. stacklevel
    chooses whose file and line the warning names: 1 the caller of warn(), 2 its caller
    (for a function warning about how it was called), and so on."""
    # Check if message is already a Warning object
    if isinstance(message, Warning):
        category = message.__class__
    # Check category argument
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    # the frame `stacklevel` calls up from here gives the place
    try:
        frame = sys._getframe(stacklevel)
    except (ValueError, AttributeError):
        frame = None
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit place (file, line, module and the module's
    __warningregistry__)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return      # already shown from here
    # the first matching filter decides
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class WarningMessage(object):
    """One warning: what showwarning() gets, and what catch_warnings(record=True) lists."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """`with catch_warnings():` — filter changes made in the block are undone at its end.

    With record=True, warnings are not shown but collected: `as` gives the list of
    WarningMessage objects. With action (and category, lineno, append), simplefilter()
    is applied on entering. module names another module to act on (for testing)."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # the original showwarning, so that messages reach the list
            self._module.showwarning = self._module._showwarning_orig
            return log
        else:
            return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl
