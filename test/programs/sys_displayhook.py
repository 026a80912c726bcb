import sys, io, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    sys.displayhook(42)
    sys.displayhook(None)
    sys.displayhook("x")
print(repr(buf.getvalue()), _)
print(sys.__displayhook__ is sys.displayhook)
sys.stdout = None
try:
    sys.displayhook(1)
except RuntimeError as e:
    sys.stdout = sys.__stdout__
    print("RuntimeError:", e)
