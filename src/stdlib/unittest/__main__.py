"""python -m unittest [options] [tests]: named test modules, classes and methods, or (with no
names, or `discover`) the tests found under the current directory."""

import sys

__unittest = True

from .main import main

sys.argv[0] = "python -m unittest"
main(module=None)
