"""doctest: run the interactive examples (">>> ...") found in docstrings and check that
they print what the docstring says.

Written for pygil from CPython 3.11's documented behaviour: testmod(), testfile(),
run_docstring_examples(), the option flags and directives, and CPython's report texts.
The docstring parser works line by line (it needs no regular expressions).
"""

__docformat__ = 'reStructuredText en'

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite', 'testsource',
    'DocFileSuite', 'script_from_examples', 'TestResults',
]

import sys
import io
import os
import difflib
import inspect
import linecache
import traceback
import unittest
from collections import namedtuple

TestResults = namedtuple('TestResults', 'failed attempted')

# -- option flags --

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag's bit, allocating a new one for a new name."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'



def _display_hook(value):
    # the interactive display hook, writing to sys.stdout as it is now (the captured output)
    import builtins
    if value is None:
        return
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


# -- small text helpers --

def _indent(s, indent=4):
    """s with every non-empty line indented."""
    return ''.join((' ' * indent + line) if line.strip('\n') else line
                   for line in s.splitlines(keepends=True))


def _exception_traceback(exc_info):
    out = io.StringIO()
    exc_type, exc_val, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_val, exc_tb, file=out)
    return out.getvalue()


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_blank(line):
    return line.strip(' ') == ''


def _ellipsis_match(want, got):
    """Whether got matches want where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start, end = len(first), len(got)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        return False
    for piece in pieces[1:-1]:
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _strip_blankline_markers(want):
    # a line that is <BLANKLINE> (and trailing blanks) stands for an empty output line
    lines = want.split('\n')
    return '\n'.join('' if line.startswith(BLANKLINE_MARKER) and
                     line[len(BLANKLINE_MARKER):].strip() == '' else line
                     for line in lines)


def _strip_whitespace_lines(got):
    # lines of nothing but spaces/tabs count as empty
    return '\n'.join('' if line.strip(' \t\r\f\v') == '' else line for line in got.split('\n'))


def _mark_blank_lines(got):
    # for reports: an empty (or all-space) output line is shown as <BLANKLINE>
    lines = got.split('\n')
    for i in range(len(lines) - 1):
        if lines[i].strip(' ') == '':
            lines[i] = BLANKLINE_MARKER
    return '\n'.join(lines)


def _strip_exception_details(msg):
    """'pkg.mod.Error: detail' -> 'Error' (for IGNORE_EXCEPTION_DETAIL)."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


# -- examples and tests --

