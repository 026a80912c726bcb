"""python -m unittest [options] [tests]: named test modules, classes and methods, or (with no
names, or `discover`) the tests found under the current directory."""

import sys

__unittest = True

from .main import main

# CPython names itself after its executable ("python3 -m unittest"); pygil takes python3's
# command line, so it says the same
sys.argv[0] = "python3 -m unittest"
main(module=None)
