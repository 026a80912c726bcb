# Reporting errors that came out of futures: traceback.print_exception with the exception
# object alone, format_exception into a string, wrapping a worker's error in an application
# error with "raise ... from", and finally an uncaught wrapped error ending the program.
import concurrent.futures
import sys
import traceback


class ReportError(Exception):
    pass


def read_sensor(sensor_id):
    readings = {"t1": [20.5, 21.0], "t2": [], "t3": ["n/a"]}
    values = readings[sensor_id]
    return sum(values) / len(values)


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futures = {sid: pool.submit(read_sensor, sid) for sid in ["t1", "t2", "t3", "t4"]}

for sid, fut in futures.items():
    exc = fut.exception()
    if exc is None:
        print(f"{sid}: average {fut.result():.2f}")
        continue
    print(f"{sid}: {type(exc).__name__}: {exc}")
    lines = traceback.format_exception(exc)
    print(f"    {len(lines) > 2} formatted lines, last: {lines[-1].strip()!r}")
    print(f"    innermost frame: {traceback.extract_tb(exc.__traceback__)[-1].name}")

print("--- print_exception(t2) on stderr", flush=True)
traceback.print_exception(futures["t2"].exception())
sys.stderr.flush()

summary = []
for sid, fut in futures.items():
    try:
        fut.result()
    except (ZeroDivisionError, TypeError) as e:
        summary.append(f"{sid}: bad data ({type(e).__name__})")
    except KeyError as e:
        summary.append(f"{sid}: unknown sensor {e}")
    else:
        summary.append(f"{sid}: fine")
print("summary:", summary)


def build_report(sensor_ids):
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = {}
        for sid, fut in zip(sensor_ids, [pool.submit(read_sensor, s) for s in sensor_ids]):
            try:
                results[sid] = fut.result()
            except Exception as e:
                raise ReportError(f"report failed at sensor {sid}") from e
        return results


print("report t1:", build_report(["t1"]))
try:
    build_report(["t1", "t3"])
except ReportError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__)
print("now uncaught:", flush=True)
build_report(["t1", "t2"])