class Example:
    """One example: its source, the output wanted, the exception message wanted (when the
    wanted output is a traceback), line number in the docstring, indentation, options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        # options is a dict: everything else identifies the example
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they come from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        # parsing is DocTestParser's job: a string here is an old-style call
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring = docstring
        self.examples = examples
        # a copy, so that running the examples leaves the caller's namespace alone
        self.globs = globs.copy()

    def __repr__(self):
        count = len(self.examples)
        counted = {0: 'no examples', 1: '1 example'}.get(count, '%d examples' % count)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, counted)

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename, self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        # an unknown line number sorts first
        self_lineno = -1 if self.lineno is None else self.lineno
        other_lineno = -1 if other.lineno is None else other.lineno
        return ((self.name, self.filename, self_lineno, id(self)) <
                (other.name, other.filename, other_lineno, id(other)))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """A list alternating text (str) and Example objects."""
        string = string.expandtabs()
        lines = string.split('\n')
        margin = self._min_indent(lines)
        if margin > 0:
            lines = [line[margin:] for line in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            # the example: a ">>>" line, "..." lines, then the wanted output up to a blank
            # line or the next ">>>"
            lineno = i
            indent = _leading_spaces(line)
            source_lines = [line]
            i += 1
            while i < len(lines) and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while (i < len(lines) and not _is_blank(lines[i]) and
                   not lines[i].lstrip(' ').startswith('>>>')):
                want_lines.append(lines[i])
                i += 1
            output.append('\n'.join(text + ['']))
            text = []
            source, options, want, exc_msg = self._parse_example(
                source_lines, want_lines, indent, name, lineno)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=margin + indent, options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, source_lines, want_lines, indent, name, lineno):
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(sl[indent + 4:] for sl in source_lines)
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join(wl[indent:] for wl in want_lines)
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    @staticmethod
    def _exception_message(want):
        # a wanted traceback: header line, then (skipped) indented or "..." stack lines; the
        # message is everything from the first line that starts with a letter/digit/_
        lines = want.split('\n')
        header = lines[0].rstrip()
        if header not in ('Traceback (most recent call last):', 'Traceback (innermost last):'):
            return None
        for k in range(1, len(lines)):
            first = lines[k][:1]
            if first and (first.isalnum() or first == '_'):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        """The flags turned on or off by "# doctest: +FLAG, -FLAG" comments in the source."""
        options = {}
        for line in source.split('\n'):
            directive = _directive_of(line)
            if directive is None:
                continue
            for option in directive.replace(',', ' ').split():
                if (option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = (option[0] == '+')
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    @staticmethod
    def _min_indent(lines):
        indents = [_leading_spaces(line) for line in lines if line.strip(' ') and
                   not line[_leading_spaces(line)].isspace()]
        return min(indents) if indents else 0

    @staticmethod
    def _is_blank_or_comment(source):
        return all(line.strip() == '' or line.strip().startswith('#')
                   for line in source.split('\n'))

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r' %
                                 (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent '
                                 'leading whitespace: %r' % (lineno + i + 1, name, line))


def _directive_of(line):
    # the text after "# doctest:" at the end of a line, if any (no quotes after it)
    hash_at = line.find('#')
    while hash_at >= 0:
        rest = line[hash_at + 1:].lstrip()
        if rest.startswith('doctest:'):
            body = rest[len('doctest:'):].lstrip()
            if "'" not in body and '"' not in body:
                return body
        hash_at = line.find('#', hash_at + 1)
    return None


# -- finding docstrings --

class DocTestFinder:
    """Collects the DocTests of an object: its docstring and, for modules and classes, those
    of the functions, classes and methods defined in them."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        # the lines of the file the object was defined in (for line numbers): a source file,
        # or an example's pseudo-file "<doctest NAME[N]>" that linecache holds
        source_lines = None
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            file = None
        else:
            if not file:
                file = inspect.getfile(obj)
                if not (file.startswith('<') and file.endswith(']>')):
                    file = None
            if file is not None:
                source_lines = linecache.getlines(file) or None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        """Whether obj was defined in module (imported names are left to their own module)."""
        if module is None:
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return home is module
        if inspect.isfunction(obj):
            return obj.__globals__ is module.__dict__
        # C-level methods name their class; other objects may name their module
        descriptor = inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj)
        if descriptor and hasattr(obj, '__objclass__'):
            return obj.__objclass__.__module__ == module.__name__
        if hasattr(obj, '__module__'):
            return obj.__module__ == module.__name__
        if descriptor or isinstance(obj, property):
            return True     # nothing tells where it comes from
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if self._recurse:
            for child_name, child in self._members_to_search(obj, name, module):
                self._find(tests, child, child_name, module, source_lines, globs, seen)

    def _members_to_search(self, obj, name, module):
        """(dotted name, object) for what inside obj has doctests of its own: a module's
        functions and classes (and its __test__ entries), a class's methods, nested
        classes and properties -- those defined in module itself."""
        if inspect.ismodule(obj):
            for attr, value in list(obj.__dict__.items()):
                if ((self._is_routine(value) or inspect.isclass(value)) and
                        self._from_module(module, value)):
                    yield '%s.%s' % (name, attr), value
            for key, value in list(getattr(obj, '__test__', {}).items()):
                _check_test_entry(key, value)
                yield '%s.__test__.%s' % (name, key), value
        if inspect.isclass(obj):
            for attr, value in list(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                searchable = (inspect.isroutine(value) or inspect.isclass(value) or
                              isinstance(value, property))
                if searchable and self._from_module(module, value):
                    yield '%s.%s' % (name, attr), value

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        filename = None if module is None else getattr(module, '__file__', module.__name__)
        if filename is not None and filename.endswith('.pyc'):
            filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """0-based line of the docstring's start (where example line numbers count from);
        None when it cannot be told."""
        start = _definition_line(obj, source_lines)
        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # the docstring is the first string opened at or after the definition
        for k in range(start, len(source_lines)):
            if _opens_string(source_lines[k]):
                return k
        return None


def _check_test_entry(key, value):
    """A module's __test__ maps names to strings or to objects with docstrings."""
    if not isinstance(key, str):
        raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r" % (type(key),))
    if not (inspect.isroutine(value) or inspect.isclass(value) or inspect.ismodule(value) or
            isinstance(value, str)):
        raise ValueError("DocTestFinder.find: __test__ values must be strings, functions, "
                         "methods, classes, or modules: %r" % (type(value),))


def _definition_line(obj, source_lines):
    """0-based line where obj (with a docstring) is defined, or None: 0 for a module, the
    'class NAME' line for a class, the first line of a function's (or method's) code,
    of a frame's or a traceback's code."""
    if getattr(obj, '__doc__', None) is not None:
        if inspect.ismodule(obj):
            return 0
        if inspect.isclass(obj):
            return _class_line(obj, source_lines) if source_lines is not None else None
    code = _code_of(obj)
    return None if code is None else code.co_firstlineno - 1


def _class_line(cls, source_lines):
    name = getattr(cls, '__name__', '-')
    for number, line in enumerate(source_lines):
        rest = line.lstrip()
        if not rest.startswith('class'):
            continue
        after = rest[len('class'):].lstrip()
        if after.startswith(name) and not _is_word_char(after[len(name):len(name) + 1]):
            return number
    return None


def _code_of(obj):
    # (a property has no line in 3.11: its getter is not looked at)
    if inspect.ismethod(obj):
        obj = obj.__func__
    if inspect.isfunction(obj):
        # a function without a docstring has no line to report
        return obj.__code__ if getattr(obj, '__doc__', None) else None
    if inspect.istraceback(obj):
        obj = obj.tb_frame
    if inspect.isframe(obj):
        obj = obj.f_code
    return obj if inspect.iscode(obj) else None


def _is_word_char(ch):
    return ch != '' and (ch.isalnum() or ch == '_')


def _opens_string(line):
    # a line where a docstring may start: optional "...:" then an optionally prefixed quote
    candidates = [line]
    colon = line.find(':')
    while colon >= 0:
        candidates.append(line[colon + 1:])
        colon = line.find(':', colon + 1)
    for text in candidates:
        text = text.lstrip()
        k = 0
        while k < len(text) and _is_word_char(text[k]):
            k += 1
        if text[k:k + 1] in ('"', "'"):
            return True
    return False


# -- checking output --

class OutputChecker:
    """Compares wanted and actual output under the option flags; describes differences."""

    def check_output(self, want, got, optionflags):
        """Whether got is an acceptable output for want under optionflags."""
        # compared as ASCII with backslash escapes: a want written as '\xf6' matches 'ö'
        want, got = _as_ascii(want), _as_ascii(got)
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1 and (want, got) in _BOOLS_AS_INTS:
            return True
        # each relaxation below applies on top of the ones before it
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want, got = _strip_blankline_markers(want), _strip_whitespace_lines(got)
        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
        if want == got:
            return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def output_difference(self, example, got, optionflags):
        """The 'Expected: ... Got: ...' text (or a diff) for a failed example."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _mark_blank_lines(got)
        style = _diff_style(want, got, optionflags)
        if style is not None:
            title, make_diff = style
            lines = make_diff(want.splitlines(keepends=True), got.splitlines(keepends=True))
            return 'Differences (%s):\n' % title + _indent(''.join(lines))
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


def _as_ascii(text):
    return str(text.encode('ASCII', 'backslashreplace'), 'ASCII')


# (want, got) pairs that pass unless DONT_ACCEPT_TRUE_FOR_1 is set
_BOOLS_AS_INTS = {('1\n', 'True\n'), ('0\n', 'False\n')}


def _unified(want_lines, got_lines):
    return list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]     # no file headers


def _context(want_lines, got_lines):
    return list(difflib.context_diff(want_lines, got_lines, n=2))[2:]


def _ndiff(want_lines, got_lines):
    return list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(want_lines, got_lines))


# the REPORT_*DIFF flags in the order they win when several are set
_DIFF_STYLES = (
    (REPORT_UDIFF, 'unified diff with -expected +actual', _unified),
    (REPORT_CDIFF, 'context diff with expected followed by actual', _context),
    (REPORT_NDIFF, 'ndiff with -expected +actual', _ndiff),
)


def _diff_style(want, got, optionflags):
    """(title, diff function) to report a failure with, or None for Expected/Got.
    Unified and context diffs are only worth it for outputs of more than two lines."""
    if not optionflags & REPORT_NDIFF:
        if want.count('\n') <= 2 or got.count('\n') <= 2:
            return None
    for flag, title, make_diff in _DIFF_STYLES:
        if optionflags & flag:
            return title, make_diff
    return None


# -- running --

class DocTestRunner:
    """Runs DocTests, reports failures (and, verbose, every example) and keeps the counts."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        # test name -> (failed, tried), summed over every run of a test of that name
        self._totals = {}
        self._captured = _CapturedOutput()

    # -- reports (a subclass may change what is written, or raise instead) --

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        expecting = ('Expecting:\n' + _indent(example.want) if example.want
                     else 'Expecting nothing\n')
        out('Trying:\n' + _indent(example.source) + expecting)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        difference = self._checker.output_difference(example, got, self.optionflags)
        out(self._failure_header(test, example) + difference)

    def report_unexpected_exception(self, out, test, example, exc_info):
        traceback_text = _indent(_exception_traceback(exc_info))
        out(self._failure_header(test, example) + 'Exception raised:\n' + traceback_text)

    def _failure_header(self, test, example):
        if not test.filename:
            where = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            where = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, where, _indent(example.source))

    # -- running --

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of test with stdout captured; report to out (sys.stdout).
        Returns TestResults(failed, attempted) for this test."""
        self.test = test
        real_stdout, real_displayhook = sys.stdout, sys.displayhook
        write = real_stdout.write if out is None else out
        sys.stdout = self._captured
        sys.displayhook = _display_hook
        self._pseudo_files = []
        try:
            return self._run_examples(test, compileflags or 0, write)
        finally:
            sys.stdout, sys.displayhook = real_stdout, real_displayhook
            for filename in self._pseudo_files:
                linecache.cache.pop(filename, None)
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _run_examples(self, test, compileflags, out):
        failed = tried = 0
        base = flags = self.optionflags
        for index, example in enumerate(test.examples):
            # REPORT_ONLY_FIRST_FAILURE as the previous example's directives left it
            silent = bool(flags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            flags = _apply_directives(base, example.options)
            self.optionflags = flags
            if flags & SKIP:
                continue
            tried += 1
            if not silent:
                self.report_start(out, test, example)
            got, exc_info = self._execute(test, index, example, compileflags)
            if exc_info is not None and not silent:
                got += _exception_traceback(exc_info)
            verdict = self._verdict(example, got, exc_info, flags)
            if verdict != 'passed':
                failed += 1
            if not silent:
                if verdict == 'passed':
                    self.report_success(out, test, example, got)
                elif verdict == 'differs':
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, exc_info)
            if failed and flags & FAIL_FAST:
                break
        self.optionflags = base
        self._add_totals(test.name, failed, tried)
        return TestResults(failed, tried)

    def _execute(self, test, index, example, compileflags):
        """Run one example: (what it printed, sys.exc_info() of its exception or None)."""
        filename = '<doctest %s[%d]>' % (test.name, index)
        # the example's source, for the lines its tracebacks show
        lines = example.source.splitlines(keepends=True)
        linecache.cache[filename] = (len(example.source), None, lines, filename)
        self._pseudo_files.append(filename)
        exc_info = None
        try:
            # tracebacks show this line's text: it is kept as CPython's reads
            exec(compile(example.source, filename, "single",
                         compileflags, True), test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException:
            exc_info = sys.exc_info()
        return self._captured.take(), exc_info

    def _verdict(self, example, got, exc_info, flags):
        """'passed', 'differs' (wrong output or exception message) or 'raised' (an
        exception where none was wanted)."""
        check = self._checker.check_output
        if exc_info is None:
            return 'passed' if check(example.want, got, flags) else 'differs'
        if example.exc_msg is None:
            return 'raised'
        raised = _exception_message(exc_info)
        if check(example.exc_msg, raised, flags):
            return 'passed'
        if flags & IGNORE_EXCEPTION_DETAIL and check(
                _strip_exception_details(example.exc_msg), _strip_exception_details(raised), flags):
            return 'passed'
        return 'differs'

    def _add_totals(self, name, failed, tried):
        old_failed, old_tried = self._totals.get(name, (0, 0))
        self._totals[name] = (old_failed + failed, old_tried + tried)
        self.failures += failed
        self.tries += tried

    # -- totals --

    def summarize(self, verbose=None):
        """Print the totals (per item when verbose); return TestResults(failed, attempted)."""
        if verbose is None:
            verbose = self._verbose
        names = sorted(self._totals)
        empty = [name for name in names if self._totals[name][1] == 0]
        clean = [name for name in names if self._totals[name][1] and not self._totals[name][0]]
        failing = [name for name in names if self._totals[name][0]]
        failed = sum(f for f, _ in self._totals.values())
        tried = sum(t for _, t in self._totals.values())
        if verbose and empty:
            print(len(empty), "items had no tests:")
            for name in empty:
                print("   ", name)
        if verbose and clean:
            print(len(clean), "items passed all tests:")
            for name in clean:
                print(" %3d tests in %s" % (self._totals[name][1], name))
        if failing:
            print(self.DIVIDER)
            print(len(failing), "items had failures:")
            for name in failing:
                print(" %3d of %3d in %s" % (self._totals[name] + (name,)))
        if verbose:
            print(tried, "tests in", len(self._totals), "items.")
            print(tried - failed, "passed and", failed, "failed.")
        if failed:
            print("***Test Failed***", failed, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(failed, tried)

    def merge(self, other):
        """Add other's per-test totals to this runner's (for summarize)."""
        for name, (failed, tried) in other._totals.items():
            old_failed, old_tried = self._totals.get(name, (0, 0))
            self._totals[name] = (old_failed + failed, old_tried + tried)


def _apply_directives(flags, options):
    """flags with an example's directives ({flag: turned on}) applied."""
    for flag, turned_on in options.items():
        flags = flags | flag if turned_on else flags & ~flag
    return flags


