import a
import a.b.c
import a as b, c.d as e, f
from a import b
from a import b as c, d
from a import (b, c,)
from a import (b as c,
               d as e)
from . import a
from .. import b
from ... import c
from .... import d
from .a import b
from ..a.b import c
from .....x import *
from a import *
import   spaced  .  module
