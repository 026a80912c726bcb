"""python -m unittest: pygil runs named test modules; discovery is not supported yet."""

import sys

__unittest = True

if len(sys.argv) <= 1 or sys.argv[1].startswith('-') and all(a.startswith('-') for a in sys.argv[1:]):
    raise SystemExit("python -m unittest: test discovery is not supported by pygil yet; "
                     "name the test modules (python -m unittest test_mod) or run a test file")

from .main import main

sys.argv[0] = "python -m unittest"
main(module=None)
