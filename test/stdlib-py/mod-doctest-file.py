# doctest.testfile and DocFileSuite on a text file of examples (written next to this program
# while it runs, then removed).
import doctest
import os
import sys
import unittest

NAME = "mod-doctest-file-examples.txt"
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)
with open(path, "w") as f:
    f.write("A text file of examples.\n\n>>> 1 + 2\n3\n>>> print('x')\ny\n"
            ">>> words = 'a b c'.split()\n>>> words\n['a', 'b', 'c']\n")
try:
    print(doctest.testfile(NAME))
    print(doctest.testfile(NAME, verbose=True, report=False))
    print(doctest.testfile(path, module_relative=False, optionflags=doctest.REPORT_NDIFF))
    r = unittest.TextTestRunner(stream=sys.stdout).run(doctest.DocFileSuite(NAME))
    print(r.testsRun, len(r.failures))
finally:
    os.remove(path)
