# expected: by hand. ProcessPoolExecutor cannot exist in pygil: constructing one says so.
import concurrent.futures as cf

print(issubclass(cf.ProcessPoolExecutor, cf.Executor))
try:
    cf.ProcessPoolExecutor()
except NotImplementedError as e:
    print("NotImplementedError:", e)
cf.ProcessPoolExecutor(max_workers=2)
