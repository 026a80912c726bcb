#!/usr/bin/env python3
"""Records what CPython 3.11 says about the lexer's test inputs, for test/lexer*.test.ts.

  python3 scripts/gen-lexer-expected.py

Writes, beside the inputs in test/lexer-cases/:
  *.tokens                 token streams from the `tokenize` module, for every *.py there and every
                           examples/*.py (as examples/NAME.tokens): one token a line,
                           `TYPE line col end_line end_col image` with UTF-8 byte columns, without
                           COMMENT, NL and ENDMARKER (which pygil's lexer does not produce);
                           keywords are typed by their text, operators by their exact token name.
  errors.expected.json     for each source in errors.json: the SyntaxError that `python3 FILE`
                           raises (type, msg, lineno, offset, end_lineno, end_offset, text) and
                           what it prints on stderr.
  numbers.expected.json    for each literal in numbers.json: its value.
  strings.expected.json    for each literal in strings.json: its value, or the error message.
  fstrings.expected.json   for each f-string in fstrings.json: the JoinedStr pieces, or the error.
"""
import ast
import json
import keyword
import os
import subprocess
import sys
import tempfile
import tokenize
import token
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "test" / "lexer-cases"

SKIPPED = {token.COMMENT, token.NL, token.ENDMARKER}


def token_lines(path: Path) -> str:
    source = path.read_bytes().decode("utf-8")
    if source.startswith("\ufeff"):
        source = source[1:]
    # Lines as CPython's tokenizer splits them (\r\n and \r are line ends).
    lines = [l + "\n" for l in source.replace("\r\n", "\n").replace("\r", "\n").split("\n")]

    def byte_col(row: int, col: int) -> int:
        line = lines[row - 1] if row - 1 < len(lines) else ""
        return len(line[:col].encode("utf-8"))

    out = []
    with open(path, "rb") as f:
        for tok in tokenize.tokenize(f.readline):
            if tok.type in SKIPPED or tok.type == token.ENCODING:
                continue
            if tok.type == token.OP:
                kind = token.tok_name[tok.exact_type]
            elif tok.type == token.NAME and keyword.iskeyword(tok.string):
                kind = tok.string
            else:
                kind = token.tok_name[tok.type]
            image = tok.string.replace("\r\n", "\n").replace("\r", "\n")
            (sl, sc), (el, ec) = tok.start, tok.end
            out.append(f"{kind} {sl} {byte_col(sl, sc)} {el} {byte_col(el, ec)} {json.dumps(image, ensure_ascii=False)}")
    return "\n".join(out) + "\n"


# Installed as sitecustomize for each `python3 FILE` run: prints the SyntaxError's fields.
EXCEPTHOOK = r'''
import sys, json
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        sys.stdout.write(json.dumps({"kind": t.__name__, "msg": e.msg, "lineno": e.lineno,
            "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset,
            "text": e.text}))
    sys.__excepthook__(t, e, tb)
sys.excepthook = hook
'''


def run_error_cases() -> None:
    cases = json.loads((CASES / "errors.json").read_text())
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "sitecustomize.py").write_text(EXCEPTHOOK)
        env = dict(os.environ, PYTHONPATH=tmp, PYTHONDONTWRITEBYTECODE="1")
        for name, source in cases.items():
            case_file = Path(tmp) / "case.py"
            case_file.write_bytes(source.encode("utf-8"))
            proc = subprocess.run([sys.executable, "case.py"], cwd=tmp, env=env, capture_output=True, text=True)
            record = json.loads(proc.stdout) if proc.stdout.startswith("{") else None
            if record is None:
                record = {"kind": None}
            record["stderr"] = proc.stderr.replace(str(case_file), "case.py")
            result[name] = record
    write_json(CASES / "errors.expected.json", result)


def describe_number(value):
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, int):
        return {"kind": "int", "value": str(value)}
    if isinstance(value, float):
        return {"kind": "float", "value": float_text(value)}
    return {"kind": "complex", "real": float_text(value.real), "imag": float_text(value.imag)}


def float_text(x: float) -> str:
    return repr(x)  # repr round-trips; "inf"/"nan" for the specials


def run_number_cases() -> None:
    cases = json.loads((CASES / "numbers.json").read_text())
    write_json(CASES / "numbers.expected.json", {lit: describe_number(eval(lit)) for lit in cases})


def compile_error(source: str):
    try:
        compile(source, "case.py", "exec")
    except SyntaxError as e:
        return {"error": e.msg}
    return None


def run_string_cases() -> None:
    cases = json.loads((CASES / "strings.json").read_text())
    result = {}
    for lit in cases:
        err = compile_error(f"x = {lit}\n")
        if err:
            result[lit] = err
            continue
        value = ast.literal_eval(lit)
        if isinstance(value, bytes):
            result[lit] = {"kind": "bytes", "value": list(value)}
        else:
            result[lit] = {"kind": "str", "value": [ord(c) for c in value]}
    write_json(CASES / "strings.expected.json", result)


def describe_joined(node: ast.JoinedStr):
    pieces = []
    for v in node.values:
        if isinstance(v, ast.Constant):
            pieces.append({"literal": v.value})
        else:
            expr = v.value
            piece = {
                "conversion": v.conversion,
                "line": expr.lineno, "col": expr.col_offset,
                "endLine": expr.end_lineno, "endCol": expr.end_col_offset,
                "expr": ast.unparse(expr),
            }
            if v.format_spec is not None:
                piece["spec"] = describe_joined(v.format_spec)
            pieces.append(piece)
    return pieces


def run_fstring_cases() -> None:
    """Each case is a statement `x = F` where F is one f-string token (possibly prefixed by
    lines, to move it); the value of x is described piece by piece."""
    cases = json.loads((CASES / "fstrings.json").read_text())
    result = {}
    for source in cases:
        err = compile_error(source)
        if err:
            result[source] = err
            continue
        value = next((n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.JoinedStr)), None)
        result[source] = {"pieces": describe_joined(value) if value else []}
    write_json(CASES / "fstrings.expected.json", result)


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def main() -> None:
    assert sys.version_info[:2] == (3, 11), "the expected outputs are CPython 3.11's"
    for path in sorted(CASES.glob("*.py")):
        path.with_suffix(".tokens").write_text(token_lines(path))
    (CASES / "examples").mkdir(exist_ok=True)
    for path in sorted((ROOT / "examples").glob("*.py")):
        (CASES / "examples" / (path.stem + ".tokens")).write_text(token_lines(path))
    run_error_cases()
    run_number_cases()
    run_string_cases()
    run_fstring_cases()


if __name__ == "__main__":
    main()
