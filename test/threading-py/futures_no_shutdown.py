# An executor never shut down: at exit its queued work still runs, then the workers stop.
import concurrent.futures as cf
import time

ex = cf.ThreadPoolExecutor(1)


def job(i):
    time.sleep(0.02)
    print("job", i)


for i in range(3):
    ex.submit(job, i)
print("main done")
