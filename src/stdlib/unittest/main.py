"""unittest.main(): run the tests of a module from the command line, then exit."""

import sys
import os

from . import loader, runner

__unittest = True

_OPTIONS_HELP = """\

positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""

_MAIN_EXAMPLES = """\

Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

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
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            # as python -W default: DeprecationWarnings raised by tests are shown
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage(self):
        head = 'usage: %s ' % self.progName
        return (head + '[-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]\n' +
                ' ' * len(head) + '[tests ...]\n')

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _print_help(self, *args, **kwargs):
        print(self._usage() + _OPTIONS_HELP + _MAIN_EXAMPLES % {'prog': self.progName})

    def parseArgs(self, argv):
        if ((len(argv) > 1 and argv[1].lower() == 'discover') or
                (len(argv) == 1 and self.module is None)):
            self._do_discovery(argv[2:])
            return
        try:
            self._parse_options(argv[1:])
        except _UsageError as e:
            sys.stderr.write(self._usage())
            sys.stderr.write('%s: error: %s\n' % (self.progName, e))
            sys.exit(2)
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.module is None:
            # python -m unittest -v: discovery with these options
            self._do_discovery(argv[1:])
            return
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _do_discovery(self, args):
        """python -m unittest [discover] [-s START] [-p PATTERN] [-t TOP] [START [PATTERN [TOP]]]"""
        self.start, self.pattern, self.top = '.', 'test*.py', None
        try:
            self._parse_options(args, discovery=True)
            positional = self.tests
            if len(positional) > 3:
                raise _UsageError('unrecognized arguments: %s' % ' '.join(positional[3:]))
            for attr, value in zip(('start', 'pattern', 'top'), positional):
                setattr(self, attr, value)
        except _UsageError as e:
            sys.stderr.write(self._usage())
            sys.stderr.write('%s: error: %s\n' % (self.progName, e))
            sys.exit(2)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(self.start, self.pattern, self.top)

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
                self._print_help()
                sys.exit(0)
            if arg in _FLAGS:
                attr, value = _FLAGS[arg]
                if attr == 'verbosity' or getattr(self, attr) is None or attr == 'tb_locals':
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
                self.testNamePatterns.append(pattern)
            elif discovery and arg in discovery_options:
                if i >= len(args):
                    raise _UsageError('argument %s: expected one argument' % arg)
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
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            from .signals import installHandler
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # a runner class that does not take tb_locals
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
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
