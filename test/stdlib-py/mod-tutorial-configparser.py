# configparser: INI files as configuration tutorials use them (reading, typed getters, interpolation, writing, errors)
import configparser as cp
import os, tempfile, io
tests = ['key = value\n', '[a]\nx=1\n[a]\ny=2\n', '[a]\nx=1\nx=2\n', '[a]\ngarbage\nok=1\nmore garbage\n', '[a]\n  indented = 1\n', '[a]\nx = %(y)s\n', '[a]\nx=1\n[DEFAULT]\nd=2\n']
for t in tests:
    c = cp.ConfigParser()
    try:
        c.read_string(t); print('ok', {s: dict(c[s]) for s in c})
    except Exception as e: print(type(e).__name__, repr(str(e)), e.args)
c = cp.ConfigParser(); c.read_string('[a]\nx = %(y)s\nz = 100%%\nw = %z\n')
for k in 'xzw':
    try: print(c.get('a', k))
    except Exception as e: print(type(e).__name__, repr(str(e)))
for f in [lambda: c.get('b', 'x'), lambda: c.get('a', 'q'), lambda: c['q'], lambda: c['a']['q'], lambda: c.add_section('a'), lambda: c.add_section('DEFAULT'), lambda: c.set('a', 'n', 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, repr(str(e)))
c.read_string('[b]\nflag = maybe\n')
try: c.getboolean('b', 'flag')
except Exception as e: print(type(e).__name__, repr(str(e)))
try: c.getint('a', 'z', raw=True)
except Exception as e: print(type(e).__name__, repr(str(e)))
c2 = cp.ConfigParser(); c2.read_string('[a]\nx=%(x)s\n')
try: c2.get('a', 'x')
except Exception as e: print(type(e).__name__, repr(str(e)))
print(repr(c['a']), c['a'].name, list(c), len(c), 'a' in c, c.sections())

INI = """
# Application settings
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no

[paths]
home_dir = /Users
my_dir = %(home_dir)s/lumberjack
my_pictures = %(my_dir)s/Pictures
multi = first line
    second line

    fourth after blank
; a comment
empty =
"""
config = cp.ConfigParser()
config.read_string(INI)
print(config.sections(), config.defaults())
print('forge.example' in config, 'python.org' in config, config['forge.example']['User'], config['forge.example']['Compression'])
top = config['topsecret.server.example']
print(top['Port'], top.getint('Port'), top.getboolean('ForwardX11'), top.getboolean('Compression'), top.get('Cipher', 'aes'), top.getfloat('CompressionLevel'))
for key in config['forge.example']:
    print(key, '=', config['forge.example'][key])
print(config.get('paths', 'my_pictures'), config.get('paths', 'my_pictures', raw=True), repr(config.get('paths', 'multi')), repr(config['paths']['empty']))
print(config.items('paths'))
print(config.getint('forge.example', 'missing', fallback=-1), config.get('nosection', 'x', fallback='fb'), config.has_option('paths', 'home_dir'), config.has_option('paths', 'compression'), config.has_section('paths'))
print(config.options('forge.example'), dict(config['DEFAULT']), len(config['paths']))
config['new'] = {'a': '1', 'B': 'Two'}
config.set('new', 'c', 'three')
config['new']['d'] = 'four'
config.remove_option('new', 'a')
del config['topsecret.server.example']
config.add_section('extra')
out = io.StringIO()
config.write(out)
print(out.getvalue())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'app.ini')
    with open(path, 'w') as f:
        config.write(f, space_around_delimiters=False)
    c3 = cp.ConfigParser()
    print(c3.read([path, os.path.join(d, 'missing.ini')]) == [path], c3.sections(), c3['new']['b'])
    print(open(path).read().splitlines()[:6])
raw = cp.RawConfigParser()
raw.read_string('[s]\nfmt = %(asctime)s %(message)s\n')
print(raw.get('s', 'fmt'), raw.items('s'))
ext = cp.ConfigParser(interpolation=cp.ExtendedInterpolation())
ext.read_string('[common]\nbase = /opt\n[app]\nhome = ${common:base}/app\nlogs = ${home}/logs\ncost = $$5\n')
print(ext['app']['home'], ext['app']['logs'], ext['app']['cost'])
nv = cp.ConfigParser(allow_no_value=True)
nv.read_string('[mysqld]\nuser = mysql\nskip-bdb\nquick\n')
print(dict(nv['mysqld']), nv.get('mysqld', 'quick'))
ic = cp.ConfigParser(inline_comment_prefixes=(';', '#'), delimiters=(':',))
ic.read_string('[x]\nkey: value ; comment\nurl: http://a#b\n')
print(dict(ic['x']))
case = cp.ConfigParser()
case.optionxform = str
case.read_string('[S]\nMixedCase = 1\n')
print(list(case['S']))
lst = cp.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
lst.read_string('[s]\nitems = a, b ,c\n')
print(lst.getlist('s', 'items'), lst['s'].getlist('items'))
d = cp.ConfigParser()
d.read_dict({'db': {'host': 'localhost', 'port': 5432}, 'cache': {'on': True}})
print({s: dict(d[s]) for s in d.sections()}, d.getint('db', 'port'), d.getboolean('cache', 'on'))
print(isinstance(cp.NoSectionError('x'), cp.Error), issubclass(cp.MissingSectionHeaderError, cp.ParsingError), cp.DEFAULTSECT)
