# The string module: constants, Template, Formatter, capwords.
import string
from string import Template, Formatter

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"), string.capwords(""))
t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(who="x"))
for bad in ["$", "cost $5", "${bad", "a $ b"]:
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
print(Template("$a$b ${c}d").safe_substitute(a=1), Template("$5 $x").safe_substitute(x=2))
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else "", Template("$x ${y} $$z $x").get_identifiers(), Template("$x $").is_valid(), Template("$x").is_valid())
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age} years, 100%%").substitute(name="Ann", age=30))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name!").substitute({"user.name": "bo"}))
print(t.template, Template("$x").substitute(x=[1, 2]))
f = Formatter()
print(f.format("{0} + {1} = {total:>5}", 2, 3, total=5))
print(list(f.parse("a{0}b{name!r:>4}c{{}}")))
print(f.vformat("{x}-{y}", (), {"x": 1, "y": 2}))
class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
print(Defaulting().format("{a} {b} {0}", "zero", a="A"))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{1}", 0)
except IndexError as e:
    print("IndexError:", e)
print(f.format("{0[1]} {0[k]!s}", {1: "one", "k": "kay"}), f.format("{:*^9}", "mid"), f.format("{!a}", "é"))
print(f.convert_field("x", "r"), f.format_field(3.14159, ".2f"))
