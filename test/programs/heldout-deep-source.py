# Source nested too deep to compile: importing it raises RecursionError (never a JS stack trace).
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "deepsum.py"), "w") as f:
    f.write("x = " + "+".join(["1"] * 50000) + "\nprint(x)\n")
with open(os.path.join(tmp, "deepneg.py"), "w") as f:
    f.write("x = " + "-" * 5000 + "1\n")
with open(os.path.join(tmp, "fine.py"), "w") as f:
    f.write("x = " + "+".join(["1"] * 200) + "\n")
sys.path.insert(0, tmp)
import fine
print(fine.x)
for name in ("deepsum", "deepneg"):
    try:
        __import__(name)
    except RecursionError as e:
        print(name, "RecursionError:", e)
import deepsum
