# "import this": the Zen of Python, and the module a course pokes at afterwards.
import this
print(len(this.s), this.c, this.i, len(this.d), this.d["a"], this.d["N"], this.s[:20], sorted(k for k in vars(this) if not k.startswith("__")))
import this
