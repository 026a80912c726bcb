class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kwds): pass
class A(B, x=1, *c, y=2, **d): pass
@dec
class A:
    x: int = 1
    y = 2
    def method(self): return self.x
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
    class Inner:
        pass
class Empty:
    """Docstring only."""
class Ellipsis_:
    ...
