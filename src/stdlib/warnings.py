"""Issue warnings and control which of them are shown.

warn("text") reports something that is worth telling but is not an error.
What happens to it is decided by the first entry in `filters` that matches:

    "default"  show it once for each place (file and line) it comes from
    "error"    raise it as an exception
    "ignore"   drop it
    "always"   show it every time
    "module"   show it once for each module
    "once"     show it only once in the whole program

A shown warning goes to sys.stderr as "FILE:LINE: Category: message" followed
by the source line.  Each module keeps the warnings it has already shown in
its __warningregistry__ dict.

pygil's own implementation, following the Python 3.11 documentation.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ----------------------------------------------------------------------------
# Shared state.  catch_warnings() swaps `filters` for a copy, so every reader
# must look the name up at call time instead of keeping a reference.

# Each entry: (action, message regex or None, category, module regex or None,
# line number or 0).  The '__main__' module entry is a plain string, which
# must equal the module name exactly.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"      # used when no filter matches
_defaultaction = defaultaction
onceregistry = {}              # (text, category) pairs seen by "once"
_onceregistry = onceregistry

# Bumped on every change of the filters.  A module registry remembers the
# version it was filled under and is emptied when that is out of date, so a
# new filter gets a chance to show warnings that were already seen.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ----------------------------------------------------------------------------
# Showing and formatting

class WarningMessage(object):
    """Everything known about one warning; what catch_warnings(record=True) collects."""

    # The attribute names, in the order the constructor takes them.
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message, self.category = message, category
        self.filename, self.lineno = filename, lineno
        self.file, self.line, self.source = file, line, source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        template = "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
        return template % (self.message, self._category_name, self.filename,
                           self.lineno, self.line)


def _source_line(filename, lineno):
    # Best effort: a missing file or odd name just means no line is shown.
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                msg.category.__name__, msg.message)
    line = msg.line if msg.line is not None else _source_line(msg.filename, msg.lineno)
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        text += _allocation_note(msg)
    return text


def _allocation_note(msg):
    # For warnings about an object (ResourceWarning), say where it came from
    # if tracemalloc can tell, or how to find out.
    try:
        import tracemalloc
    except Exception:
        return ""
    try:
        if not tracemalloc.is_tracing():
            return ("%s: Enable tracemalloc to get the object allocation "
                    "traceback\n" % msg.category.__name__)
        trace = tracemalloc.get_object_traceback(msg.source)
    except Exception:
        return ""
    if trace is None:
        return ""
    out = "Object allocated at (most recent call last):\n"
    for frame in trace:
        out += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
        line = _source_line(frame.filename, frame.lineno)
        if line:
            out += "    %s\n" % line.strip()
    return out


def _showwarnmsg_impl(msg):
    stream = msg.file if msg.file is not None else sys.stderr
    if stream is None:
        return                      # no stderr (e.g. pythonw): stay silent
    try:
        stream.write(_formatwarnmsg(msg))
    except OSError:
        pass                        # a broken stream must not raise from warn()


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default).  May be replaced."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """Return the standard text for a warning.  May be replaced."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


# The originals, so we can tell whether user code replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = showwarning
    if hook is not _showwarning_orig:
        # Someone installed their own showwarning(): it gets the old arguments.
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ----------------------------------------------------------------------------
# Changing the filters

def _check_action_and_lineno(action, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def _insert_filter(entry, append):
    # A filter added at the front replaces an identical older one; appending
    # never creates a duplicate.
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="",
                   lineno=0, append=False):
    """Add a filter entry; message and module are regular expressions."""
    _check_action_and_lineno(action, lineno)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type) and issubclass(category, Warning), \
        "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    # An empty pattern matches everything: store None, and avoid importing re.
    message_re = module_re = None
    if message or module:
        import re
        if message:
            message_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _insert_filter((action, message_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter entry that matches any message and module."""
    _check_action_and_lineno(action, lineno)
    _insert_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Remove every filter (the default ones too)."""
    filters[:] = []
    _filters_mutated()


# ----------------------------------------------------------------------------
# Issuing warnings

def _pattern_matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _choose_action(text, category, module, lineno):
    for entry in filters:
        action, msg_pat, cat, mod_pat, line = entry
        if (issubclass(category, cat)
                and _pattern_matches(msg_pat, text)
                and _pattern_matches(mod_pat, module)
                and (line == 0 or line == lineno)):
            return action, entry
    return defaultaction, None


def _is_import_machinery(frame):
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def _caller(stacklevel):
    """The frame `stacklevel` levels above warn()'s caller, or None."""
    try:
        frame = sys._getframe(1)    # warn() itself
    except ValueError:
        return None
    for _ in range(max(stacklevel, 1)):
        frame = frame.f_back
        # Counting past level 1 skips import machinery frames.
        while stacklevel > 1 and frame is not None and _is_import_machinery(frame):
            frame = frame.f_back
        if frame is None:
            return None
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or raise it if a filter says "error"."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    frame = _caller(stacklevel)
    if frame is None:
        # The stack is not that deep: blame the sys module, as CPython does.
        module_globals = sys.__dict__
        filename, lineno = "sys", 1
    else:
        module_globals = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = module_globals.get("__name__", "<string>")
    registry = module_globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning for the given place, without looking at the stack."""
    lineno = int(lineno)
    if module is None:
        # The documented fallback: the file name without a .py suffix.
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version

    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)

    key = (text, category, lineno)
    if registry.get(key):
        return                      # already shown from this place
    action, entry = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if module_globals is not None:
        # Lets linecache find the source through the module's loader.
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except Exception:
            pass
    if action == "error":
        raise message

    if action == "once":
        registry[key] = 1
        if onceregistry.get((text, category)):
            return
        onceregistry[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        whole_module = (text, category, 0)
        if registry.get(whole_module):
            return
        registry[whole_module] = 1
    elif action == "default":
        registry[key] = 1
    elif action != "always":
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ----------------------------------------------------------------------------
# catch_warnings

class catch_warnings(object):
    """Context manager that saves the filters and showwarning() and puts them back.

    With record=True, warnings are collected as WarningMessage objects in the
    list returned by __enter__ instead of being shown.  action/category/
    lineno/append (new in 3.11) apply simplefilter() on entry.
    """

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        parts = []
        if self._record:
            parts.append("record=True")
        if self._module is not sys.modules["warnings"]:
            parts.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(parts))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        # A replaced showwarning() would bypass the log; use the original.
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()


# ----------------------------------------------------------------------------
# -W options (and PYTHONWARNINGS), found in sys.warnoptions

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _option_action(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for action in _ACTIONS:
        if action.startswith(word):     # abbreviations such as "i" or "err"
            return action
    raise _OptionError("invalid action: %r" % (word,))


def _option_category(name):
    if not name:
        return Warning
    if "." in name:
        modname, _, attr = name.rpartition(".")
        try:
            where = __import__(modname, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    else:
        import builtins as where
        attr = name
    try:
        found = getattr(where, attr)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (name,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (name,))
    return found


def _setoption(arg):
    """Apply one option of the form action:message:category:module:lineno."""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = [f.strip() for f in fields]
    action = _option_action(action)
    category = _option_category(category)
    # On the command line, message and module are literal text, not regexes;
    # the module name must match completely.
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r"\Z"
    if lineno:
        try:
            number = int(lineno)
            if number < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        number = 0
    filterwarnings(action, message, category, module, number)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as err:
            print("Invalid -W option ignored:", err, file=sys.stderr)


_processoptions(getattr(sys, "warnoptions", []))
