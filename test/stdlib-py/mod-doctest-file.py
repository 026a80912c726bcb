# doctest.testfile and DocFileSuite on a text file of examples, written to a temporary
# directory; the reports are captured and the directory's path replaced by TMP.
import contextlib
import doctest
import io
import os
import shutil
import tempfile
import unittest

ROOT = os.path.realpath(tempfile.mkdtemp())
path = os.path.join(ROOT, "examples.txt")
with open(path, "w") as f:
    f.write("A text file of examples.\n\n>>> 1 + 2\n3\n>>> print('x')\ny\n"
            ">>> words = 'a b c'.split()\n>>> words\n['a', 'b', 'c']\n")


def show(fn, *args, **kwargs):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        result = fn(*args, **kwargs)
    print(out.getvalue().replace(ROOT, "TMP"), end="")
    return result


try:
    print(show(doctest.testfile, path, module_relative=False))
    print(show(doctest.testfile, path, module_relative=False, verbose=True, report=False))
    print(show(doctest.testfile, path, module_relative=False, optionflags=doctest.REPORT_NDIFF))
    report = io.StringIO()
    suite = doctest.DocFileSuite(path, module_relative=False)
    r = unittest.TextTestRunner(stream=report).run(suite)
    print(report.getvalue().replace(ROOT, "TMP"))
    print(r.testsRun, len(r.failures))
    try:
        doctest.testfile("relative/but/missing.txt")
    except OSError as e:
        print(type(e).__name__, e.strerror)
finally:
    shutil.rmtree(ROOT, ignore_errors=True)
