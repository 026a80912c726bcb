import configparser
import io
import os
import tempfile

config = configparser.ConfigParser()
config['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
config['forge.example'] = {}
config['forge.example']['User'] = 'hg'
config['topsecret.server.example'] = {}
topsecret = config['topsecret.server.example']
topsecret['Port'] = '50022'
topsecret['ForwardX11'] = 'no'
config['DEFAULT']['ForwardX11'] = 'yes'
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'example.ini')
    with open(path, 'w') as configfile:
        config.write(configfile)
    print(open(path).read(), end="")
    config = configparser.ConfigParser()
    print(config.sections())
    print([os.path.basename(p) for p in config.read(path)], config.read([path, os.path.join(d, "missing.ini")]) == [path])
print(config.sections())
print('forge.example' in config, 'python.org' in config)
print(config['forge.example']['User'], config['DEFAULT']['Compression'])
topsecret = config['topsecret.server.example']
print(topsecret['ForwardX11'], topsecret['Port'])
for key in config['forge.example']:
    print(key)
print(config['forge.example']['ForwardX11'])
print(topsecret.getboolean('ForwardX11'), config['forge.example'].getboolean('ForwardX11'), config.getboolean('forge.example', 'Compression'))
print(topsecret.getint('Port'), config.getint('topsecret.server.example', 'Port') + 1)
print(topsecret.get('Cipher'), topsecret.get('Cipher', '3des-cbc'), config.get('forge.example', 'monster', fallback='No such things as monsters'))
print(config.getboolean('forge.example', 'Compression', fallback=True), config.getfloat('DEFAULT', 'CompressionLevel'))
print(dict(config['forge.example']), len(config), list(config), config.options('forge.example'))
print(config.items('topsecret.server.example'))
print([(name, repr(sect)) for name, sect in config.items()])
print(config.has_option('forge.example', 'user'), config.has_option('nope', 'x'), config.has_section('DEFAULT'))

sample = """
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures

[Escape]
gain: 80%%

[Simple Values]
key=value
spaces in keys=allowed
spaces in values=allowed as well
spaces around the delimiter = obviously
you can also use : to delimit keys from values

[All Values Are Strings]
values like this: 1000000
or this: 3.14159265359
are they treated as numbers? : no
integers, floats and booleans are held as: strings
can use the API to get converted values directly: true

[Multiline Values]
chorus: I'm a lumberjack, and I'm okay
    I sleep all night and I work all day

[No Values]
key_without_value
empty string value here =

[You can use comments]
# like this
; or this

# By default only in an empty line.
# Inline comments can be harmful because they prevent users
# from using the delimiting characters as parts of values.
# That being said, this can be customized.

    [Sections Can Be Indented]
        can_values_be_as_well = True
        does_that_mean_anything_special = False
        purpose = formatting for readability
        multiline_values = are
            handled just fine as
            long as they are indented
            deeper than the first line
            of a value
        # Did I mention we can indent comments, too?
"""
cp = configparser.ConfigParser(allow_no_value=True)
cp.read_string(sample)
print(cp.get('Paths', 'my_pictures'), cp.get('Paths', 'my_dir', raw=True), cp['Escape']['gain'])
print(repr(cp['Multiline Values']['chorus']))
print(cp['No Values']['key_without_value'], repr(cp['No Values']['empty string value here']))
print(dict(cp['Sections Can Be Indented']))
print(cp.getboolean('All Values Are Strings', 'can use the API to get converted values directly'))
print(cp.get('Paths', 'my_dir', vars={'home_dir': '/tmp'}))
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local

[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/

[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$80
""")
print(ext['Arthur']['python_dir'], ext['Arthur']['my_pictures'], ext['Arthur']['cost'])
raw = configparser.RawConfigParser()
raw.read_string("[s]\npct = 100%\nref = %(pct)s\n")
print(raw.get('s', 'pct'), raw.get('s', 'ref'))
custom = configparser.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
custom.read_string("[s]\nitems = a, b ,c\n")
print(custom.getlist('s', 'items'), custom['s'].getlist('items'))
cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamelCase = 1\n")
print(list(cs['S']))
cs.remove_option('S', 'CamelCase'); print(cs.remove_section('S'), cs.remove_section('S'), cs.sections())
