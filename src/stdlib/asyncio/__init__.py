"""asyncio for pygil: coroutines driven by an event loop of callbacks and timers.

What is here: the event loop (call_soon/call_later/run_until_complete/run_in_executor),
Future and Task, run/Runner, sleep/gather/wait/wait_for/as_completed/shield, timeout(),
TaskGroup, to_thread, run_coroutine_threadsafe, the locks, and the queues. What is not:
sockets, streams, subprocesses and signal handlers (pygil's loop has no selector).
"""

import sys

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .tasks import *

__all__ = (coroutines.__all__ + events.__all__ + exceptions.__all__ + futures.__all__ +
           locks.__all__ + queues.__all__ + runners.__all__ + taskgroups.__all__ +
           timeouts.__all__ + threads.__all__ + tasks.__all__)

# the event loop classes, by the names CPython's Unix build gives them
SelectorEventLoop = BaseEventLoop
