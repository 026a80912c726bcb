# shlex: split/quote/join and the shlex class in POSIX and compatibility modes.
import shlex

samples = [
    'ls -l "my file.txt" \'single quoted\' plain',
    'echo "a \\"quoted\\" word" back\\ slash \\$HOME',
    "it's 'a' \"b'c\"",
    'a"b c"d e\'f g\'h',
    'x # a comment',
    'cmd --opt=value -f "" \'\' end',
    '"esc \\\\ \\n \\$ \\x" \'no \\ esc\'',
    'tab\tsep\nnew line\r\nend',
    'unicode éà ßü word',
    'a&&b||c;d>e<f|g(h)',
    '',
    '   ',
]
for s in samples:
    print(repr(s))
    for posix in (True, False):
        try:
            print('  split', posix, shlex.split(s, posix=posix))
        except ValueError as e:
            print('  split', posix, 'ValueError', e)
    try:
        print('  comments', shlex.split(s, comments=True))
    except ValueError as e:
        print('  comments ValueError', e)
    for posix in (True, False):
        lex = shlex.shlex(s, posix=posix)
        try:
            print('  tokens', posix, list(lex))
        except ValueError as e:
            print('  tokens', posix, 'ValueError', e)
    lex = shlex.shlex(s, posix=True, punctuation_chars=True)
    try:
        print('  punct', list(lex))
    except ValueError as e:
        print('  punct ValueError', e)
    lex = shlex.shlex(s, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    try:
        print('  punct+split', list(lex))
    except ValueError as e:
        print('  punct+split ValueError', e)

for bad in ['"unclosed', "'also", 'ends\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)

for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'x=y,z:1/2@3%+', 'é', 'tab\t']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(shlex.split(shlex.join(['a b', "c'd", '"e"'])))

lex = shlex.shlex('first second\nthird "4 5"\n# comment line\nlast')
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(repr(lex.get_token()), repr(lex.get_token()), lex.lineno, repr(lex.get_token()))
print(lex.error_leader('file.sh', 3), lex.error_leader())
lex = shlex.shlex('a b', posix=True)
lex.push_source('inner source')
print(list(lex), lex.eof)
lex = shlex.shlex('path/to/file.txt a-b', posix=False)
print(list(lex))
lex = shlex.shlex('a;b', punctuation_chars=';')
print(list(lex), lex.punctuation_chars)
