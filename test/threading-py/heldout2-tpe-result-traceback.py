from concurrent.futures import ThreadPoolExecutor

def divide(a, b):
    return a / b

with ThreadPoolExecutor() as pool:
    fut = pool.submit(divide, 1, 0)
print("about to get result")
fut.result()
