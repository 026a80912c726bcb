"""asyncio.TaskGroup: tasks that finish together; the first failure cancels the rest."""

__all__ = ("TaskGroup",)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """`async with TaskGroup() as tg: tg.create_task(...)` waits for all the tasks.

    When a task fails, the others and the body are cancelled; leaving the block raises
    the failures together as an ExceptionGroup ('unhandled errors in a TaskGroup').
    SystemExit and KeyboardInterrupt are raised as they are."""

    def __init__(self):
        self._loop = None
        self._parent = None
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._cancelled_parent = False      # we called cancel() on the parent task
        self._tasks = set()
        self._errors = []
        self._fatal_error = None
        self._all_done = None               # a future set when the last task finishes

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f'tasks={len(self._tasks)}')
        if self._errors:
            parts.append(f'errors={len(self._errors)}')
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup' + ''.join(' ' + p for p in parts) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has been already entered")
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    def _cancel_children(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        # a CancelledError from the body is ours to pass on, unless it is the one we
        # caused by cancelling the parent when a child failed
        own_cancel = exc if et is exceptions.CancelledError else None
        if self._cancelled_parent and self._parent.uncancel() == 0:
            own_cancel = None
        if et is not None and not self._aborting:
            self._cancel_children()
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except exceptions.CancelledError as cancelled:
                # the parent itself was cancelled while we waited for the children
                if not self._aborting:
                    own_cancel = cancelled
                    self._cancel_children()
            self._all_done = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if own_cancel is not None and not self._errors:
            raise own_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Start a task belonging to the group."""
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        if task.done():
            self._child_done(task)
        else:
            self._tasks.add(task)
            task.add_done_callback(self._child_done)
        return task

    def _child_done(self, task):
        self._tasks.discard(task)
        if not self._tasks and self._all_done is not None and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._cancelled_parent:
            # stop the siblings and wake the body (it may be awaiting something else)
            self._cancel_children()
            self._cancelled_parent = True
            self._parent.cancel()
