from collections import deque
from dataclasses import dataclass, field
import itertools


@dataclass
class Job:
    name: str
    burst: int
    arrival: int = 0
    remaining: int = field(init=False)
    finished_at: int | None = None

    def __post_init__(self):
        self.remaining = self.burst


def round_robin(jobs, quantum=2):
    clock = 0
    pending = deque(sorted(jobs, key=lambda j: j.arrival))
    ready = deque()
    timeline = []
    while pending or ready:
        while pending and pending[0].arrival <= clock:
            ready.append(pending.popleft())
        if not ready:
            clock = pending[0].arrival
            continue
        job = ready.popleft()
        ran = min(quantum, job.remaining)
        timeline.extend(itertools.repeat(job.name, ran))
        clock += ran
        job.remaining -= ran
        while pending and pending[0].arrival <= clock:
            ready.append(pending.popleft())
        if job.remaining:
            ready.append(job)
        else:
            job.finished_at = clock
    return timeline


jobs = [Job("A", 5), Job("B", 3, arrival=1), Job("C", 1, arrival=2), Job("D", 4, arrival=20)]
timeline = round_robin(jobs)
print("".join(timeline))
for j in jobs:
    turnaround = j.finished_at - j.arrival
    print(f"{j.name}: turnaround {turnaround:2d}, waiting {turnaround - j.burst:2d}")
print("average turnaround:", sum(j.finished_at - j.arrival for j in jobs) / len(jobs))
