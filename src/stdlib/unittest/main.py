"""unittest.main(): run the tests of a module from the command line, then exit."""

import sys
import os

from . import loader, runner
from .signals import installHandler

__unittest = True

# the options both help texts list; argparse pads them to the widest option of each parser
_COMMON_OPTIONS = (
    ("-h, --help", "show this help message and exit"),
    ("-v, --verbose", "Verbose output"),
    ("-q, --quiet", "Quiet output"),
    ("--locals", "Show local variables in tracebacks"),
    ("-f, --failfast", "Stop on first fail or error"),
    ("-c, --catch", "Catch Ctrl-C and display results so far"),
    ("-b, --buffer", "Buffer stdout and stderr during tests"),
    ("-k TESTNAMEPATTERNS", "Only run tests which match the given substring"),
)


def _option_lines(width):
    return "".join("  %-*s%s\n" % (width, flag, text) for flag, text in _COMMON_OPTIONS)


_MAIN_HELP = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
""" + _option_lines(21)

_DISCOVERY_HELP = """
options:
""" + _option_lines(22) + """\
  -s START, --start-directory START
                        Directory to start discovery ('.' default)
  -p PATTERN, --pattern PATTERN
                        Pattern to match tests ('test*.py' default)
  -t TOP, --top-level-directory TOP
                        Top level directory of project (defaults to start
                        directory)

