# time: formatting fixed time tuples, struct_time fields, measuring durations (types only)
import time

t = (2023, 11, 5, 14, 7, 9, 6, 309, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%A, %d %B %Y", t), time.strftime("%a %b %d %I:%M %p", t))
print(time.strftime("%j %U %W %w %y %C %G %V %u", t))
print(time.strftime("%c", t), "|", time.strftime("%x %X", t), "|", time.strftime("%D %T %R %r", t))
print(time.strftime("%e|%n|%t|%%|%h", t), time.strftime("%F", t))
st = time.struct_time(t)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst, st[0], len(st))
print(time.asctime(t), time.asctime(time.struct_time((2024, 2, 9, 8, 5, 3, 4, 40, 0))))
parsed = time.strptime("30 Nov 2022 17:45", "%d %b %Y %H:%M")
print(parsed, parsed.tm_wday, parsed.tm_yday)
print(time.strptime("2022-01-02", "%Y-%m-%d")[:])
try:
    time.strptime("bad", "%Y")
except ValueError as e:
    print("ValueError:", e)
g = time.gmtime(0)
print(g, time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.gmtime(1700000000), time.gmtime(1700000000.9).tm_sec)
print(time.calendar if hasattr(time, "calendar") else "", time.mktime(time.localtime(1700000000)) == 1700000000.0)
print(time.ctime(0) == time.asctime(time.localtime(0)))
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, type(elapsed).__name__, elapsed >= 0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.process_time()).__name__)
print(time.time() > 1.6e9, type(time.perf_counter_ns()).__name__, time.monotonic() <= time.monotonic())
t0 = time.monotonic(); time.sleep(0.01); print(time.monotonic() - t0 >= 0.009)
print(type(time.localtime()).__name__, time.localtime().tm_year >= 2023, isinstance(time.timezone, int), time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname))
def countdown(n):
    while n:
        print(f"{n}...", end=" ")
        n -= 1
    print("liftoff")
countdown(3)
secs = 3725
print(time.strftime("%H:%M:%S", time.gmtime(secs)), "%02d:%02d:%02d" % (secs // 3600, secs % 3600 // 60, secs % 60))
try:
    time.strftime("%Y", (2023, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print("ValueError:", e)
print(time.strftime("%Y", (1900, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime("%y %Y", (5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)
print(time.get_clock_info('monotonic'))
for n in ['time','perf_counter','process_time','thread_time']: print(time.get_clock_info(n))
print(type(time.get_clock_info('time')).__name__, time.get_clock_info('time').resolution)
try: time.get_clock_info('x')
except ValueError as e: print(e)
