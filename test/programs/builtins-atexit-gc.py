import atexit, gc, sys
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")
@atexit.register
def last():
    print("last registered, first run")
def removed():
    print("never")
atexit.register(removed)
atexit.unregister(removed)
try:
    atexit.register(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__, e)
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled(), gc.get_threshold(), gc.collect(0))
try:
    gc.collect(5)
except ValueError as e:
    print(type(e).__name__, e)
print("main done")
sys.exit(3)