For test discovery all test modules must be importable from the top level
directory of the project.
"""

# the examples after the help of `python -m unittest` and of a test module's main()
def _examples(rows):
    """The "Examples:" text: one "  PROG COMMAND - WHAT" line per row, dashes aligned;
    a description may continue on further lines under its first word."""
    lines = ['Examples:']
    for command, what in rows:
        what = what.replace('\n', '\n' + ' ' * 39)
        lines.append('  %(prog)s ' + command.ljust(26) + '- ' + what)
    return '\n'.join(lines) + '\n'


MAIN_EXAMPLES = _examples([
    ('test_module', 'run tests from test_module'),
    ('module.TestClass', 'run tests from module.TestClass'),
    ('module.Class.test_method', 'run specified test method'),
    ('path/to/test_file.py', 'run tests from test_file.py'),
])

MODULE_EXAMPLES = _examples([
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods\nin MyTestCase"),
])

_COMMON_USAGE = ['[-h]', '[-v]', '[-q]', '[--locals]', '[-f]', '[-c]', '[-b]',
                 '[-k TESTNAMEPATTERNS]']
_SWITCH_USAGE = {'[-f]': 'failfast', '[-c]': 'catchbreak', '[-b]': 'buffer'}
_SWITCH_HELP = {'failfast': '  -f, --failfast', 'catchbreak': '  -c, --catch',
                'buffer': '  -b, --buffer'}


def _format_usage(prog, optionals, positionals, width=78):
    """"usage: PROG [opts] [pos]" wrapped as argparse wraps it for a width of 78."""
    prefix = 'usage: '
    one_line = ' '.join([prog] + optionals + positionals)
    if len(prefix) + len(one_line) <= width:
        return prefix + one_line + '\n'

    def lines_of(parts, indent, first_prefix=None):
        lines, line = [], []
        length = len(first_prefix) - 1 if first_prefix is not None else len(indent) - 1
        for part in parts:
            if length + 1 + len(part) > width and line:
                lines.append(indent + ' '.join(line))
                line = []
                length = len(indent) - 1
            line.append(part)
            length += len(part) + 1
        if line:
            lines.append(indent + ' '.join(line))
        if first_prefix is not None:
            lines[0] = lines[0][len(indent):]
        return lines

    if len(prefix) + len(prog) <= 0.75 * width:
        indent = ' ' * (len(prefix) + len(prog) + 1)
        lines = lines_of([prog] + optionals, indent, prefix)
        lines.extend(lines_of(positionals, indent))
    else:
        indent = ' ' * len(prefix)
        lines = lines_of(optionals + positionals, indent)
        lines = [prog] + lines
    return prefix + '\n'.join(lines) + '\n'


_FLAGS = {
    '-v': ('verbosity', 2), '--verbose': ('verbosity', 2),
    '-q': ('verbosity', 0), '--quiet': ('verbosity', 0),
    '--locals': ('tb_locals', True),
    '-f': ('failfast', True), '--failfast': ('failfast', True),
    '-c': ('catchbreak', True), '--catch': ('catchbreak', True),
    '-b': ('buffer', True), '--buffer': ('buffer', True),
}


class _UsageError(Exception):
    pass


class TestProgram(object):
    """Loads the tests named on the command line (all of the module's by default), runs
    them with a TextTestRunner and exits with status 0 (success) or 1."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        # module may be given by dotted name; __import__ returns the top package
        if isinstance(module, str):
            obj = __import__(module)
            for attr in module.split('.')[1:]:
                obj = getattr(obj, attr)
            module = obj
        self.module = module
        argv = sys.argv if argv is None else argv

        # settings for the runner; command-line switches may still override them
        self.verbosity, self.tb_locals = verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        # with no explicit choice and no -W option, warnings are shown as with -W default
        no_choice = warnings is None and not sys.warnoptions
        self.warnings = 'default' if no_choice else warnings

        self.exit = exit
        self.defaultTest = defaultTest
        self.testRunner, self.testLoader = testRunner, testLoader
        self.progName = os.path.basename(argv[0])

        self.parseArgs(argv)
        self.runTests()

    def _usage(self, discovery=False):
        if '_switches' not in self.__dict__:
            self._init_switches()
        optionals = [part for part in _COMMON_USAGE
                     if part not in _SWITCH_USAGE or _SWITCH_USAGE[part] in self._switches]
        if discovery:
            return _format_usage(self.progName + ' discover', optionals +
                                 ['[-s START]', '[-p PATTERN]', '[-t TOP]'], [])
        return _format_usage(self.progName, optionals, ['[tests ...]'])

    def _help_text(self, text):
        # the help without the lines of switches main() was given a value for
        lines = text.split('\n')
        return '\n'.join(line for line in lines
                         if not any(line.startswith(_SWITCH_HELP[attr])
                                    for attr in ('failfast', 'catchbreak', 'buffer')
                                    if attr not in self._switches))

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        if self.module is None:
            print(self._usage() + self._help_text(_MAIN_HELP))
            print(MAIN_EXAMPLES % {'prog': self.progName})
            print(self._usage(discovery=True) + self._help_text(_DISCOVERY_HELP), end='')
        else:
            print(self._usage() + self._help_text(_MAIN_HELP))
            print(MODULE_EXAMPLES % {'prog': self.progName})

    def _usage_error(self, message, discovery=False):
        prog = self.progName + (' discover' if discovery else '')
        sys.stderr.write(self._usage(discovery))
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def _init_switches(self):
        # -f, -c and -b exist only for the settings that are still None (main() was not given
        # them); those default to False. Decided at each parseArgs, as CPython builds its
        # argparse parsers there.
        self._switches = [attr for attr in ('failfast', 'catchbreak', 'buffer')
                          if getattr(self, attr) is None]
        for attr in self._switches:
            setattr(self, attr, False)

    def parseArgs(self, argv):
        self._init_switches()
        if ((len(argv) > 1 and argv[1].lower() == 'discover') or
                (len(argv) == 1 and self.module is None)):
            self._do_discovery(argv[2:])
            return
        try:
            self._parse_options(argv[1:])
        except _UsageError as e:
            self._usage_error(e)
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.module is None:
            # python -m unittest -v: discovery, with the options already read
            self._do_discovery([])
            return
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, args, Loader=None):
        """python -m unittest [discover] [-s START] [-p PATTERN] [-t TOP] [START [PATTERN [TOP]]]"""
        if '_switches' not in self.__dict__:
            self._init_switches()
        self.start, self.pattern, self.top = '.', 'test*.py', None
        try:
            self._parse_options(args, discovery=True)
            positional = self.tests
            if len(positional) > 3:
                raise _UsageError('unrecognized arguments: %s' % ' '.join(positional[3:]))
            for attr, value in zip(('start', 'pattern', 'top'), positional):
                setattr(self, attr, value)
        except _UsageError as e:
            self._usage_error(e, discovery=True)
        loader = self.testLoader if Loader is None else Loader()
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        self.test = loader.discover(self.start, self.pattern, self.top)

    def _parse_options(self, args, discovery=False):
        # the options of `python -m unittest`'s module form, as its argparse parser takes them
        self.tests = []
        unknown = []
        discovery_options = {'-s': 'start', '--start-directory': 'start',
                             '-p': 'pattern', '--pattern': 'pattern',
                             '-t': 'top', '--top-level-directory': 'top'}
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg in ('-h', '--help'):
                if discovery:
                    print(self._usage(discovery=True) + self._help_text(_DISCOVERY_HELP), end='')
                else:
                    self._print_help()
                sys.exit(0)
            if arg in _FLAGS and (_FLAGS[arg][0] in ('verbosity', 'tb_locals') or
                                  _FLAGS[arg][0] in self._switches):
                attr, value = _FLAGS[arg]
                setattr(self, attr, value)
            elif arg == '-k' or arg.startswith('-k'):
                pattern = arg[2:]
                if not pattern:
                    if i >= len(args):
                        raise _UsageError('argument -k: expected one argument')
                    pattern = args[i]
                    i += 1
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                if '*' not in pattern:
                    pattern = '*%s*' % pattern    # no wildcard: a substring
                self.testNamePatterns.append(pattern)
            elif discovery and arg in discovery_options:
                if i >= len(args):
                    names = {'start': '-s/--start-directory', 'pattern': '-p/--pattern',
                             'top': '-t/--top-level-directory'}
                    raise _UsageError('argument %s: expected one argument'
                                      % names[discovery_options[arg]])
                setattr(self, discovery_options[arg], args[i])
                i += 1
            elif arg.startswith('-') and arg != '-':
                unknown.append(arg)
            else:
                self.tests.append(arg)
        if unknown:
            raise _UsageError('unrecognized arguments: %s' % ' '.join(unknown))

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            # -k patterns reach the loader, which filters method names with them
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            # nothing named: every test of the module
            self.test = self.testLoader.loadTestsFromModule(self.module)
            return
        self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _make_runner(self):
        """The runner instance: testRunner may already be one, or be a class to call."""
        runner_class = self.testRunner
        if runner_class is None:
            runner_class = runner.TextTestRunner
        if not isinstance(runner_class, type):
            return runner_class
        settings = dict(verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals)
        # older runner classes may not know tb_locals, or take no arguments at all
        try:
            return runner_class(**settings)
        except TypeError:
            pass
        del settings['tb_locals']
        try:
            return runner_class(**settings)
        except TypeError:
            return runner_class()

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        test_runner = self._make_runner()
        self.result = test_runner.run(self.test)
        if self.exit:
            # exit status 0 when every test passed, 1 otherwise
            sys.exit(not self.result.wasSuccessful())


def _convert_name(name):
    # a path to a .py file under the current directory names its module
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


main = TestProgram
