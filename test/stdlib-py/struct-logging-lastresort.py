# logging without configuration: the last-resort handler writes WARNING and above, message
# only, to stderr; the module-level functions configure the root logger first.
import logging
import sys

lib = logging.getLogger("library")
lib.debug("not shown")
lib.info("not shown")
lib.warning("a warning from %s", "library")
lib.error("an error")
print("root handlers before:", logging.root.handlers)
quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.warning("swallowed by the NullHandler")
logging.warning("the root logger configures itself")
print("root handlers after:", logging.root.handlers)
lib.warning("now through the root handler")
lib.info("still not shown")
print(logging.lastResort, logging.BASIC_FORMAT)
logging.lastResort = None
logging.root.handlers.clear()
logging.getLogger("x").warning("no handlers at all")
logging.getLogger("x").warning("reported only once")
print("done", file=sys.stderr)
