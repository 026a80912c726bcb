# signal: handlers for raise_signal, alarm and setitimer (in loops, in sleep), SIG_IGN /
# SIG_DFL, the enums, errors, and the main-thread rule.
import signal
import sys
import threading
import time

log = []


def handler(signum, frame):
    log.append(signum)
    print('handler got', signal.Signals(signum).name, 'in', frame.f_code.co_name)


print(signal.signal(signal.SIGUSR1, handler))
signal.raise_signal(signal.SIGUSR1)
print('after raise_signal')
print(signal.getsignal(signal.SIGUSR1) is handler, signal.getsignal(signal.SIGINT),
      signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))


def from_function():
    signal.raise_signal(signal.SIGUSR1)


from_function()

# SIG_IGN drops the signal; the previous handler comes back from signal()
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print('ignored', log)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL), signal.getsignal(signal.SIGUSR1))

# KeyboardInterrupt from the default SIGINT handler
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('default_int_handler raises KeyboardInterrupt')


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout('alarm went off')


signal.signal(signal.SIGALRM, on_alarm)

# alarm interrupts a busy loop; the try around the loop catches the handler's exception
print(signal.alarm(1))
count = 0
try:
    while True:
        count += 1
except Timeout as e:
    print('loop stopped:', e, count > 0)

# a timer interrupts a sleep
signal.setitimer(signal.ITIMER_REAL, 0.2)
start = time.monotonic()
try:
    time.sleep(5)
except Timeout as e:
    print('sleep stopped:', e, time.monotonic() - start < 2)
print(signal.getitimer(signal.ITIMER_REAL))

# a pending alarm can end a wait nothing else would end (not a deadlock)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    threading.Event().wait()
except Timeout as e:
    print('event wait stopped:', e)

# a handler that returns lets the sleep finish
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
time.sleep(0.55)
signal.setitimer(signal.ITIMER_REAL, 0)
print('repeating timer ticks', 3 <= len(ticks) <= 6)

# alarm returns the seconds left of the previous alarm
print(signal.alarm(10), signal.alarm(0), signal.alarm(0))

# errors
for call in [lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(99, handler),
             lambda: signal.signal(signal.SIGUSR1, 5), lambda: signal.signal('x', handler),
             lambda: signal.getsignal(0), lambda: signal.raise_signal(0), lambda: signal.raise_signal(-3),
             lambda: signal.strsignal(70), lambda: signal.setitimer(signal.ITIMER_REAL, -1)]:
    try:
        print(call())
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)

# only the main thread may install handlers
errors = []


def worker():
    try:
        signal.signal(signal.SIGUSR2, handler)
    except ValueError as e:
        errors.append(str(e))
    errors.append(signal.getsignal(signal.SIGUSR2))


t = threading.Thread(target=worker)
t.start()
t.join()
print(errors)

print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(6), signal.Signals(17), signal.SIGPOLL,
      repr(signal.SIG_IGN), signal.Handlers(0), signal.Sigmasks.SIG_BLOCK)
print(signal.strsignal(signal.SIGALRM), signal.strsignal(2), signal.strsignal(40), signal.strsignal(32))
print(len(signal.valid_signals()), signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(sorted(signal.valid_signals())[:3], isinstance(signal.Signals.SIGINT, int))

# a handler that calls sys.exit ends the program with that status
signal.signal(signal.SIGTERM, lambda s, f: sys.exit(3))
signal.raise_signal(signal.SIGTERM)
print('not reached')
