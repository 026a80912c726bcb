"""Abstract syntax trees: ast.parse, ast.dump, ast.literal_eval, walkers and visitors.

The nodes come from pygil's parser (the same tree `pygil --ast` prints), as instances of
classes named and shaped like CPython 3.11's (fields, _attributes, the abstract bases).
compile() of a tree is not supported.
"""

import _pygil_ast

__all__ = ["AST", "parse", "dump", "literal_eval", "walk", "iter_fields", "iter_child_nodes",
           "NodeVisitor", "NodeTransformer", "get_docstring", "copy_location",
           "fix_missing_locations", "increment_lineno", "get_source_segment", "PyCF_ONLY_AST",
           "PyCF_TYPE_COMMENTS", "PyCF_ALLOW_TOP_LEVEL_AWAIT"]

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{len(self._fields)} positional argument{'' if len(self._fields) == 1 else 's'}")
        for name, value in zip(self._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__


# The abstract classes of the grammar and the node types under each (CPython 3.11's ASDL).
_BASES = {
    "mod": "Module Interactive Expression FunctionType",
    "stmt": "FunctionDef AsyncFunctionDef ClassDef Return Delete Assign AugAssign AnnAssign For "
            "AsyncFor While If With AsyncWith Match Raise Try TryStar Assert Import ImportFrom "
            "Global Nonlocal Expr Pass Break Continue",
    "expr": "BoolOp NamedExpr BinOp UnaryOp Lambda IfExp Dict Set ListComp SetComp DictComp "
            "GeneratorExp Await Yield YieldFrom Compare Call FormattedValue JoinedStr Constant "
            "Attribute Subscript Starred Name List Tuple Slice",
    "expr_context": "Load Store Del",
    "boolop": "And Or",
    "operator": "Add Sub Mult MatMult Div Mod Pow LShift RShift BitOr BitXor BitAnd FloorDiv",
    "unaryop": "Invert Not UAdd USub",
    "cmpop": "Eq NotEq Lt LtE Gt GtE Is IsNot In NotIn",
    "excepthandler": "ExceptHandler",
    "pattern": "MatchValue MatchSingleton MatchSequence MatchMapping MatchClass MatchStar "
               "MatchAs MatchOr",
    "type_ignore": "TypeIgnore",
}
_POSITIONED = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')
_NODE_FIELDS = _pygil_ast.node_fields()
_OPTIONAL = {}


def _make_classes():
    made = {"AST": AST}
    base_of = {}
    for base, names in _BASES.items():
        for name in names.split():
            base_of[name] = base
    for base in _BASES:
        attrs = _POSITIONED if base in ("stmt", "expr", "excepthandler", "pattern") else ()
        made[base] = type(base, (AST,), {"_fields": (), "_attributes": attrs, "__module__": "ast"})
    for name, (fields, optional, positioned) in _NODE_FIELDS.items():
        if name in made:
            continue
        parent = made.get(base_of.get(name), AST)
        ns = {"_fields": tuple(fields), "__module__": "ast",
              "_attributes": _POSITIONED if positioned else ()}
        for opt in optional:
            ns[opt] = None      # an omitted optional field reads as None
        if positioned and name not in base_of:
            ns["end_lineno"] = None
            ns["end_col_offset"] = None
        elif positioned:
            ns["end_lineno"] = None
            ns["end_col_offset"] = None
        made[name] = type(name, (parent,), ns)
        _OPTIONAL[name] = tuple(optional)
    return made


globals().update(_make_classes())
# singletons of the context and operator nodes, as CPython's parser shares them
_SHARED = {}


def _build(raw):
    if type(raw) is tuple and len(raw) == 3 and type(raw[0]) is str and raw[0] in _NODE_FIELDS:
        name, values, attrs = raw
        cls = globals()[name]
        if not cls._fields and attrs is None:
            node = _SHARED.get(name)
            if node is None:
                node = _SHARED[name] = cls()
            return node
        node = cls.__new__(cls)
        for field, value in zip(cls._fields, values):
            setattr(node, field, _build(value))
        if attrs is not None:
            for attr, value in zip(_POSITIONED, attrs):
                setattr(node, attr, value)
        return node
    if type(raw) is list:
        return [_build(v) for v in raw]
    return raw


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """Parse the source into an AST node (mode 'exec' gives a Module, 'eval' an Expression)."""
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).decode('utf-8')
    return _build(_pygil_ast.parse(source, str(filename), mode))


def literal_eval(node_or_string):
    """Evaluate a string or node holding only a Python literal: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None and Ellipsis (no names, no calls but set())."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            else:
                return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        elif isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        elif isinstance(node, List):
            return list(map(_convert, node.elts))
        elif isinstance(node, Set):
            return set(map(_convert, node.elts))
        elif (isinstance(node, Call) and isinstance(node.func, Name) and
              node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        elif isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys), map(_convert, node.values)))
        elif isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                if isinstance(node.op, Add):
                    return left + right
                else:
                    return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree (the text CPython's ast.dump gives)."""
    def _format(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = _format(value, level)
                allsimple = allsimple and simple
                if keywords:
                    args.append('%s=%s' % (name, value))
                else:
                    args.append(value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = _format(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (node.__class__.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (node.__class__.__name__, prefix, sep.join(args)), False
        elif isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(_format(x, level)[0] for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    return _format(node)[0]


def copy_location(new_node, old_node):
    """Copy the source location attributes of old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location its parent's (recursively)."""
    def _fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            _fix(child, lineno, col_offset, end_lineno, end_col_offset)
    _fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and everything under it."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ("end_lineno" in child._attributes and
                (end_lineno := getattr(child, "end_lineno", 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """(name, value) for each field of the node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct children of the node: its node fields and the nodes in its list fields."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node (None if it has none)."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def get_source_segment(source, node, *, padded=False):
    """The source text the node was parsed from (None without full position information)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = source.splitlines(keepends=True)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = ' ' * len(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node under node (node included), breadth first, in no promised order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor:
    """Walks the tree calling visit_<ClassName>(node) where defined, else generic_visit."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit_ methods return the replacement node (None removes it)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node
