import threading, sys

class CustomError(Exception):
    pass

def raise_custom():
    def inner():
        raise CustomError("inner failure")
    inner()

def raise_exit():
    sys.exit(3)

for target in (raise_custom, raise_exit):
    t = threading.Thread(target=target, name=target.__name__)
    t.start()
    t.join()
print("done")
