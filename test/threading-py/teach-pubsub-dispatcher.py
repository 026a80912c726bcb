# Publish/subscribe with threads: a dispatcher thread reads events from an inbox queue and
# fans them out to each subscriber's own queue; every subscriber thread handles its events in
# order. Unsubscribing and a shutdown event are part of the protocol.
import queue
import threading
from collections import defaultdict


class Bus:
    def __init__(self):
        self.inbox = queue.Queue()
        self.subscribers = defaultdict(list)   # topic -> [queue]
        self.lock = threading.Lock()
        self.dispatched = 0
        self.thread = threading.Thread(target=self._dispatch, name="dispatcher")

    def subscribe(self, topic):
        q = queue.Queue()
        with self.lock:
            self.subscribers[topic].append(q)
        return q

    def unsubscribe(self, topic, q):
        with self.lock:
            self.subscribers[topic].remove(q)
        q.put(None)

    def publish(self, topic, payload):
        self.inbox.put((topic, payload))

    def _dispatch(self):
        while True:
            item = self.inbox.get()
            if item is None:
                with self.lock:
                    for qs in self.subscribers.values():
                        for q in qs:
                            q.put(None)
                return
            topic, payload = item
            with self.lock:
                targets = list(self.subscribers.get(topic, []))
            for q in targets:
                q.put((topic, payload))
            self.dispatched += 1

    def close(self):
        self.inbox.put(None)
        self.thread.join()


bus = Bus()
received = {}


def subscriber(name, q):
    got = []
    while (msg := q.get()) is not None:
        got.append(msg[1])
    received[name] = got


subs = {
    "billing": ("orders", bus.subscribe("orders")),
    "shipping": ("orders", bus.subscribe("orders")),
    "audit": ("users", bus.subscribe("users")),
}
threads = [threading.Thread(target=subscriber, args=(name, q), name=name) for name, (_, q) in subs.items()]
for t in threads:
    t.start()
bus.thread.start()
for i in range(1, 6):
    bus.publish("orders", f"order-{i}")
bus.publish("users", "signup:ann")
bus.publish("nobody-listens", "lost")
# wait until the dispatcher has handled everything so far, then unsubscribe shipping
while bus.dispatched < 7:
    threading.Event().wait(0.005)
bus.unsubscribe("orders", subs["shipping"][1])
bus.publish("orders", "order-6")
bus.publish("users", "signup:bob")
bus.close()
for t in threads:
    t.join()
for name in sorted(received):
    print(f"{name:9} {received[name]}")
print("dispatched:", bus.dispatched)
print("threads still running:", [t.name for t in threading.enumerate() if t is not threading.main_thread()])
