# difflib in a "compare two versions" tutorial.
import difflib

old = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punct="!"):
    print(f"Hello {name}{punct}")

greet("world")
greet("class")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="v1.py", tofile="v2.py")))
print("".join(difflib.unified_diff(old, new, n=0)))
print("".join(difflib.context_diff(old, new, fromfile="a", tofile="b")))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
diff = list(difflib.ndiff(["apple\n", "banana\n"], ["apple\n", "bananas\n"]))
print("".join(difflib.restore(diff, 1)), "".join(difflib.restore(diff, 2)))
words = ["apple", "peach", "ape", "apply", "puppy", "maple"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("appel", words, n=2, cutoff=0.8))
print(difflib.get_close_matches("zzz", words), difflib.get_close_matches("pech", ["peach"], cutoff=0))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.find_longest_match(0, 5, 0, 4))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("{:7} a[{}:{}] --> b[{}:{}]".format(tag, i1, i2, j1, j2))
s2 = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())
s3 = difflib.SequenceMatcher(None, "qabxcd", "abycdf")
print(list(s3.get_grouped_opcodes(1)))
s3.set_seqs("abc", "abd")
print(s3.ratio())
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, [1, 2, 3], [3, 2, 1]).get_opcodes())
d = difflib.Differ()
print("".join(d.compare(["Hello world\n", "same\n"], ["Hallo world!\n", "same\n"])))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"))
print("\n".join(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff([], [])))
print("".join(difflib.unified_diff(["x\n"], [], "old", "new", "2024-01-01", "2024-01-02")))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")))
