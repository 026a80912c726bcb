# A stoppable worker thread class: the run loop checks a stop Event (waiting on it instead of
# sleeping, so stop() takes effect at once), counts its iterations, and reports its lifecycle.
# Threads cannot be restarted; a new object is needed.
import threading


class Heartbeat(threading.Thread):
    def __init__(self, interval, beats_wanted, *, name=None):
        super().__init__(name=name, daemon=True)
        self.interval = interval
        self.beats_wanted = beats_wanted
        self.beats = 0
        self._stop_event = threading.Event()
        self.reached = threading.Event()
        self.lifecycle = ["created"]

    def run(self):
        self.lifecycle.append("running")
        while not self._stop_event.wait(self.interval):
            self.beats += 1
            if self.beats == self.beats_wanted:
                self.reached.set()
        self.lifecycle.append("stopping")

    def stop(self):
        self._stop_event.set()

    @property
    def stopped(self):
        return self._stop_event.is_set()


hb = Heartbeat(0.005, 5, name="heartbeat")
print("before start:", hb.name, hb.daemon, hb.is_alive(), hb.lifecycle)
hb.start()
print("reached 5 beats:", hb.reached.wait(timeout=5))
print("alive while beating:", hb.is_alive(), "| stopped flag:", hb.stopped)
hb.stop()
hb.join(timeout=5)
print("after stop:", hb.is_alive(), hb.lifecycle, "| beats >= 5:", hb.beats >= 5)
try:
    hb.start()
except RuntimeError as e:
    print("restart:", e)

# stop before it ever beats: the wait returns True at once
quick = Heartbeat(10, 1)
quick.start()
quick.stop()
quick.join(timeout=5)
print("stopped at once:", quick.beats, quick.lifecycle, quick.is_alive())
print("default name pattern:", quick.name.startswith("Thread-"), "(no target suffix for subclasses)")

# several heartbeats stopped together
group = [Heartbeat(0.002, 3, name=f"hb-{i}") for i in range(4)]
for h in group:
    h.start()
for h in group:
    h.reached.wait(timeout=5)
for h in group:
    h.stop()
for h in group:
    h.join()
print("group:", [(h.name, h.beats >= 3, h.is_alive()) for h in group])


class Countdown(threading.Thread):
    """A thread whose run() finishes by itself and keeps its result."""

    def __init__(self, start_at):
        super().__init__()
        self.start_at = start_at
        self.seen = []

    def run(self):
        n = self.start_at
        while n:
            self.seen.append(n)
            n -= 1
        self.seen.append("liftoff")


c = Countdown(5)
c.start()
c.join()
print("countdown:", c.seen)
print("threads still alive:", threading.active_count())
