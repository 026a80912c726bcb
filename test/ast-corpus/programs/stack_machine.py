"""A toy stack machine: assemble text into instructions, then run them."""
import operator

BINARY = {"add": operator.add, "sub": operator.sub, "mul": operator.mul, "div": operator.floordiv,
          "lt": operator.lt, "eq": operator.eq}


def assemble(source):
    program, labels = [], {}
    for line in source.splitlines():
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, *[int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, *(labels.get(a, a) for a in args)) for op, *args in program]


def run(program, trace=False):
    stack, pc, out = [], 0, []
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if trace:
            print(f"{pc - 1:3} {op:<6} {args!s:<8} {stack}")
        if op == "push":
            stack.append(args[0])
        elif op in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[op](a, b))
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-2:] = stack[:-3:-1]
        elif op == "jz":
            if not stack.pop():
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"unknown op {op!r} at {pc - 1}")
    return out


FACTORIAL = """
    push 1      ; acc
    push 10     ; n
loop:
    dup
    jz end
    dup
    push -1
    add         ; n-1
    swap        ; acc n-1 n ... (rotate by hand)
    jmp loop
end:
    print
    halt
"""
print(assemble(FACTORIAL)[:4])
print(run(assemble("push 6\npush 7\nmul\nprint\npush 2\npush 3\nlt\nprint")))