def _exception_message(exc_info):
    """The 'Type: message' text of an exception, as a wanted traceback's last lines give
    it; for a SyntaxError, without the source line and caret shown above that."""
    exc_type = exc_info[0]
    lines = traceback.format_exception_only(exc_type, exc_info[1])
    if issubclass(exc_type, SyntaxError):
        heads = (exc_type.__qualname__ + ':',
                 '%s.%s:' % (exc_type.__module__, exc_type.__qualname__))
        for k, line in enumerate(lines):
            if line.startswith(heads):
                lines = lines[k:]
                break
    return ''.join(lines)


class _CapturedOutput(io.StringIO):
    """What the examples print; taken (and emptied) after each one. Output that does
    not end its last line is given a newline, as the interactive prompt would."""

    def getvalue(self):
        text = super().getvalue()
        return text + '\n' if text and not text.endswith('\n') else text

    def take(self):
        text = self.getvalue()
        self.seek(0)
        super().truncate()
        return text

    def truncate(self, size=None):
        self.seek(0 if size is None else size)
        super().truncate()


class DocTestFailure(Exception):
    """Raised by DebugRunner for an example whose output differs."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner for an example that raised an exception."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """Stops at the first problem by raising DocTestFailure or UnexpectedException."""

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        # the globals stay while the exception travels up, for a post-mortem look
        results = super().run(test, compileflags, out, clear_globs=False)
        if clear_globs:
            test.globs.clear()
        return results


# the runner that testmod()/testfile() results accumulate in, across calls
master = None


def _make_runner(verbose, optionflags, raise_on_error):
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    return runner_class(verbose=verbose, optionflags=optionflags)


def _finish_run(runner, report):
    """Summarize if asked, fold the totals into master, return this run's results."""
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module m (__main__ by default) and of what it
    defines; print a report; return TestResults(failed, attempted)."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = _make_runner(verbose, optionflags, raise_on_error)
    tests = finder.find(module, module.__name__ if name is None else name,
                        globs=globs, extraglobs=extraglobs)
    for test in tests:
        runner.run(test)
    return _finish_run(runner, report)


