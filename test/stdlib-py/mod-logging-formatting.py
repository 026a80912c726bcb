# logging: the three format styles, format validation, times, tracebacks and stacks,
# basicConfig, lastResort, handlers writing to a file, and records from several threads
import io
import os
import sys
import time
import logging
import tempfile
import threading


def record(msg="hello %s", args=("world",), **attrs):
    rec = logging.LogRecord("app.part", logging.WARNING, "/src/app/part.py", 42, msg, args, None, "work")
    rec.created = 1700000000.25
    rec.msecs = 250.0
    rec.__dict__.update(attrs)
    return rec


# the three styles on the same record
for fmt, style in [("%(levelname)-8s|%(name)s|%(lineno)04d|%(message)s", "%"),
                   ("{levelname:<8}|{name!r}|{lineno:04d}|{message}", "{"),
                   ("$levelname|${name}|$funcName|$message $$", "$")]:
    formatter = logging.Formatter(fmt, style=style)
    print(repr(formatter.format(record())), formatter.usesTime(), formatter._fmt == fmt)

# defaults fill fields a record lacks; the record's own attributes win
with_defaults = logging.Formatter("%(user)s:%(message)s", defaults={"user": "nobody"})
print(with_defaults.format(record()), with_defaults.format(record(user="ann")))
braced = logging.Formatter("{user}:{message}", style="{", defaults={"user": "nobody"})
print(braced.format(record()))

# formats that do not validate
bad_formats = [("%(message)", "%"), ("no fields", "%"), ("{message", "{"), ("message}", "{"),
               ("{0.}", "{"), ("{message!x}", "{"), ("{message:zz}", "{"), ("plain", "{"),
               ("$ money", "$"), ("nothing", "$"), ("%(message)s", "#")]
for fmt, style in bad_formats:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt))
    except ValueError as e:
        print("ValueError:", e)
for fmt, style in [("{message:>{width}}", "{"), ("{a[key]}.{b.attr}", "{"), ("%(x)+5.2f", "%")]:
    logging.Formatter(fmt, style=style)
    print("valid", fmt)
# what the validation accepts, at the edges
for fmt, style in [("%(a).s", "%"), ("%(a)0s", "%"), ("%%(a)s", "%"), ("%(é)s", "%"), ("%(a)*.*d", "%"),
                   ("%()s", "%"), ("%(a) -#5.3X", "%"), ("%(a)S", "%"), ("%(a).5", "%"), ("x%(a)", "%"),
                   ("%(a)10.%", "%"), ("%(a)-*i", "%"), ("{a:X}", "{"), ("{a:*^10.3F}", "{"),
                   ("{a:{w}.{p}}", "{"), ("{a:,.2%}", "{"), ("{a:=+#012_}", "{"), ("{a:..}", "{"),
                   ("{a:<<<}", "{"), ("{0}", "{"), ("{a.b[c d]}", "{"), ("{a[]}", "{"), ("{!r}", "{"),
                   ("${a}$", "$"), ("$a$$", "$"), ("${a", "$"), ("$$", "$")]:
    try:
        logging.Formatter(fmt, style=style)
        print("valid", repr(fmt))
    except ValueError as e:
        print("invalid", repr(fmt), e)
unchecked = logging.Formatter("%(missing)s", validate=False)
try:
    unchecked.format(record())
except ValueError as e:
    print("ValueError:", e)
try:
    logging.Formatter("$missing", style="$").format(record())
except ValueError as e:
    print("ValueError:", e)

# times: the default asctime with milliseconds, datefmt, converter, usesTime
os.environ["TZ"] = "UTC"
if hasattr(time, "tzset"):
    time.tzset()


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


timed = UTCFormatter("%(asctime)s %(message)s")
print(timed.usesTime(), timed.format(record()))
print(UTCFormatter("%(asctime)s", datefmt="%d/%m/%Y %H-%M").format(record()))
print(UTCFormatter("{asctime}", style="{").format(record()), UTCFormatter("$asctime", style="$").format(record()))
no_msec = UTCFormatter("%(asctime)s")
no_msec.default_msec_format = None
print(no_msec.format(record()))
print(UTCFormatter("%(asctime)s").formatTime(record(), "%Y"))


# tracebacks and stacks
def fail():
    raise KeyError("missing")


out = io.StringIO()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("trace")
log.addHandler(handler)
log.propagate = False
try:
    fail()
