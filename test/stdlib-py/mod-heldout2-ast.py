import ast
print(ast.Constant(value=1).kind)
try: print(ast.Module().body)
except AttributeError as e: print('AE', e)
print(ast.dump(ast.parse('x = f(1, *a, k=2)')))
print(ast.dump(ast.parse('def f(a, b=1): return a'), indent=2))
print(ast.Name.__mro__, ast.Name._fields, ast.Name._attributes, ast.Add.__mro__)
try: ast.literal_eval('a + 1')
except ValueError as e: print(str(e)[:45])
print(ast.literal_eval("{'a': [1, 2.5, (3, -4j)], 'b': {1, 2}, 'c': set(), 'd': b'x', 'e': None, 'f': 1+2j, 'g': -1}"))
n = ast.Name('x', ast.Load()); print(n.id, ast.dump(n))
print(ast.dump(ast.parse('x', mode='eval')))
print(ast.get_docstring(ast.parse('"""doc"""\nx=1')))
print(ast.dump(ast.parse('x=1'), include_attributes=True))
tree = ast.parse("""
import os
def greet(name):
    '''Say hi.'''
    print(f"hi {name}!")
class A(B, metaclass=M):
    x: int = 3
    async def m(self):
        await z
for i in range(3):
    if i % 2 == 0 and not i:
        continue
try:
    pass
except (ValueError, KeyError) as e:
    raise
lambda *a, **k: a
[x for x in y if x]
""")
print(ast.dump(tree))
class Counter(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node):
        self.names.append(node.id); self.generic_visit(node)
c = Counter(); c.visit(tree); print(c.names)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "i": return ast.copy_location(ast.Name("j", node.ctx), node)
        return node
t2 = Rename().visit(ast.parse("i = i + 1"))
print(ast.dump(t2, include_attributes=True))
for bad in ["x = (", "def f(:\n pass", "  x = 1"]:
    try: ast.parse(bad)
    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset)
print(ast.parse("return 1").body[0].__class__.__name__)
print(ast.literal_eval("  [1, 'two', (3.0, None, True)]"), ast.literal_eval("-5"), ast.literal_eval("'x' 'y'"))
try: ast.literal_eval("__import__('os')")
except ValueError as e: print("ValueError")
print(ast.get_source_segment("a = 1 + 2", ast.parse("a = 1 + 2").body[0].value))
print([k for k, v in ast.iter_fields(ast.parse("x").body[0])], isinstance(ast.parse("x").body[0], ast.stmt))
print(ast.Load() is ast.Load(), ast.parse("x").body[0].value.ctx is ast.parse("y").body[0].value.ctx)
