"""Expected reports for src/parser/report.ts, printed by CPython 3.11 itself.

For hand-picked and seeded random SyntaxError fields (text with leading blanks, tabs, form feeds,
several lines, non-ASCII; offsets and end offsets before, inside and past the text; errors that
run onto later lines), python3's own excepthook prints the report; the pairs go to
test/syntax-error-report-expected.json.

Run from the repository root: python3 scripts/gen-syntax-error-report-expected.py
"""
import io
import json
import random
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
KINDS = {"SyntaxError": SyntaxError, "IndentationError": IndentationError, "TabError": TabError}


def report(case):
    cls = KINDS[case["kind"]]
    err = cls(case["msg"], (case["filename"], case["lineno"], case["offset"], case["text"],
                            case["endLineno"], case["endOffset"]))
    buf = io.StringIO()
    saved, sys.stderr = sys.stderr, buf
    try:
        sys.__excepthook__(cls, err, None)  # the C printer `python3 FILE` uses, without a traceback
    finally:
        sys.stderr = saved
    return buf.getvalue()


def case(text, offset, end_offset=None, lineno=1, end_lineno=None, kind="SyntaxError", msg="invalid syntax",
         filename="prog.py"):
    return {"kind": kind, "msg": msg, "filename": filename, "lineno": lineno, "offset": offset, "text": text,
            "endLineno": end_lineno, "endOffset": end_offset}


def hand_picked():
    t = "abc def ghi\n"
    out = [case(t, o) for o in [None, -3, 0, 1, 2, 5, 11, 12, 13, 20]]
    out += [case(t, 5, eo, end_lineno=1) for eo in [None, -1, 0, 1, 3, 5, 6, 8, 12, 13, 20]]
    out += [case(t, 5, 8, end_lineno=2), case(t, 5, 3, end_lineno=2), case(t, 5, None, end_lineno=3),
            case("abc def", 5, None, lineno=3, end_lineno=4), case("abc def", 8, 9, lineno=3, end_lineno=4),
            case("abc def", 5, 8, lineno=3, end_lineno=2)]
    for text in ["abc", "   abc", "\t\t abc", "", "\n", "  \n", "a\nbc\ndef\n", "a\nbc\ndef", "  a\n  bc\n",
                 "abc   \n", "abc \x0c x\n", "x\r\n", "x\ry\n", "ñññ x", "é€😀 abc", "😀😀 abc", "abc\n\n",
                 "\x0cif x\n", "\tprint(1 +)\n", "    y = 2\n", "        pass\n", "def f():\n"]:
        for offset in range(-1, len(text) + 3):
            for end in [None, offset, offset + 1, offset + 3, len(text) + 5]:
                out.append(case(text, offset, end, end_lineno=1 if end is not None else None))
            out.append(case(text, offset, offset + 2, end_lineno=2))
    out += [case(None, 1, 2), case("abc", 1, 2, lineno=0), case("abc", 1, 2, msg=""),
            case("abc", 1, 2, kind="IndentationError", msg="unexpected indent"),
            case("abc", 1, 2, kind="TabError", msg="inconsistent use of tabs and spaces in indentation"),
            case("x = 1", 1, 2, filename="dir/sub dir/ü.py")]
    return out


def random_cases(rng, n):
    pieces = ["x", " = ", "foo(", ")", "[1, 2]", "'str'", "é", "€", "😀", "\t", " ", "  ", "\x0c", "if a", ":",
              "\n", "pass", "日本"]
    out = []
    for _ in range(n):
        text = rng.choice(["", " ", "    ", "\t", " \t ", "\x0c"]) + "".join(
            rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.6:
            text += "\n"
        length = len(text)
        offset = rng.choice([None, 0, -1, rng.randint(1, length + 3), rng.randint(1, length + 3)])
        end = rng.choice([None, -1, 0, rng.randint(0, length + 4), (offset or 0) + rng.randint(0, 4)])
        lineno = rng.randint(1, 3)
        end_lineno = rng.choice([None, lineno, lineno, lineno + 1, lineno - 1])
        kind = rng.choice(list(KINDS))
        out.append(case(text, offset, end, lineno, end_lineno, kind))
    return out


def main():
    rng = random.Random(3117)
    cases = hand_picked() + random_cases(rng, 1500)
    with open("test/syntax-error-report-expected.json", "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps([c, report(c)], ensure_ascii=True) for c in cases) + "\n]\n")


main()
