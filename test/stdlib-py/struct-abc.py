# abc: abstract base classes, abstract methods and properties, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod, get_cache_token
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
s = Square(3)
print(s.describe(), s.perimeter(), isinstance(s, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), ABCMeta.__module__, repr(ABC))


class Animal(metaclass=ABCMeta):
    @property
    @abstractmethod
    def sound(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Dog(Animal):
    @property
    def sound(self):
        return "woof"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def kind():
        return "mammal"


print(sorted(Animal.__abstractmethods__), Dog.create().sound, Dog.kind())
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(int, Sized))


class Drawable(ABC):
    pass


class Legacy:
    def draw(self):
        return "drawn"


token = get_cache_token()
print(Drawable.register(Legacy) is Legacy, get_cache_token() != token)
print(isinstance(Legacy(), Drawable), issubclass(Legacy, Drawable), Drawable in Legacy.__mro__)


@Drawable.register
class Other:
    pass


class SubOther(Other):
    pass


print(issubclass(SubOther, Drawable), isinstance(1, Drawable), Drawable.register(int), isinstance(True, Drawable))
for bad in (lambda: Drawable.register(3), lambda: Legacy.__class__ and Square.register(Shape), lambda: issubclass(3, Drawable)):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)


class Old(ABC):
    @abstractproperty
    def value(self):
        ...

    @abstractclassmethod
    def make(cls):
        ...


print(sorted(Old.__abstractmethods__))


class Template(ABC):
    def run(self):
        return [self.step1(), self.step2()]

    @abstractmethod
    def step1(self):
        return "base1"

    def step2(self):
        return "base2"


class Concrete(Template):
    def step1(self):
        return "mine+" + super().step1()


print(Concrete().run())


class Late(ABC):
    @abstractmethod
    def f(self):
        ...


class LateImpl(Late):
    pass


LateImpl.f = lambda self: 1
abc.update_abstractmethods(LateImpl)
print(LateImpl().f(), LateImpl.__abstractmethods__)
Half()
