# input() and sys.stdin on piped input: prompts, lines with \r\n kept as CPython keeps them, iteration, read(), EOF
import sys

print(repr(sys.stdin), sys.stdin.name, sys.stdin.encoding, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
name = input('Name? ')
print('hello', repr(name))
age = int(input('Age? '))
print('next year', age + 1)
print(repr(sys.stdin.readline()))
for line in sys.stdin:
    print('line', repr(line))
    if line.startswith('stop'):
        break
print(repr(sys.stdin.read(4)), repr(sys.stdin.read()))
try:
    input('more? ')
except EOFError as e:
    print('EOFError', e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
