# Lookahead/lookbehind, conditionals, atomic groups, possessive quantifiers, backreferences,
# lazy quantifiers and a few classic patterns.
import re

print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'\w+(?!,)\b', 'a, b, c'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=abc)def', 'abcdef'), re.search(r'(?<=-)\w+', 'spam-egg'))
print(re.findall(r'(?<=a|b)c', 'ac bc cc'), re.findall(r'(?<=(?:ab|cd))e', 'abe cde xye'))
print(re.search(r'(?<=(a)b)c', 'abc').groups(), re.search(r'(?<=(\w){2})c', 'abc').groups())
print(re.search(r'(?<=\b)a', ' a'), re.match(r'a(?=b(?=c))', 'abc'), re.match(r'(?=(a+))a*b\1', 'baaabac'))
print(re.search(r'(?=(a+))a*b\1', 'baaabac'), re.findall(r'(?=(\w\w))', 'abcd'))
print(re.search(r'(a)(?<=\1)', 'ba'), re.search(r'(?P<x>x)(?<=(?P=x))', 'yx'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'(?<![\w.])\d+(?![\w.])', '12 a3 4.5 67'))
print(re.search(r'(?<=\U0001F600)x', 'a\U0001F600x'), re.search(r'(?<=.)x', '\U0001F600x'))

# conditionals
for s in ['<user@host>', 'user@host', '<user@host', 'user@host>']:
    print(s, bool(re.fullmatch(r'(<)?(\w+@\w+)(?(1)>|)', s)))
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c d>'))
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"'), re.match(r'(?P<q>")?\w+(?(q)")', 'abc"'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?(1)a|b)(x)?', 'b'), re.match(r'(?:(a)|b)(?(1)x|y)', 'by'))

# atomic groups and possessive quantifiers (3.11)
print(re.match(r'(?>a+)a', 'aaa'), re.match(r'a++a', 'aaa'), re.match(r'a++b', 'aab'), re.match(r'(?>ab|a)c', 'ac'))
print(re.match(r'(?:ab|a)c', 'ac'), re.match(r'x*+', 'xxx'), re.match(r'\d?+5', '5'), re.match(r'a{1,3}+a', 'aaaa'))
print(re.findall(r'"[^"]*+"', 'say "hi" and "bye"'), re.match(r'(?>(a+))b', 'aab').groups(), re.match(r'(a)*+b', 'aab').groups())
print(re.fullmatch(r'(?>\w+)\d', 'abc1'), re.fullmatch(r'\w++\d', 'abc1'), re.fullmatch(r'\w+\d', 'abc1'))

# backreferences
print(re.search(r'(\w+) \1', 'hello hello world'), re.findall(r'(\w)\1', 'aabbcd'))
print(re.search(r'(?P<word>\b\w+\b) (?P=word)', 'the the cat'), re.match(r'(a)|\1', 'x'), re.match(r'(?:(a)|x)\1?', 'x'))
print(re.match(r'(["\']).*?\1', '"it\'s" ok'), re.sub(r'(\b\w+)(\s+\1\b)+', r'\1', 'paris in the the the spring'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'), re.match(r'(a)\1{2}', 'aaa'))

# lazy vs greedy
html = '<b>bold</b> and <i>it</i>'
print(re.findall(r'<.*>', html), re.findall(r'<.*?>', html), re.match(r'a{2,4}?', 'aaaa'), re.match(r'a??b', 'ab'))
print(re.findall(r'\d+?', '123'), re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'(.*?),(.*)', 'a,b,c').groups())

# empty-width matches and iterations
print(re.findall(r'\b', 'ab cd'), re.findall(r'(?=a)|b', 'ab'), [m.span() for m in re.finditer(r'a*|b', 'aab')])
print(re.findall(r'(a|b)*?c', 'abac'), re.match(r'(?:a*)*b', 'aab'), re.match(r'(?:a|b)*', 'abab'), re.match(r'(a*)*b', 'b').groups())
print(re.fullmatch(r'(?:(?:a|b)+c)+', 'abcbac'), re.match(r'^(\w+)(?:\s+(\w+))*$', 'a b c').groups())

# classic patterns
email = re.compile(r'^[\w.+-]+@[\w-]+\.[\w.-]+$')
print([bool(email.match(e)) for e in ['a.b@c.org', 'x@y', 'bad@', 'o+k@d-e.co.uk']])
date = re.compile(r'(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>\d{2})')
print(date.findall('2024-01-05 2023-13-01 1999-12-31'), date.sub(r'\g<d>/\g<m>/\g<y>', 'on 2024-01-05.'))
print(re.findall(r'[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?', 'x=1.5e3, y=-.25, z=+7, w=3.'))
print(re.split(r'\s*(?:;|,|\s)\s*', 'a; b, c  d'), re.findall(r'#[0-9a-fA-F]{6}\b', '#fff #ABCDEF #12345g #a1b2c3'))
tokens = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))')
pos, out = 0, []
src = 'x = 3 * (y + 4.5) ** 2'
while pos < len(src):
    m = tokens.match(src, pos)
    if not m:
        break
    out.append((m.lastgroup, m.group(m.lastgroup)))
    pos = m.end()
print(out)

# a repeat whose body may match empty: Python takes the empty iteration before a later alternative
print(re.match(r'(?:x*|b)*', 'b'), re.match(r'(?:x*|b)?', 'b'), re.match(r'(?:x*|b)+', 'b'), re.match(r'(?:b??)*', 'b'))
print(re.match(r'(?:a*)*', 'aa'), re.match(r'(?:a?b?)*', 'ba'), re.match(r'(?:x*|b){2}', 'b'), re.match(r'(?:x*|b){1,3}', 'bb'))
print(re.match(' (?>(?:(?:\\B|\\B)|(?:x*+|[^a])*+)+?){2}(?:){,2}', ' b'), re.findall(r'(?:\s*|#)*', 'a # b'))
