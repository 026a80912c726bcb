# base64's command line (python -m base64), driven through base64.main() with sys.argv set.
import base64
import os
import sys
import tempfile

folder = tempfile.mkdtemp()
plain = os.path.join(folder, "plain.txt")
encoded = os.path.join(folder, "encoded.txt")
with open(plain, "wb") as f:
    f.write(b"x" * 100 + b"\nsecond line\n")
with open(encoded, "wb") as f:
    f.write(base64.encodebytes(b"decoded again\n"))


def run(*args):
    sys.argv = ["base64"] + list(args)
    sys.stdout.flush()
    try:
        base64.main()
    except SystemExit as e:
        print("exit status", e.code)
    sys.stdout.flush()
    print("--")


run("-t")
run("-h")
run(plain)
run("-e", plain)
run("-d", encoded)
run("-u", encoded)
run("-e", "-d", encoded)
run("-x")
run("-h", "-x")
try:
    run(os.path.join(folder, "missing.bin"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
os.remove(plain)
os.remove(encoded)
os.rmdir(folder)