def testfile(filename, module_relative=True, name=None, package=None, globs=None,
             verbose=None, report=True, optionflags=0, extraglobs=None,
             raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Run the examples in a text file (relative to the calling module's directory)."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        package = _calling_module(package, 2)
    path = _file_path(filename, module_relative, package)
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    namespace = {} if globs is None else globs.copy()
    if extraglobs is not None:
        namespace.update(extraglobs)
    namespace.setdefault('__name__', '__main__')
    runner = _make_runner(verbose, optionflags, raise_on_error)
    runner.run(parser.get_doctest(text, namespace, os.path.basename(path) if name is None else name,
                                 path, 0))
    return _finish_run(runner, report)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples in f's docstring only (no summary)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# -- unittest integration --

# reporting flags DocTestCase adds when its own optionflags carry none
_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCase uses by default; returns the old ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case: its failures become the test's failure."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        super().__init__()
        self._dt_test = test
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_setUp, self._dt_tearDown = setUp, tearDown
        # the namespace as it was, put back after each run
        self._dt_globs = {} if test is None else test.globs.copy()

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def runTest(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker, verbose=False)
        runner.DIVIDER = "-" * 70   # the report sits inside unittest's, ruled with '-'
        report = io.StringIO()
        failed, _ = runner.run(self._dt_test, out=report.write, clear_globs=False)
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else test.lineno
        short_name = test.name.rsplit('.', 1)[-1]
        return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
            test.name, test.filename, line, short_name, err)

    def id(self):
        return self._dt_test.name

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name

    def __repr__(self):
        module, _, short_name = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (short_name, module)

    # unittest.TestCase's str() would name a test method; a doctest has none
    __str__ = object.__str__

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._dt_test == other._dt_test

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))


