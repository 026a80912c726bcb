# logging: basicConfig with format fields, levels, logger hierarchy, propagation.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(name)s:%(message)s [%(funcName)s:%(lineno)d %(module)s %(filename)s %(threadName)s]")
log = logging.getLogger("shop")


def checkout(items):
    log.debug("checking out %d items", len(items))
    if not items:
        log.warning("empty cart")
    total = sum(items)
    log.info("total is %.2f", total)
    return total


checkout([1.5, 2.25])
checkout([])
logging.info("root %s", "info")
logging.error("root error: %(code)s", {"code": 42})
log.critical("critical!")
log.log(25, "level 25")
logging.addLevelName(25, "NOTICE")
log.log(25, "named level 25")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(99), logging.getLevelName(logging.WARN))
print(repr(log), repr(logging.getLogger()), logging.getLogger("shop") is log, log.parent is logging.root)

db = logging.getLogger("shop.db")
print(db.parent is log, db.getEffectiveLevel(), logging.getLogger("shop.db.pool").parent is db)
log.setLevel(logging.ERROR)
db.warning("filtered by shop's level")
db.error("passes")
print(db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING), db.isEnabledFor(logging.CRITICAL))
db.setLevel("DEBUG")
db.debug("own level wins")
log.setLevel(logging.NOTSET)

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("  [shop handler] %(message)s"))
handler.setLevel(logging.WARNING)
log.addHandler(handler)
db.info("only root prints this")
db.warning("both print this")
log.propagate = False
db.warning("only the shop handler")
log.propagate = True
log.removeHandler(handler)
print(log.hasHandlers(), logging.getLogger("elsewhere").hasHandlers())

logging.basicConfig(level=logging.CRITICAL)        # ignored: root already has a handler
logging.debug("basicConfig did not change the level")
logging.basicConfig(stream=sys.stdout, format="%(message)s", force=True)
logging.info("not shown: force reset the level to WARNING")
logging.warning("after force")
print(logging.root.level, logging.root.handlers)
logging.disable(logging.ERROR)
logging.error("disabled")
logging.critical("critical passes")
logging.disable()
logging.critical("all disabled")
logging.disable(logging.NOTSET)
logging.critical("enabled again")
print(logging.getLogger("a.b.c").getChild("d"), logging.getLogger("").name, logging.getLogger(None).name)
