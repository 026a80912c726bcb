"""asyncio.timeout() / timeout_at(): cancel the enclosed block after a deadline and
raise TimeoutError in its place."""

import enum

from . import events
from . import exceptions
from . import tasks

__all__ = ("Timeout", "timeout", "timeout_at")


class _State(enum.Enum):
    CREATED = "created"
    ENTERED = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    EXITED = "finished"


class Timeout:
    """The async context manager behind timeout(): at loop time `when` it cancels the task
    running the block; leaving the block, that cancellation becomes TimeoutError."""

    def __init__(self, when):
        self._when = when
        self._state = _State.CREATED
        self._task = None
        self._handle = None

    def when(self):
        return self._when

    def expired(self):
        return self._state is _State.EXPIRING or self._state is _State.EXPIRED

    def reschedule(self, when):
        """Move the deadline (None: no deadline) while the block runs."""
        if self._state is not _State.ENTERED:
            raise RuntimeError(f"Cannot change state of {self._state.value} Timeout")
        self._when = when
        self._drop_handle()
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._handle = loop.call_soon(self._fire)
            else:
                self._handle = loop.call_at(when, self._fire)

    def _drop_handle(self):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _fire(self):
        self._handle = None
        self._state = _State.EXPIRING
        self._task.cancel()

    def __repr__(self):
        when = ""
        if self._state is _State.ENTERED:
            when = f" when={round(self._when, 3) if self._when is not None else None}"
        return f"<Timeout [{self._state.value}]{when}>"

    async def __aenter__(self):
        self._state = _State.ENTERED
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._drop_handle()
        if self._state is _State.ENTERED:
            self._state = _State.EXITED
            return None
        # the deadline passed: our cancel() is taken back; if it was the only one and the
        # block ended by it, the block's CancelledError turns into TimeoutError
        self._state = _State.EXPIRED
        if self._task.uncancel() == 0 and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None


def timeout(delay):
    """Timeout after `delay` seconds (None: never)."""
    loop = events.get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    """Timeout at loop time `when` (None: never)."""
    return Timeout(when)
