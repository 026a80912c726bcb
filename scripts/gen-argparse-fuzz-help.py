#!/usr/bin/env python3
"""Prints a test program: random argparse parsers (seeded by argv[1]) whose help is
formatted at several terminal widths; used for test/stdlib-py/mod-argparse-fuzzhelp*.py."""
import random, sys
random.seed(int(sys.argv[1]))
lines = ['import argparse, os', 'out = []']
for case in range(25):
    width = random.choice([30, 40, 50, 60, 80, 100, 120])
    lines.append(f"os.environ['COLUMNS'] = '{width}'")
    prog = random.choice(['p', 'prog', 'a-much-longer-program-name', 'x' * 40])
    desc = random.choice(['None', "'Short.'", "'A long description ' * 5"])
    lines.append(f"p = argparse.ArgumentParser(prog={prog!r}, description={desc}, add_help={random.random() < 0.8})")
    groups = ['p']
    if random.random() < 0.4:
        lines.append("g = p.add_argument_group('extra', 'group desc')"); groups.append('g')
    mx = None
    if random.random() < 0.4:
        lines.append(f"m = p.add_mutually_exclusive_group(required={random.random() < 0.3})"); mx = 'm'
    used = set()
    for k in range(random.randint(0, 7)):
        kind = random.random()
        target = random.choice(groups)
        if kind < 0.35:
            name = random.choice(['src', 'dst', 'files', 'n', 'item', 'rest']) + str(k)
            nargs = random.choice([None, "'?'", "'*'", "'+'", '2', '1'])
            meta = random.choice([None, "'M'", "('A', 'B')" if nargs == '2' else None])
            ch = random.choice([None, "['x', 'y', 'zz']"]) if not meta else None
            args = [repr(name)]
            if nargs: args.append(f"nargs={nargs}")
            if meta: args.append(f"metavar={meta}")
            if ch: args.append(f"choices={ch}")
            if random.random() < 0.7: args.append(f"help={random.choice(['short help', 'a considerably longer help text that will need wrapping over lines', 'default %(default)s'])!r}")
            lines.append(f"{target}.add_argument({', '.join(args)})")
        else:
            short = random.choice('abcdefgqrstuvwz')
            if short in used: continue
            used.add(short)
            long = random.choice(['verbose', 'output-file', 'level', 'x', 'a-very-long-option-name', 'mode']) + str(k)
            opts = [f"'-{short}'", f"'--{long}'"] if random.random() < 0.7 else [f"'--{long}'"]
            act = random.choice(["'store'", "'store_true'", "'count'", "'append'", None])
            args = list(opts)
            if act: args.append(f"action={act}")
            if act in ("'store'", "'append'", None):
                if random.random() < 0.3: args.append(f"nargs={random.choice(['2', chr(39)+'+'+chr(39), chr(39)+'*'+chr(39), chr(39)+'?'+chr(39)])}")
                if random.random() < 0.3: args.append("metavar='VALUE'")
                if random.random() < 0.2: args.append("choices=['one', 'two']")
            if random.random() < 0.7: args.append(f"help={random.choice(['h', 'help text for this option', 'a considerably longer help text for the option which needs wrapping'])!r}")
            if random.random() < 0.1: args.append("required=True")
            tgt = mx if (mx and random.random() < 0.5 and 'required=True' not in args) else target
            lines.append(f"{tgt}.add_argument({', '.join(args)})")
    lines.append("try:\n    out.append(p.format_help())\nexcept Exception as e:\n    out.append(type(e).__name__ + ': ' + str(e).split(' object at ')[0])")
lines.append("print('\\n=====\\n'.join(out))")
print('\n'.join(lines))
