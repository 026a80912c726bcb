# Corners of sys a systems lesson touches: hooks, streams, recursion, exit codes in-process.
import io
import sys

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)
sys.displayhook(5)
sys.displayhook(None)
print(sys.getsizeof([]) > 0, sys.is_finalizing(), sys.orig_argv[-1].endswith(".py"), sys.executable != "", sys.prefix != "")
print(sys.api_version > 0, sys.copyright[:9], sys.hexversion > 0x30B0000, sys.float_repr_style)
frame = sys._getframe()
print(frame.f_code.co_filename.endswith(".py"), frame.f_back)
print(type(sys.stdin).__name__, sys.stdout.encoding, sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text), sys.call_tracing(lambda a: a * 2, (4,)))
try:
    sys.call_tracing(print, [1])
except TypeError as e:
    print("TypeError:", e)


def hook(kind, value, tb):
    print("custom hook:", kind.__name__, value, tb.tb_frame.f_code.co_name if tb else None)


sys.excepthook = hook


def fail():
    raise ValueError("uncaught!")


fail()