class SkipDocTestCase(DocTestCase):
    """Stands for a module's doctests when docstrings are stripped (-OO): it skips."""

    def __init__(self, module):
        self.module = module
        super().__init__(None)

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass


class _DocTestSuite(unittest.TestSuite):
    """Keeps its cases after running them (they hold the DocTests)."""

    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring that has examples."""
    module = _calling_module(module, 2)
    finder = DocTestFinder() if test_finder is None else test_finder
    suite = _DocTestSuite()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if not test.examples:
            continue
        if not test.filename:
            source = module.__file__
            test.filename = source[:-1] if source.endswith('.pyc') else source
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """The examples of a text file as a unittest test case."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        test = self._dt_test
        return 'Failed doctest test for %s\n  File "%s", line 0\n\n%s' % (
            test.name, test.filename, err)


def _calling_module(module, depth):
    """module itself, the module named by a string, or (None) the module of the code that
    called the public function (depth frames up from here)."""
    if isinstance(module, str):
        __import__(module)
        return sys.modules[module]      # the named module itself, even when dotted
    if module is None:
        try:
            caller_name = sys._getframe(depth).f_globals['__name__']
            return sys.modules[caller_name]
        except (AttributeError, KeyError, ValueError):
            # no frame to look at, or its module is gone: the main program's
            return sys.modules['__main__']
    if inspect.ismodule(module):
        return module
    raise TypeError("Expected a module, string, or None")


