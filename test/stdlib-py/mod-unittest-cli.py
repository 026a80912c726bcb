# unittest.main's command line: help and usage errors (argparse's texts, wrapped for long
# program names), for a test module and for `python -m unittest` (module=None).
import sys
import unittest


class T(unittest.TestCase):
    def test_a(self):
        pass


for prog, module, args in [("t.py", "__main__", ["-h"]), ("t.py", "__main__", ["-x", "-y"]),
                           ("t.py", "__main__", ["-k"]),
                           ("a_rather_long_test_program_name_for_the_usage_line.py", "__main__", ["-x"]),
                           ("python3 -m unittest", None, ["-h"]),
                           ("python3 -m unittest", None, ["discover", "-h"]),
                           ("python3 -m unittest", None, ["discover", "-s"]),
                           ("python3 -m unittest", None, ["discover", "a", "b", "c", "d"])]:
    print("==", prog, *args)
    sys.stdout.flush()
    try:
        unittest.main(module=module, argv=[prog] + args)
    except SystemExit as e:
        sys.stderr.flush()
        print("exit", e.code)
