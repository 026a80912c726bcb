"""ProcessPoolExecutor: not available in pygil, which runs in a single process."""

from concurrent.futures import _base


class ProcessPoolExecutor(_base.Executor):
    """CPython runs calls in other processes with this; pygil has no processes.
    Constructing one raises NotImplementedError: use ThreadPoolExecutor."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by pygil yet: "
                                  "it has no processes; use ThreadPoolExecutor")
