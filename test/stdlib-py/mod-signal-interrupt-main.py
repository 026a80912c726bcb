# signal + _thread.interrupt_main: the signal's Python handler runs; SIG_IGN/SIG_DFL: nothing.
import _thread, signal, threading, time
hits = []
signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
_thread.interrupt_main()
time.sleep(0.2)
print(hits)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
time.sleep(0.1)
signal.signal(signal.SIGUSR1, lambda s, f: hits.append(s))
_thread.interrupt_main(signal.SIGUSR1)
time.sleep(0.2)
print(hits)
_thread.interrupt_main(signal.SIGTERM)
time.sleep(0.1)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    _thread.interrupt_main()
    time.sleep(1)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
