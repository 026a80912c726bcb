import operator
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^]))")
OPS = {
    "+": (1, operator.add, "left"),
    "-": (1, operator.sub, "left"),
    "*": (2, operator.mul, "left"),
    "/": (2, operator.truediv, "left"),
    "%": (2, operator.mod, "left"),
    "**": (3, operator.pow, "right"),
    "^": (3, operator.pow, "right"),
}


def tokenize(expr):
    pos = 0
    expr = expr.rstrip()
    while pos < len(expr):
        m = TOKEN.match(expr, pos)
        if not m:
            raise SyntaxError(f"bad input at {pos}: {expr[pos:]!r}")
        number, op = m.groups()
        yield float(number) if number else op
        pos = m.end()


def to_rpn(tokens):
    output, stack = [], []
    for tok in tokens:
        if isinstance(tok, float):
            output.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced )")
            stack.pop()
        else:
            prec, _, assoc = OPS[tok]
            while stack and stack[-1] != "(" and (
                OPS[stack[-1]][0] > prec or (OPS[stack[-1]][0] == prec and assoc == "left")
            ):
                output.append(stack.pop())
            stack.append(tok)
    while stack:
        if (top := stack.pop()) == "(":
            raise SyntaxError("unbalanced (")
        output.append(top)
    return output


def evaluate(expr):
    stack = []
    for tok in to_rpn(tokenize(expr)):
        if isinstance(tok, float):
            stack.append(tok)
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok][1](a, b))
    (result,) = stack
    return int(result) if result.is_integer() else result


def repl(lines):
    for line in lines:
        if not line.strip():
            continue
        try:
            print(f"{line} = {evaluate(line)}")
        except (SyntaxError, ZeroDivisionError, IndexError) as e:
            print(f"{line}: error: {e}")


repl(["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "10 / 4", "7 % 3", "1 / 0", "(1", "2 +"])
