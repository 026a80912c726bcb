# string: constants, capwords, Template (substitute/safe_substitute/errors/subclasses), Formatter.
import string
from string import Template, Formatter


def attempt(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)


for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.capwords(' hello   world '), string.capwords('a-b c-d', '-'),
      string.capwords("they're bill's friends"), repr(string.capwords('')))

t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'x', 'what': 'y'}, what='override'), t.template)
attempt('missing key', lambda: t.substitute(who='tim'))
print(t.safe_substitute(who='tim'))
print(Template('${noun}ification costs $$10').substitute(noun='simpl'))
print(Template('$a$b ${a}_$b_ $$$a').substitute(a=1, b=2, b_=3))
for text in ['$who $', 'a\n$1', '${a b}', 'line1\nline2 $ x', '$', 'ok $$']:
    attempt('substitute %r' % text, lambda: Template(text).substitute(who=1))
    attempt('safe %r' % text, lambda: Template(text).safe_substitute(who=1))
print(Template('$a ${b} $$ $c $a').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid())
print(Template('$ä').safe_substitute(), Template('$Ab_1c').substitute(Ab_1c=3), Template('$x').substitute(x=[1, 2]))
print(Template.delimiter, Template.idpattern, Template.braceidpattern)


class PercentTemplate(Template):
    delimiter = '%'


print(PercentTemplate('%name is %% %{age}').substitute(name='Ann', age=30))
attempt('percent invalid', lambda: PercentTemplate('50% off').substitute())


f = Formatter()
print(f.format('{0} {x!r:>5} {1:.2f}', 1, 2.5, x='a'), f.format('{}{}', 1, 2), f.format('{0:{1}}|', 3, 5))
print(f.format('{a[k]} {b.real} {c[0][1]}', a={'k': 'v'}, b=3, c=[[1, 2]]))
print(list(f.parse('a{0}b{1:>3}c{x!r}d{{e}}')), list(f.parse('}}')), list(f.parse('{0:{1}}')))
print(list(f.parse('plain')), list(f.parse('')), list(f.parse('{}')))
attempt('single {', lambda: list(f.parse('{')))
attempt('single }', lambda: list(f.parse('}')))
attempt('manual then auto', lambda: f.format('{0}{}', 1, 2))
attempt('auto then manual', lambda: f.format('{}{0}', 1, 2))
attempt('bad conversion', lambda: f.format('{0!x}', 1))
attempt('missing attr', lambda: f.format('{a.b}', a=1))
attempt('index error', lambda: f.format('{3}', 1))


class Loud(Formatter):
    def format_field(self, value, format_spec):
        return str(value).upper()


print(Loud().format('hi {} and {name}', 'bob', name='ann'))


# (last: a Template subclass with its own idpattern needs the re module)
class UpperOnly(Template):
    idpattern = r'[A-Z]+'
    flags = 0


print(UpperOnly('$HOME $home').safe_substitute(HOME='/root', home='x'))
