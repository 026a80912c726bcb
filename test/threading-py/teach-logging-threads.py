# Logging from threads: the record carries threadName, so a format with %(threadName)s shows
# who logged; a QueueHandler/QueueListener pair moves the formatting and writing to one
# listener thread. Threads are run one after another so the log order is fixed.
import logging
import logging.handlers
import queue
import sys
import threading

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="%(threadName)-10s %(levelname)-8s %(name)s: %(message)s")
log = logging.getLogger("shop")


def process_order(order_id, qty):
    log.debug("processing order %d", order_id)
    if qty <= 0:
        log.warning("order %d has quantity %d", order_id, qty)
        return
    try:
        unit = 100 // (qty - 3)
    except ZeroDivisionError:
        log.exception("order %d: price lookup failed", order_id)
        return
    log.info("order %d: %d items at %d", order_id, qty, unit)


for oid, qty in [(1, 5), (2, 0), (3, 3), (4, 7)]:
    t = threading.Thread(target=process_order, args=(oid, qty), name=f"order-{oid}")
    t.start()
    t.join()
log.info("main thread logs as %s", threading.current_thread().name)

# funnel every record through a queue to a single listener thread
records = queue.Queue()
collected = []


class ListHandler(logging.Handler):
    def emit(self, record):
        collected.append(self.format(record))


sink = ListHandler()
sink.setFormatter(logging.Formatter("[%(threadName)s] %(message)s"))
listener = logging.handlers.QueueListener(records, sink)
qlog = logging.getLogger("queued")
qlog.propagate = False
qlog.addHandler(logging.handlers.QueueHandler(records))
qlog.setLevel(logging.INFO)
listener.start()


def chatty(n):
    for i in range(3):
        qlog.info("worker %d step %d", n, i)
    qlog.debug("filtered out by level")


workers = [threading.Thread(target=chatty, args=(n,), name=f"w{n}") for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
listener.stop()  # processes what is queued, then ends the listener thread
print("collected", len(collected), "records")
for line in sorted(collected):
    print("  ", line)
mine = [[line for line in collected if f"[w{n}]" in line] for n in range(3)]
print("per worker steps in order:", all(lines == sorted(lines) for lines in mine))
print("listener thread gone:", threading.active_count())

# LoggerAdapter adding the thread's job id
adapter = logging.LoggerAdapter(log, {"job": "J-7"})


def adapted():
    adapter.info("with adapter, extra=%s", adapter.extra)


t = threading.Thread(target=adapted, name="adapter")
t.start()
t.join()
