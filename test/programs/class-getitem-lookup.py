# __class_getitem__ lives on the builtin containers, not on type: only type[...] is special-cased
print(hasattr(type, '__class_getitem__'), hasattr(int, '__class_getitem__'), hasattr(list, '__class_getitem__'))
print(type[int], type[int, str], list[int], dict[str, list[int]], tuple[int, ...])
class Plain: pass
class Meta(type): pass
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
print(hasattr(Plain, '__class_getitem__'), Box[int], Box['x'])
for thing in (Meta, int, Plain):
    try:
        thing[int]
    except TypeError as e:
        print(e)
print(isinstance(list[int], type), type(list[int]).__name__, list[int].__origin__, type[int].__args__)