def _file_path(path, module_relative, package):
    """Where the file of examples named path is. A module-relative path is '/'-separated
    and relative to the directory of package (the calling module by default)."""
    if not module_relative:
        return path
    if not inspect.ismodule(package):
        raise TypeError('Expected a module: %r' % package)
    if path.startswith('/'):
        raise ValueError("Module-relative files may not have absolute paths")
    relative = os.path.join(*path.split('/'))
    directories, must_exist = _directories_of(package)
    for directory in directories:
        candidate = os.path.join(directory, relative)
        if not must_exist or os.path.exists(candidate):
            return candidate
    raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                     % package.__name__)


def _directories_of(package):
    """(directories, whether the file must already exist there) for a module-relative
    path: the directory of the module's file; for __main__ without a file, the script's
    (or the current) directory; for a package without a file, each of its __path__."""
    file = getattr(package, '__file__', None)
    if file:
        return [os.path.dirname(file)], False
    if package.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        return [os.path.dirname(script) if script else os.curdir], False
    return list(getattr(package, '__path__', ())), True


def DocFileSuite(*paths, module_relative=True, package=None, setUp=None, tearDown=None,
                 globs=None, parser=DocTestParser(), encoding=None, **options):
    """A unittest suite with one test case per text file of examples."""
    suite = _DocTestSuite()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    if module_relative:
        package = _calling_module(package, 2)
    for path in paths:
        filename = _file_path(path, module_relative, package)
        with open(filename, encoding=encoding or 'utf-8') as f:
            text = f.read()
        file_globs = {} if globs is None else globs.copy()
        if '__file__' not in file_globs:
            file_globs['__file__'] = filename
        name = os.path.basename(filename)
        test = parser.get_doctest(text, file_globs, name, filename, 0)
        suite.addTest(DocFileCase(test, setUp=setUp, tearDown=tearDown, **options))
    return suite


