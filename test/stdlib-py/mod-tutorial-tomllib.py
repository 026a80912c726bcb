# tomllib (new in 3.11): the TOML spec's examples, pyproject.toml, parse_float, and error messages
import tomllib, io, os, tempfile
DOC = '''
# This is a TOML document

title = "TOML Example"

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"
'''
print(tomllib.loads(DOC))
MORE = r'''
int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101_0110
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
bool1 = true
str1 = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
str2 = """
Roses are red
Violets are blue"""
str3 = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
winpath = 'C:\Users\nodejs\templates'
regex = '<\i\c*\s*>'
quot15 = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
"quoted key" = 1
'literal.key' = 2
site."google.com" = true
fruit.apple.color = "red"
fruit.apple.taste.sweet = true
nested = [ [ 1, 2 ], ["a", "b", "c"], [], ]
mixed = [ 0.1, "x", {a = 1}, ]
points = [ { x = 1, y = 2, z = 3 },
           { x = 7, y = 8, z = 9 } ]   # comment
empty = {}

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''
data = tomllib.loads(MORE)
for k, v in data.items():
    print(k, repr(v))
print(tomllib.loads("x = 0.1\ny = 1e3", parse_float=lambda s: "F" + s))
print(tomllib.loads("lines = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\nq = ''''quoted'''''"))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "pyproject.toml")
    with open(p, "w") as f:
        f.write('[project]\nname = "demo"\nversion = "0.1.0"\ndependencies = [\n  "requests>=2",\n  "rich",\n]\n\n[tool.black]\nline-length = 88\n')
    with open(p, "rb") as f:
        cfg = tomllib.load(f)
    print(cfg, cfg["tool"]["black"]["line-length"])
    try:
        with open(p) as f:
            tomllib.load(f)
    except TypeError as e:
        print("TypeError:", e)
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
for bad in ["x = ", "x = 1\nx = 2", "[a]\n[a]", "x = [1, 2", "x = {a = 1", "x = 'abc", "x = 01", "= 1", "x = 1 y = 2", "a.b = 1\na = 2", "x = 1__0", "x = tru", "[t]\nx = 1\n[t.x]", "x = \"\\q\"", "x = 1979-13-01", "x = {a=1}\nx.b = 2", "arr = [1]\n[[arr]]"]:
    try:
        print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), "TOMLDecodeError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError)
for bad in ['x = "abc', 'x = """abc', "x = '''abc", 'x = [1,,2]', 'x = [1 2]', 'x = {a = 1,}', 'x = {a = 1 b = 2}', '[a', '[[a]', 'x = 2023-02-30', 'x = 12:61:00', 'x = 1.', 'x = .5', 'x = 1e', 'x = +', 'x = 0x', 'x = 1_', 'x = nan1', 'x', 'x = "a\nb"', 'x = 1 # c\n y = 2', '"" = 1', 'a . b = 3', 'x = [\n1, # c\n2\n]', 'x="\\u00"', 'x = 1979-05-27T07:32:00+25:00', 'x = 07:32', 'x = 1979-05-27T07:32', 'x = 0.1e-3_0', 'x = -0', 'x = 1979-05-27 07:32:00.1234567', 'x = 00:00:60', 'x = 9999-12-31T23:59:59.999999+23:59', "x = 'a\nb'", "x = 'ok' # comment \x01", 'a = {b = 1}\n[a.c]', '[a.b]\n[a]\nc = 1\n[a.b]', '[[a]]\n[a.b]\n[[a]]\n[a.b]', 'a = 1\n[a]']:
    try: print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e: print(repr(bad), 'ERR', e)
