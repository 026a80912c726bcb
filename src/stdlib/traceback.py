"""Extract, format and print exceptions and stack traces (CPython 3.11's interface).

The text of each frame line (source line and ~~~^^^ carets) and of the final "Type: message"
line comes from the runtime's own formatter (_traceback), so what these functions print is
what an uncaught exception prints.
"""

import sys
import itertools
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3      # identical frames shown before "[Previous line repeated ...]"
_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


# -- printing and formatting lists of frames --

def print_list(extracted_list, file=None):
    """Print the (filename, lineno, name, line) entries as print_stack() does."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """One string per entry of a list of FrameSummary or 4-tuples, ready for printing."""
    return StackSummary.from_list(extracted_list).format()


# -- tracebacks --

def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._from_entries(_tb_entries(tb), limit)


def _tb_entries(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


# -- exceptions --

_sentinel = object()


def _value_and_tb(exc, value, tb):
    # 3.10+ accept one exception; the old (type, value, tb) triple still works
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    if file is None:
        file = sys.stderr
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """The exception being handled, printed as an uncaught one would be."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# -- stacks --

def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary._from_entries(_frame_entries(f), limit)
    stack.reverse()
    return stack


def _frame_entries(f):
    while f is not None:
        yield f
        f = f.f_back


def clear_frames(tb):
    """Frames are not kept alive by anything clearable here: nothing to do."""
    while tb is not None:
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) from f outwards. f None: as 3.11 does, four frames up from this
    generator's own frame (the caller's caller when called from a comprehension)."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back if f is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._entry = None      # the traceback entry or frame it came from (for the carets)
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            line = _traceback.source_line(self.filename, self.lineno)
            self._line = '' if line is None else line    # linecache's answer: no line
        return self._line

    @property
    def line(self):
        line = self._original_line
        if line is None:
            return None
        return line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, formatted as a traceback shows them."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """From (frame, lineno) pairs such as walk_stack() and walk_tb() give."""
        summaries = klass()
        for f, lineno in _limited(frame_gen, limit):
            co = f.f_code
            summaries.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                          lookup_line=lookup_lines,
                                          locals=f.f_locals if capture_locals else None))
        return summaries

    @classmethod
    def _from_entries(klass, entries, limit):
        # entries: traceback objects (which keep their caret positions) or frames (3.11
        # shows no carets for the frames of a stack)
        summaries = klass()
        for entry in _limited(entries, limit):
            if hasattr(entry, 'tb_frame'):
                lineno, end_lineno, colno, end_colno = _traceback.entry_position(entry)
                co = entry.tb_frame.f_code
                fs = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                                  end_lineno=end_lineno, colno=colno, end_colno=end_colno)
                fs._entry = entry
            else:
                co = entry.f_code
                fs = FrameSummary(co.co_filename, entry.f_lineno, co.co_name,
                                  lookup_line=False)
            summaries.append(fs)
        return summaries

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text for one frame: File line, source line, carets, captured locals."""
        if frame_summary._entry is not None:
            row = [_traceback.entry_text(frame_summary._entry)]
        else:
            row = ['  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno, frame_summary.name)]
            if frame_summary.line:
                row.append('    {}\n'.format(frame_summary.line.strip()))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per frame, runs of one repeated frame cut to 3 plus a note."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key == last:
                count += 1
            else:
                _note_repeats(result, count)
                last = key
                count = 1
            if count > _RECURSIVE_CUTOFF:
                continue
            text = self.format_frame_summary(fs)
            if text is not None:
                result.append(text)
        _note_repeats(result, count)
        return result


def _note_repeats(result, count):
    extra = count - _RECURSIVE_CUTOFF
    if extra > 0:
        result.append(f'  [Previous line repeated {extra} more '
                      f'time{"s" if extra > 1 else ""}]\n')


def _limited(gen, limit):
    # None: sys.tracebacklimit if set; >= 0: the first `limit`; < 0: the last -limit
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            return itertools.islice(gen, limit)
        return list(gen)[limit:]
    return gen


class TracebackException:
    """An exception captured for later formatting: its type, message, stack, and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc_value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.stack = StackSummary._from_entries(_tb_entries(exc_traceback), limit)
        if capture_locals:
            for fs in self.stack:
                f = fs._entry.tb_frame
                fs.locals = {k: repr(v) for k, v in f.f_locals.items()}
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit,
                                   capture_locals=capture_locals, _seen=_seen)
                for e in exc_value.exceptions]
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, _seen=_seen)
        cause = getattr(exc_value, '__cause__', None)
        context = getattr(exc_value, '__context__', None)
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))
        self.__cause__ = None
        self.__context__ = None
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, **options)
        # compact: the context is kept only when it will be shown
        wants_context = not compact or (self.__cause__ is None and not self.__suppress_context__)
        if context is not None and wants_context and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                  **options)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The "Type: message" line(s), with notes; SyntaxError shows its source and caret."""
        if self.exc_type is None or self._exc_value is None:
            yield f"{type(None).__name__}: None\n"
            return
        text = _traceback.exception_only(self._exc_value, False)
        if issubclass(self.exc_type, SyntaxError):
            yield from text.splitlines(keepends=True)   # file/line, source, caret, message
        else:
            yield text
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                yield _safe_str(note, 'note') + '\n'
        elif notes is not None:
            yield _safe_str(notes, '__notes__', repr) + '\n'

    def print(self, *, file=None, chain=True):
        """Print the report (to sys.stderr by default)."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

    def format(self, *, chain=True):
        """The whole report, oldest exception of the chain first, as lines of text."""
        if self.exceptions is not None:
            # exception groups: the runtime draws the nested boxes
            yield from _traceback.format_exception(self._exc_value, self._tb, self._limit, chain)
            return
        shown = []
        te = self
        while te is not None:
            if chain and te.__cause__ is not None:
                shown.append((_CAUSE_MESSAGE, te))
                te = te.__cause__
            elif chain and te.__context__ is not None and not te.__suppress_context__:
                shown.append((_CONTEXT_MESSAGE, te))
                te = te.__context__
            else:
                shown.append((None, te))
                te = None
        for message, te in reversed(shown):
            if message is not None:
                yield message
            if te.exceptions is not None:
                yield from te.format(chain=False)
                continue
            if te.stack:
                yield 'Traceback (most recent call last):\n'
                yield from te.stack.format()
            yield from te.format_exception_only()


def _safe_str(value, what='exception', convert=str):
    try:
        return convert(value)
    except Exception:
        return f'<{what} str() failed>'