def testsource(module, name):
    """The examples of the docstring named name in module, as a script."""
    module = _calling_module(module, 2)
    tests = [t for t in DocTestFinder().find(module) if t.name == name]
    if not tests:
        raise ValueError(name, "not found in tests")
    return script_from_examples(tests[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest's debugger functions need pdb, which pygil does not "
                              "have yet")


debug_script = debug = debug_src


def script_from_examples(s):
    """The examples of s as a script: sources as code, the rest (and outputs) as comments."""
    lines = []
    for piece in DocTestParser().parse(s):
        if not isinstance(piece, Example):
            # prose: every complete line becomes a comment ('#' alone when blank)
            lines.extend('# ' + text.rstrip() if text.strip() else '#'
                         for text in piece.split('\n')[:-1])
            continue
        lines.append(piece.source[:-1])     # without its final newline
        if piece.want:
            lines.append('# Expected:')
            lines.extend('## ' + text for text in piece.want.split('\n')[:-1])
    # no empty comment lines at either end
    first = 0
    while first < len(lines) and lines[first] == '#':
        first += 1
    last = len(lines)
    while last > first and lines[last - 1] == '#':
        last -= 1
    return '\n'.join(lines[first:last]) + '\n'


_FLAG_CHOICES = ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
                 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'REPORT_UDIFF', 'REPORT_CDIFF',
                 'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')
_USAGE = ('usage: doctest.py [-h] [-v]\n'
          '                  [-o {%s}]\n'
          '                  [-f]\n'
          '                  file [file ...]\n' % ','.join(_FLAG_CHOICES))
_HELP = _USAGE + """
doctest runner

positional arguments:
  file                  file containing the tests to run

options:
  -h, --help            show this help message and exit
  -v, --verbose         print very verbose output for all tests
  -o {%s}, --option {%s}
                        specify a doctest option flag to apply to the test
                        run; may be specified more than once to apply multiple
                        options
  -f, --fail-fast       stop running tests after first failure (this is a
                        shorthand for -o FAIL_FAST, and is in addition to any
                        other -o options)
""" % (','.join(_FLAG_CHOICES), ','.join(_FLAG_CHOICES))


def _usage_error(message):
    sys.stderr.write(_USAGE + 'doctest.py: error: %s\n' % message)
    sys.exit(2)     # as argparse does


def _test():
    """python -m doctest [-v] [-o FLAG] [-f] FILE...: a .py file's module is imported and
    checked with testmod, any other file with testfile. Exit status 1 on failures."""
    testfiles = []
    unknown = []
    verbose = False
    options = 0
    args = sys.argv[1:]
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if arg in ('-h', '--help'):
            print(_HELP, end='')
            return 0
        if arg in ('-v', '--verbose'):
            verbose = True
        elif arg in ('-f', '--fail-fast'):
            options |= FAIL_FAST
        elif arg in ('-o', '--option') or arg.startswith('--option=') or \
                (arg.startswith('-o') and len(arg) > 2):
            if arg in ('-o', '--option'):
                if i >= len(args):
                    _usage_error('argument -o/--option: expected one argument')
                value = args[i]
                i += 1
            else:
                value = arg.split('=', 1)[1] if arg.startswith('--') else arg[2:]
            if value not in _FLAG_CHOICES:
                _usage_error("argument -o/--option: invalid choice: %r (choose from %s)"
                             % (value, ', '.join(repr(c) for c in _FLAG_CHOICES)))
            options |= OPTIONFLAGS_BY_NAME[value]
        elif arg.startswith('-') and arg != '-':
            unknown.append(arg)
        else:
            testfiles.append(arg)
    if not testfiles:
        _usage_error('the following arguments are required: file')
    if unknown:
        _usage_error('unrecognized arguments: %s' % ' '.join(unknown))
    for path in testfiles:
        if _check_file(path, verbose, options).failed:
            return 1
    return 0


def _check_file(path, verbose, options):
    """testmod() on the module a .py file holds (imported from its directory), testfile()
    on any other file."""
    if not path.endswith('.py'):
        return testfile(path, module_relative=False, verbose=verbose, optionflags=options)
    directory, base = os.path.split(path)
    sys.path.insert(0, directory)
    try:
        module = __import__(base[:-len('.py')])
    finally:
        sys.path.remove(directory)
    return testmod(module, verbose=verbose, optionflags=options)


if __name__ == "__main__":
    sys.exit(_test())
