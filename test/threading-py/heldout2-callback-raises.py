from concurrent.futures import ThreadPoolExecutor, Future
def bad_callback(fut):
    raise ValueError("callback failed")
f = Future()
f.add_done_callback(bad_callback)
f.set_result(1)
print("after set_result")
f.add_done_callback(bad_callback)
print("after late add")
