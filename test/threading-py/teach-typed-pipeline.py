# A modern, type-annotated threading program: dataclasses for messages, generic queue and
# future annotations (evaluated at run time for module-level variables and signatures), a
# Protocol-free worker class, and typing helpers. Output shows the annotations and the results.
from __future__ import annotations

import concurrent.futures
import queue
import threading
from dataclasses import dataclass, field
from typing import Callable, Optional

# without the __future__ import these would be evaluated; check both forms work
EvalAnnotations = dict[str, type]
inbox_type = queue.Queue[int]
futures_type = list[concurrent.futures.Future[str]]
print("generic aliases:", inbox_type, queue.SimpleQueue[bytes], queue.PriorityQueue[tuple[int, str]], futures_type)
print("origin and args:", inbox_type.__origin__ is queue.Queue, inbox_type.__args__)


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    payload: list[int] = field(default_factory=list, compare=False)


@dataclass
class Result:
    task: str
    total: int
    worker: str


class Worker(threading.Thread):
    def __init__(self, tasks: queue.PriorityQueue[Task], results: queue.Queue[Result],
                 transform: Callable[[int], int], name: str) -> None:
        super().__init__(name=name)
        self.tasks = tasks
        self.results = results
        self.transform = transform
        self.handled: int = 0

    def run(self) -> None:
        while True:
            task: Optional[Task] = self.tasks.get()
            if task is None or task.name == "stop":
                self.tasks.task_done()
                return
            self.results.put(Result(task.name, sum(map(self.transform, task.payload)), self.name))
            self.handled += 1
            self.tasks.task_done()


tasks: queue.PriorityQueue[Task] = queue.PriorityQueue()
results: queue.Queue[Result] = queue.Queue()
for i, name in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"]):
    tasks.put(Task(priority=i % 3, name=name, payload=list(range(i + 3))))
workers = [Worker(tasks, results, lambda x: x * x, name=f"w{k}") for k in range(2)]
for w in workers:
    w.start()
tasks.join()
for _ in workers:
    tasks.put(Task(priority=99, name="stop"))
for w in workers:
    w.join()
collected: list[Result] = []
while not results.empty():
    collected.append(results.get_nowait())
for r in sorted(collected, key=lambda r: r.task):
    print(f"{r.task:8} total={r.total}")
print("handled:", sum(w.handled for w in workers), "| worker annotations:", Worker.__init__.__annotations__["tasks"])


def square_all(numbers: list[int]) -> concurrent.futures.Future[list[int]]:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    fut: concurrent.futures.Future[list[int]] = pool.submit(lambda: [n * n for n in numbers])
    pool.shutdown(wait=False)
    return fut


print("future result:", square_all([1, 2, 3]).result(timeout=5))
print("return annotation:", square_all.__annotations__["return"])
print("task ordering:", sorted([Task(2, "b"), Task(0, "a"), Task(1, "c")]))
