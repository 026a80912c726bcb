# Stacks and summaries: extract_stack, print_stack, format_list, StackSummary, FrameSummary,
# TracebackException's attributes.
import sys
import traceback


def inner():
    traceback.print_stack(file=sys.stdout)
    print(traceback.extract_stack()[-1])
    print(traceback.format_stack(limit=1))
    print([fs.name for fs in traceback.extract_stack(limit=2)])
    st = traceback.extract_stack(sys._getframe(1))
    print([fs.name for fs in st], st[-1].line)
    print([f.f_code.co_name for f, n in traceback.walk_stack(None)][:2])
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()))


def outer():
    return inner()


summary = outer()
print(type(summary).__name__, [fs.name for fs in summary])
print(summary.format()[0])

print(traceback.format_list([('f.py', 3, 'fn', 'x = 1'), ('g.py', 4, 'gn', '')]))
traceback.print_list([('f.py', 3, 'fn', 'x = 1')], file=sys.stdout)
fs = traceback.FrameSummary('a.py', 1, 'n', line='  code()  ')
print(fs, repr(fs.line), fs == ('a.py', 1, 'n', 'code()'), list(fs))
print(traceback.FrameSummary('a.py', 1, 'n', lookup_line=False, line=None).line)
print(traceback.FrameSummary(__file__, 2, 'x').line)
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'a()'), fs])
print(ss.format())
print(ss.format_frame_summary(fs))

locs = traceback.FrameSummary('b.py', 7, 'h', locals={'x': 1, 'name': 'bob'}, line='pass')
print(traceback.StackSummary.from_list([locs]).format())


def boom(a, b=2):
    c = [a, b]
    raise LookupError("not here")


try:
    boom(1)
except LookupError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), te.stack, te.__cause__, te.__context__)
    print("".join(te.format()))
    print(list(te.format_exception_only()))
    tl = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
    print("".join(tl.format()))
    print(te == traceback.TracebackException.from_exception(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.exc_type, te.__suppress_context__)
    print("".join(te.format(chain=True)))

try:
    compile("x = (1,\n", "src.py", "exec")
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, te.msg, repr(te.text))
    print("".join(te.format_exception_only()))

try:
    {}["k"]
except KeyError as e:
    traceback.TracebackException.from_exception(e).print(file=sys.stdout)
