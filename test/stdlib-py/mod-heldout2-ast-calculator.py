"""A safe calculator built on ast, as in 'don't use eval' tutorials."""
import ast
import operator
import math

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
       ast.Div: operator.truediv, ast.Pow: operator.pow, ast.Mod: operator.mod,
       ast.FloorDiv: operator.floordiv, ast.USub: operator.neg, ast.UAdd: operator.pos}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "round": round}

class Evaluator(ast.NodeVisitor):
    def visit_Expression(self, node):
        return self.visit(node.body)
    def visit_BinOp(self, node):
        op = OPS.get(type(node.op))
        if op is None:
            raise ValueError(f"operator {type(node.op).__name__} not allowed")
        return op(self.visit(node.left), self.visit(node.right))
    def visit_UnaryOp(self, node):
        return OPS[type(node.op)](self.visit(node.operand))
    def visit_Constant(self, node):
        if not isinstance(node.value, (int, float)):
            raise ValueError(f"constant {node.value!r} not allowed")
        return node.value
    def visit_Call(self, node):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCS:
            raise ValueError("call not allowed")
        return FUNCS[node.func.id](*[self.visit(a) for a in node.args])
    def generic_visit(self, node):
        raise ValueError(f"{type(node).__name__} not allowed")

def calc(expr):
    try:
        tree = ast.parse(expr, mode="eval")
        return Evaluator().visit(tree)
    except (ValueError, SyntaxError, ZeroDivisionError) as e:
        return f"error: {type(e).__name__}: {e}"

for e in ["1 + 2 * 3", "2 ** 10 - 1", "-(4 - 10) / 4", "sqrt(16) + abs(-3)", "7 // 2 % 3",
          "round(3.14159, 2)", "__import__('os').system('ls')", "1 +", "'a' * 3", "1 / 0", "x + 1", "2 << 3"]:
    print(f"{e!r:35} -> {calc(e)}")

source = '''
import math, sys
from collections import Counter

GREETING = "hello"

def area(r):
    """Area of a circle."""
    return math.pi * r ** 2

class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name}"

async def fetch():
    return await something()
'''
tree = ast.parse(source)
funcs = [n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
classes = [n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
imports = []
for n in ast.walk(tree):
    if isinstance(n, ast.Import):
        imports += [a.name for a in n.names]
    elif isinstance(n, ast.ImportFrom):
        imports += [f"{n.module}.{a.name}" for a in n.names]
print(sorted(funcs), classes, imports)
print({n.name: ast.get_docstring(n) for n in tree.body if isinstance(n, ast.FunctionDef)})
print([(n.lineno, n.end_lineno) for n in tree.body])
print(ast.dump(tree.body[3], indent=1))
calls = [ast.get_source_segment(source, n) for n in ast.walk(tree) if isinstance(n, ast.Call)]
print(calls)
print(ast.literal_eval("{'name': 'x', 'tags': ('a', 'b'), 'n': -3.5e2}"))
