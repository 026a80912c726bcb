#!/usr/bin/env python3
"""Prints a test program: random argparse parsers (seeded by argv[1]) given random
command lines; used for test/stdlib-py/mod-argparse-fuzzparse*.py."""
import random, sys
random.seed(int(sys.argv[1]))
L = ['import argparse, os, sys, io', "os.environ['COLUMNS'] = '80'", 'def attempt(p, a):',
     '    e = io.StringIO(); o = io.StringIO(); se, so = sys.stderr, sys.stdout; sys.stderr, sys.stdout = e, o',
     '    try:', '        r = repr(p.parse_args(a))', '    except SystemExit as x:', "        r = 'exit %s' % x.code",
     '    finally:', '        sys.stderr, sys.stdout = se, so', "    print(a, '->', r, e.getvalue(), o.getvalue()[:80])"]
for case in range(12):
    L.append("p = argparse.ArgumentParser(prog='t')")
    opts = []
    pos = []
    for k in range(random.randint(1, 6)):
        if random.random() < 0.4:
            nargs = random.choice([None, "'?'", "'*'", "'+'", '2'])
            name = 'p%d' % k
            L.append(f"p.add_argument({name!r}" + (f", nargs={nargs}" if nargs else '') + (", type=int" if random.random() < 0.3 else '') + ")")
            pos.append(name)
        else:
            s = 'abcxyz'[k % 6]
            act = random.choice(["'store'", "'store_true'", "'count'", "'append'", "'store_const'"])
            extra = ''
            if act == "'store_const'": extra = ', const=42'
            elif act in ("'store'", "'append'"):
                extra = random.choice(['', ", nargs='?'", ", nargs=2", ", nargs='*'", ", type=int", ", choices=['u','v']", ", default='9', type=int"])
            L.append(f"p.add_argument('-{s}', '--opt{s}', action={act}{extra})")
            opts.append(s)
    toks = ['1', '2', 'u', 'v', 'w', '--', '-3', '-x', '--optx=5', '-ab', '--opt', '-c1', '--nope']
    for o in opts:
        toks += ['-' + o, '--opt' + o, '-' + o + '7']
    for r in range(8):
        args = [random.choice(toks) for _ in range(random.randint(0, 6))]
        L.append(f"attempt(p, {args!r})")
print('\n'.join(L))