except KeyError:
    log.exception("caught %s", "it")
    log.error("again", exc_info=True)
    log.info("not shown", exc_info=True)
try:
    fail()
except KeyError as e:
    saved = e
log.warning("from an exception object", exc_info=saved)
log.warning("from a tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.error("no exception", exc_info=True)


def inner():
    log.warning("with stack", stack_info=True)


def outer():
    inner()


outer()


def helper():
    log.warning("reported at the caller", stacklevel=2)


def caller():
    helper()


caller()
log.warning("%s and %s", "one", "two", stack_info=False)
print(out.getvalue(), end="")

# one traceback text kept on the record for every handler
rec = record()
try:
    fail()
except KeyError:
    rec.exc_info = sys.exc_info()
plain = logging.Formatter()
first = plain.format(rec)
print(rec.exc_text is not None, first.splitlines()[0], first.splitlines()[-1])


class Short(logging.Formatter):
    def formatException(self, ei):
        return "<%s>" % ei[0].__name__

    def formatStack(self, stack_info):
        return "<stack>"


rec2 = record(stack_info="Stack (most recent call last):\n  here")
rec2.exc_info = rec.exc_info
print(Short("%(message)s").format(rec2))
buffering = logging.BufferingFormatter(logging.Formatter("[%(message)s]"))
print(repr(buffering.format([record(), record("bye", ())])), repr(buffering.format([])))


class Framed(logging.BufferingFormatter):
    def formatHeader(self, records):
        return "%d records:" % len(records)

    def formatFooter(self, records):
        return ":end"


print(Framed().format([record("a", ()), record("b", ())]))

# lastResort: with no handler anywhere, WARNING and above go to stderr as bare messages
quiet = logging.getLogger("quiet.one")
quiet.info("dropped")
quiet.warning("last resort %d", 1)
quiet.error("last resort %d", 2)
sys.stdout.flush()
saved_last_resort = logging.lastResort
logging.lastResort = None
quiet.error("no handler")
quiet.error("no handler again")
logging.lastResort = saved_last_resort
sys.stderr.flush()

# handlers writing to files in a temporary directory
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "app.log")
    file_log = logging.getLogger("files")
    file_log.propagate = False
    fh = logging.FileHandler(path, mode="w")
    print(repr(fh).replace(folder, "TMP"), fh.encoding, fh.mode, fh.stream is not None)
    fh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    file_log.addHandler(fh)
    file_log.warning("first")
    file_log.error("second: %s", "ünïcode")
    fh.close()
    file_log.removeHandler(fh)
    with open(path, encoding="utf-8") as f:
        print(f.read(), end="")
    delayed = logging.FileHandler(os.path.join(folder, "later.log"), delay=True)
    print(os.path.exists(delayed.baseFilename), delayed.stream)
    file_log.addHandler(delayed)
    file_log.warning("now it exists")
    print(os.path.exists(delayed.baseFilename))
    delayed.close()
    file_log.removeHandler(delayed)
    with open(delayed.baseFilename) as f:
        print(f.read(), end="")

    # basicConfig: a file, the format, the level, style; once only unless force
    other = os.path.join(folder, "basic.log")
    logging.basicConfig(filename=other, filemode="w", format="{levelname}:{message}", style="{", level="INFO")
    logging.info("basic info")
    logging.debug("basic debug")
    logging.basicConfig(level=logging.DEBUG)
    print(logging.root.level, len(logging.root.handlers))
    try:
        logging.basicConfig(force=True, stream=sys.stdout, filename="x")
    except ValueError as e:
        print("ValueError:", e)
    try:
        logging.basicConfig(bogus=1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        logging.basicConfig(style="!")
    except ValueError as e:
        print("ValueError:", e)
    logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
    with open(other) as f:
        print(f.read(), end="")
    logging.warning("on stdout now")
    logging.getLogger("files.sub").critical("critical %s", "too")

# records from several threads name their thread
thread_out = io.StringIO()
thread_handler = logging.StreamHandler(thread_out)
thread_handler.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
worker_log = logging.getLogger("workers")
worker_log.propagate = False
worker_log.addHandler(thread_handler)
worker_log.setLevel(logging.INFO)


def work(n):
    for step in range(3):
        worker_log.info("job %d step %d", n, step)
        time.sleep(0.001)


threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
worker_log.info("all done")
print("\n".join(sorted(thread_out.getvalue().splitlines())))
print(logging.LogRecord("n", 1, "p", 1, "m", (), None).threadName)
