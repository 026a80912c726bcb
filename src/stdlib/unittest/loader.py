"""TestLoader: finds the test methods of TestCase classes and builds suites of them."""

import os
import sys
import types
import fnmatch
import functools
import traceback

from . import case, suite, util

__unittest = True


class _FailedTest(case.TestCase):
    """A test standing for a name that could not be loaded: running it raises the error."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super(_FailedTest, self).__getattr__(name)

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def _make_failed_import_test(name, suiteClass):
    # the module's import error, with its traceback, becomes the error of a test named after it
    message = 'Failed to import test module: %s\n%s' % (name, traceback.format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_skipped_test(methodname, exception, suiteClass):
    @case.skip(str(exception))
    def testSkipped(self):
        pass
    attrs = {methodname: testSkipped}
    TestClass = type("ModuleSkipped", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),))


def _splitext(path):
    return os.path.splitext(path)[0]


def _valid_module_name(basename):
    # a Python identifier followed by .py (letters, digits, _; not starting with a digit)
    if not basename.lower().endswith('.py'):
        return False
    stem = basename[:-3]
    return bool(stem) and (stem[0] == '_' or 'a' <= stem[0].lower() <= 'z') and \
        all(ch.isalnum() or ch == '_' for ch in stem)


class TestLoader(object):
    """Makes suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite with one instance of the class per test method."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            testCaseNames = []      # the base classes themselves hold no tests
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the suites of every TestCase class in the module (or load_tests')."""
        if len(args) > 0 or 'use_load_tests' in kws:
            import warnings
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            complaint = len(args) + 1
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(complaint))
        if len(kws) != 0:
            complaint = sorted(kws)[0]
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(complaint))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase) and
                    obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
                error_case, error_message = _make_failed_test(
                    module.__name__, e, self.suiteClass, error_message)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, class, method, suite or callable
        returning one, looked up from module when given."""
        parts = name.split('.')
        # A failed import is held back: the name may continue with attributes below a
        # shorter prefix that does import, so it only matters if that walk fails too.
        import_failure = None
        if module is None:
            module, import_failure = self._import_longest_prefix(parts)
            if module is None:
                self.errors.append(import_failure[1])
                return import_failure[0]
            parts = parts[1:]  # __import__ hands back the top-level package
        parent, obj = None, module
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if import_failure is not None and getattr(obj, '__path__', None) is not None:
                    # a package lacking the attribute: its submodule's import error explains it
                    failure = import_failure
                else:
                    failure = _make_failed_test(part, e, self.suiteClass,
                                                'Failed to access attribute:\n%s' % (e,))
                self.errors.append(failure[1])
                return failure[0]
        return self._tests_from_object(obj, parent, parts)

    def _import_longest_prefix(self, parts):
        """(top-level module of the longest importable prefix of parts, or None;
        the failed-import (test, message) of the shortest prefix that failed, or None)."""
        failure = None
        for end in range(len(parts), 0, -1):
            try:
                return __import__('.'.join(parts[:end])), failure
            except ImportError:
                # built here, while the import's traceback is still the current exception
                failure = _make_failed_import_test(parts[end - 1], self.suiteClass)
        return None, failure

    def _tests_from_object(self, obj, parent, parts):
        """The tests of what loadTestsFromName found (parent: the object it was read from)."""
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, suite.TestSuite):
            return obj
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            # a method named through its TestCase class runs as one instance; a static
            # method (still a plain function on the instance) is called like any callable
            method_name = parts[-1]
            instance = parent(method_name)
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """The names of the class's test methods (prefix 'test', callable), sorted."""
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            fullName = f'%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                      attrname)
            return self.testNamePatterns is None or \
                any(_match_pattern(fullName, pattern) for pattern in self.testNamePatterns)
        testFnNames = list(filter(shouldIncludeMethod, dir(testCaseClass)))
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module named like pattern under start_dir (recursing into
        packages: directories with an __init__.py), imported relative to top_level_dir
        (start_dir by default), which is put first on sys.path. start_dir may also be the
        dotted name of an importable package."""
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            # 3.11 keeps the top-level directory of an earlier discover() on this loader
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        importable = True
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                importable = os.path.isfile(os.path.join(start_dir, '__init__.py'))
        else:
            try:
                __import__(start_dir)
            except ImportError:
                importable = False
            else:
                start_dir = self._directory_of_dotted_name(start_dir, implicit_top,
                                                           top_level_dir)
        if not importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _directory_of_dotted_name(self, name, implicit_top, top_level_dir):
        module = sys.modules[name]
        try:
            directory = os.path.abspath(os.path.dirname(module.__file__))
        except (AttributeError, TypeError):
            if module.__name__ in sys.builtin_module_names:
                raise TypeError('Can not use builtin modules as dotted module names') from None
            raise TypeError(f"don't know how to discover from {module!r}") from None
        if implicit_top:
            # the top is the directory holding the name's top-level package
            top = sys.modules[name.split('.')[0]]
            top_file = os.path.abspath(top.__file__)
            if os.path.basename(top_file).lower().startswith('__init__.py'):
                self._top_level_dir = os.path.dirname(os.path.dirname(top_file))
            else:
                self._top_level_dir = os.path.dirname(top_file)
            sys.path.remove(top_level_dir)
        return directory

    def _get_name_from_path(self, path):
        """Dotted module name of a path under the top-level directory ('.' for the top)."""
        if path == self._top_level_dir:
            return '.'
        relative = os.path.relpath(_splitext(os.path.normpath(path)), self._top_level_dir)
        # discovery never leaves the top-level directory
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return '.'.join(relative.split(os.path.sep))

    def _get_module_from_name(self, name):
        # __import__ answers with the top-level package; the module itself is in sys.modules
        __import__(name)
        return sys.modules[name]

    def _find_tests(self, start_dir, pattern):
        """The suites of the matching modules in start_dir and its packages, by name order."""
        own_name = self._get_name_from_path(start_dir)
        # start_dir is a candidate itself (a package's load_tests may take over) unless it
        # is the top-level directory or a package whose load_tests is running right now
        if own_name != '.' and own_name not in self._loading_packages:
            found, descend = self._find_test_path(start_dir, pattern)
            if found is not None:
                yield found
            if not descend:
                return
        for entry in sorted(os.listdir(start_dir)):
            entry_path = os.path.join(start_dir, entry)
            found, descend = self._find_test_path(entry_path, pattern)
            if found is not None:
                yield found
            if not descend:
                continue
            # mark the package so the recursive call does not take it up a second time
            package = self._get_name_from_path(entry_path)
            self._loading_packages.add(package)
            try:
                yield from self._find_tests(entry_path, pattern)
            finally:
                self._loading_packages.discard(package)

    def _find_test_path(self, full_path, pattern):
        """(tests or None, whether to look inside) for one directory entry."""
        basename = os.path.basename(full_path)
        if os.path.isfile(full_path):
            if not _valid_module_name(basename):
                return None, False
            if not fnmatch.fnmatch(basename, pattern):
                return None, False
            name = self._get_name_from_path(full_path)
            try:
                module = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            mod_file = os.path.abspath(getattr(module, '__file__', full_path))
            realpath = _splitext(os.path.realpath(mod_file))
            fullpath_noext = _splitext(os.path.realpath(full_path))
            if realpath.lower() != fullpath_noext.lower():
                module_dir = os.path.dirname(realpath)
                mod_name = _splitext(os.path.basename(full_path))
                expected_dir = os.path.dirname(full_path)
                raise ImportError("%r module incorrectly imported from %r. Expected %r. "
                                  "Is this module globally installed?"
                                  % (mod_name, module_dir, expected_dir))
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False      # 3.11 looks only into regular packages
            load_tests = None
            tests = None
            name = self._get_name_from_path(full_path)
            try:
                package = self._get_module_from_name(name)
            except case.SkipTest as e:
                return _make_skipped_test(name, e, self.suiteClass), False
            except:
                error_case, error_message = _make_failed_import_test(name, self.suiteClass)
                self.errors.append(error_message)
                return error_case, False
            load_tests = getattr(package, 'load_tests', None)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
                if load_tests is not None:
                    return tests, False     # load_tests decides about the package's modules
                return tests, True
            finally:
                self._loading_packages.discard(name)
        return None, False


def _match_pattern(name, pattern):
    # testNamePatterns are shell patterns (main() turns -k foo into *foo*)
    return fnmatch.fnmatchcase(name, pattern)


defaultTestLoader = TestLoader()
