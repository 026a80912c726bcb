"""Disassembler of pygil bytecode, in the layout of CPython's dis module.

pygil compiles to its own bytecode (close to CPython 3.11's, without RESUME, CACHE
entries or specialisation), so the listing shows what pygil runs: enough to see, for
instance, that `counter += 1` is a load, an add and a store a thread switch can split.
"""

import sys
import types
import collections
import re

import _pygil_dis

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts",
           "get_instructions", "Instruction", "Bytecode", "show_code"]

_have_code = (types.MethodType, types.FunctionType, types.CodeType, classmethod,
              staticmethod, type)


def _get_code_object(x):
    """The code object behind a function, method, generator, coroutine or source string."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if isinstance(x, str):
        x = compile(x, '<disassembly>', 'exec')
    if isinstance(x, types.CodeType):
        return x
    raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble a class, method, function, generator, coroutine, code object or
    source string (the last traceback when x is None)."""
    if x is None:
        distb(file=file)
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    if hasattr(x, '__dict__') and not isinstance(x, types.CodeType):
        items = sorted(x.__dict__.items())
        for name, x1 in items:
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif isinstance(x, types.CodeType):
        _disassemble_recursive(x, file=file, depth=depth)
    elif isinstance(x, (bytes, bytearray)):
        raise TypeError("pygil cannot disassemble raw bytecode")
    elif isinstance(x, str):
        _disassemble_recursive(compile(x, '<dis>', 'exec'), file=file, depth=depth)
    else:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of a traceback's innermost frame (the last one by default)."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble") from None
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble one code object (not the ones nested in it)."""
    print(_pygil_dis.disassemble_one(co), end="", file=file)


disco = disassemble


def _disassemble_recursive(co, *, file=None, depth=None):
    disassemble(co, file=file)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if isinstance(x, types.CodeType):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth)


Instruction = collections.namedtuple(
    "Instruction",
    "opname opcode arg argval argrepr offset starts_line is_jump_target positions")
Instruction.__doc__ = "Details for a bytecode operation"

_LINE = re.compile(r"^(?P<line>[ \d]{4}) (?P<mark>>>|  ) +(?P<offset>\d+) (?P<name>\S+)"
                   r"(?: +(?P<arg>-?\d+)(?: \((?P<repr>.*)\))?)?$")


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code of x (opcode numbers are pygil's)."""
    co = _get_code_object(x)
    for text in _pygil_dis.disassemble_one(co).splitlines():
        m = _LINE.match(text)
        if not m:
            continue
        line = m.group('line').strip()
        arg = m.group('arg')
        argrepr = m.group('repr') or ''
        yield Instruction(m.group('name'), None, int(arg) if arg is not None else None,
                          argrepr or (int(arg) if arg is not None else None), argrepr,
                          int(m.group('offset')), int(line) if line else None,
                          m.group('mark') == '>>', None)


class Bytecode:
    """The instructions of a piece of code, iterable, with dis() for the listing."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False):
        self.codeobj = co = _get_code_object(x)
        self.first_line = co.co_firstlineno if first_line is None else first_line
        self._original_object = x
        self.current_offset = current_offset

    def __iter__(self):
        return get_instructions(self.codeobj)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    def info(self):
        return code_info(self.codeobj)

    def dis(self):
        return _pygil_dis.disassemble_one(self.codeobj)


def findlinestarts(code):
    """(offset, line number) pairs where a source line starts."""
    for ins in get_instructions(code):
        if ins.starts_line is not None:
            yield ins.offset, ins.starts_line


def code_info(x):
    """Formatted details of the code object of x."""
    co = _get_code_object(x)
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    if co.co_consts:
        lines.append("Constants:")
        for i_c in enumerate(co.co_consts):
            lines.append("%4d: %r" % i_c)
    if co.co_names:
        lines.append("Names:")
        for i_n in enumerate(co.co_names):
            lines.append("%4d: %s" % i_n)
    if co.co_varnames:
        lines.append("Variable names:")
        for i_n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % i_n)
    if co.co_freevars:
        lines.append("Free variables:")
        for i_n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % i_n)
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i_n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % i_n)
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print details of the code object of co."""
    print(code_info(co), file=file)
