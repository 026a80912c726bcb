from concurrent.futures import ThreadPoolExecutor, as_completed
import time

def slow_square(x):
    time.sleep(0.01 * (5 - x))
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x * x

with ThreadPoolExecutor(max_workers=3) as executor:
    future_to_x = {executor.submit(slow_square, x): x for x in range(5)}
    results = {}
    for fut in as_completed(future_to_x):
        x = future_to_x[fut]
        try:
            results[x] = fut.result()
        except Exception as exc:
            results[x] = f"{type(exc).__name__}: {exc}"
for k in sorted(results):
    print(k, "->", results[k])
