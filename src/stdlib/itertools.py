"""Functions creating iterators for efficient looping.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)

Each iterator is a class here (type(chain()) is itertools.chain, as in CPython). They take
exactly as many items from their inputs as CPython's do, which matters when an input
iterator is shared with other code.
"""

import sys as _sys

# Marks "no value yet" where None could be a real value.
_NOTHING = object()


def _is_number(value):
    # What CPython's count() accepts as a number (it has __index__, __int__ or __float__,
    # or is complex).
    if isinstance(value, (int, float, complex)):
        return True
    cls = type(value)
    return (hasattr(cls, '__index__') or hasattr(cls, '__int__')
            or hasattr(cls, '__float__') or hasattr(cls, '__complex__'))


def _as_index(value):
    """value as an int, as an argument that must be an integer."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# CPython's itertools are C types; these two helpers give their messages for wrong
# arguments ("cycle expected 1 argument, got 0", "combinations() missing required argument
# 'r' (pos 2)", ...).

def _positional(name, args, kwargs, low, high=None):
    """The positional-only arguments of a C function that takes no keywords."""
    high = low if high is None else high
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if low <= len(args) <= high:
        return args
    if low == high:
        expected = '%d argument%s' % (low, '' if low == 1 else 's')
    elif len(args) < low:
        expected = 'at least %d argument%s' % (low, '' if low == 1 else 's')
    else:
        expected = 'at most %d argument%s' % (high, '' if high == 1 else 's')
    raise TypeError('%s expected %s, got %d' % (name, expected, len(args)))


def _arguments(name, args, kwargs, positional, required, keyword_only=()):
    """The arguments of a C function with named parameters, as a list in parameter order
    (_NOTHING for one not given)."""
    names = list(positional) + list(keyword_only)
    if len(args) + len(kwargs) > len(names):
        raise TypeError('%s() takes at most %d argument%s (%d given)'
                        % (name, len(names), '' if len(names) == 1 else 's',
                           len(args) + len(kwargs)))
    if len(args) > len(positional):
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (name, len(positional), '' if len(positional) == 1 else 's',
                           len(args)))
    values = list(args) + [_NOTHING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (key, name))
        position = names.index(key)
        if position < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, key, position + 1))
        values[position] = value
    for position in range(required):
        if values[position] is _NOTHING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[position], position + 1))
    return values


# ---------------------------------------------------------------- infinite iterators

class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ... without end."""

    def __init__(self, *args, **kwargs):
        start, step = _arguments('count', args, kwargs, ('start', 'step'), 0)
        start = 0 if start is _NOTHING else start
        step = 1 if step is _NOTHING else step
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        if type(start) is bool:
            start = int(start)
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (type(self).__name__, self._value)
        return '%s(%r, %r)' % (type(self).__name__, self._value, step)

    def __reduce__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return type(self), (self._value,)
        return type(self), (self._value, step)


class cycle:
    """cycle(iterable): its items, then the same items again and again (saved on the
    first pass)."""

    def __init__(self, *args, **kwargs):
        iterable, = _positional('cycle', args, kwargs, 1)
        self._iterator = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._iterator:
                self._saved.append(item)
                return item
            self._first_pass = False
            self._iterator = None
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index += 1
        if self._index == len(self._saved):
            self._index = 0
        return item


class repeat:
    """repeat(object[, times]): object again and again, times times or without end."""

    def __init__(self, *args, **kwargs):
        # Spelled out to give CPython's messages for missing arguments.
        if len(args) + len(kwargs) > 2:
            raise TypeError('repeat() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        for name in kwargs:
            if name not in ('object', 'times'):
                raise TypeError("repeat() got an unexpected keyword argument '%s'" % name)
        if args:
            obj = args[0]
        elif 'object' in kwargs:
            obj = kwargs['object']
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if len(args) > 1:
            times = args[1]
        else:
            times = kwargs.get('times')
        self._object = obj
        if times is None:
            self._remaining = -1            # endless
        else:
            self._remaining = max(0, _as_index(times))

    def __iter__(self):
        return self

    def __next__(self):
        if self._remaining == 0:
            raise StopIteration
        if self._remaining > 0:
            self._remaining -= 1
        return self._object

    def __length_hint__(self):
        if self._remaining < 0:
            raise TypeError('len() of unsized object')
        return self._remaining

    def __repr__(self):
        if self._remaining < 0:
            return '%s(%r)' % (type(self).__name__, self._object)
        return '%s(%r, %d)' % (type(self).__name__, self._object, self._remaining)

    def __reduce__(self):
        if self._remaining < 0:
            return type(self), (self._object,)
        return type(self), (self._object, self._remaining)


# ---------------------------------------------------- iterators ending with their input

class accumulate:
    """accumulate(iterable[, func, *, initial=None]): running totals (or running
    results of func(total, item)), starting with initial when given."""

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _arguments('accumulate', args, kwargs,
                                             ('iterable', 'func'), 1, ('initial',))
        func = None if func is _NOTHING else func
        initial = None if initial is _NOTHING else initial
        self._iterator = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._iterator)
        if self._total is _NOTHING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:
    """chain(*iterables): the items of the first iterable, then of the second, and so on."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable, /):
        """chain.from_iterable(iterables): like chain(*iterables), reading
        iterables lazily."""
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._sources is not None:
            if self._active is None:
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    break
                self._active = iter(source)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __init__(self, *args, **kwargs):
        data, selectors = _arguments('compress', args, kwargs, ('data', 'selectors'), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile:
    """dropwhile(predicate, iterable): skip items while predicate(item) is true, then
    give every item that follows."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('dropwhile', args, kwargs, 2)
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            item = next(self._iterator)
            if not self._dropping:
                return item
            if not self._predicate(item):
                self._dropping = False
                return item


class filterfalse:
    """filterfalse(function, iterable): the items for which function(item) is false
    (the false items if function is None)."""

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('filterfalse', args, kwargs, 2)
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        function = self._function
        while True:
            item = next(self._iterator)
            if function is None:
                if not item:
                    return item
            elif not function(item):
                return item


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of consecutive items
    with equal key(item) (the item itself if key is None). A group is an iterator that
    stops working once the groupby moves on to the next run."""

    def __init__(self, *args, **kwargs):
        iterable, key = _arguments('groupby', args, kwargs, ('iterable', 'key'), 1)
        key = None if key is _NOTHING else key
        self._iterator = iter(iterable)
        self._keyfunc = key
        self._target_key = _NOTHING     # the key of the group handed out last
        self._current_key = _NOTHING    # the key of the item read last
        self._current_value = _NOTHING  # the item read last, until a group hands it out
        self._current_grouper = None    # only this grouper may still hand out items

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._iterator)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._current_value = value
        self._current_key = key

    def __next__(self):
        self._current_grouper = None
        # Skip what is left of the current group.
        while True:
            if self._current_key is _NOTHING:
                pass
            elif self._target_key is _NOTHING:
                break
            elif not _same(self._target_key, self._current_key):
                break
            self._step()
        self._target_key = self._current_key
        grouper = _grouper(self, self._target_key)
        self._current_grouper = grouper
        return self._current_key, grouper


class _grouper:
    """The items of one group of a groupby, valid until the groupby moves on."""

    def __init__(self, parent, target_key):
        self._parent = parent
        self._target_key = target_key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._current_grouper is not self:
            raise StopIteration
        if parent._current_value is _NOTHING:
            parent._step()
        if not _same(self._target_key, parent._current_key):
            raise StopIteration
        value = parent._current_value
        parent._current_value = _NOTHING
        return value


def _same(a, b):
    # Equality as CPython's containers test it: identity first, then ==.
    return a is b or bool(a == b)


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the items
    iterable[start:stop:step] would give, taking no more items from it than needed."""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        if len(args) < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % len(args))
        if len(args) > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % len(args))
        iterable = args[0]
        start, step = 0, 1
        if len(args) == 2:
            stop = _islice_stop(args[1])
        else:
            stop = _islice_stop(args[2])
            if args[1] is not None:
                start = _islice_index(args[1], 'Indices for islice() must be None or an '
                                      'integer: 0 <= x <= sys.maxsize.')
            if len(args) == 4 and args[3] is not None:
                step = _islice_index(args[3], 'Step for islice() must be a positive '
                                     'integer or None.', allow_zero=False)
        self._iterator = iter(iterable)
        self._next_index = start     # the index of the next item to hand out
        self._stop = stop            # -1: no end
        self._step = step
        self._count = 0              # items taken from the iterator so far

    def __iter__(self):
        return self

    def __next__(self):
        iterator = self._iterator
        if iterator is None:
            raise StopIteration
        try:
            while self._count < self._next_index:
                next(iterator)
                self._count += 1
            if self._stop != -1 and self._count >= self._stop:
                raise StopIteration
            item = next(iterator)
        except StopIteration:
            self._iterator = None
            raise
        self._count += 1
        self._next_index += self._step
        if self._stop != -1 and self._next_index > self._stop:
            self._next_index = self._stop
        return item


def _islice_stop(value):
    if value is None:
        return -1
    return _islice_index(value, 'Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')


def _islice_index(value, message, allow_zero=True):
    try:
        number = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if number < 0 or number > _sys.maxsize or (number == 0 and not allow_zero):
        raise ValueError(message)
    return number


class pairwise:
    """pairwise(iterable): (s0, s1), (s1, s2), (s2, s3), ..."""

    def __init__(self, *args, **kwargs):
        iterable, = _positional('pairwise', args, kwargs, 1)
        self._iterator = iter(iterable)
        self._previous = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        iterator = self._iterator
        if iterator is None:
            raise StopIteration
        try:
            if self._previous is _NOTHING:
                self._previous = next(iterator)
            item = next(iterator)
        except StopIteration:
            self._iterator = None
            self._previous = _NOTHING
            raise
        pair = (self._previous, item)
        self._previous = item
        return pair


class starmap:
    """starmap(function, iterable): function(*args) for each args of iterable."""

    def __init__(self, *args, **kwargs):
        function, iterable = _positional('starmap', args, kwargs, 2)
        self._function = function
        self._iterator = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._iterator)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)


class takewhile:
    """takewhile(predicate, iterable): the items while predicate(item) is true."""

    def __init__(self, *args, **kwargs):
        predicate, iterable = _positional('takewhile', args, kwargs, 2)
        self._predicate = predicate
        self._iterator = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._iterator)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration


class _tee_link:
    """One cell of the list a tee's iterators share: a value, and the cell after it
    (None while the value has not been read from the source yet)."""

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the iterators tee() returns; they share a buffer of the items read."""

    def __init__(self, iterable, /):
        source = iter(iterable)
        if isinstance(source, _tee):
            self._source, self._link = source._source, source._link
        else:
            self._source, self._link = source, _tee_link()

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._source)
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        twin = _tee.__new__(_tee)
        twin._source = self._source
        twin._link = self._link
        return twin


def tee(*args):
    """tee(iterable, n=2): n independent iterators over the items of iterable."""
    _positional('tee', args, {}, 1, 2)
    iterable, n = args if len(args) == 2 else (args[0], 2)
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    iterator = iter(iterable)
    copy_method = getattr(iterator, '__copy__', None)
    if copy_method is None:
        first = _tee(iterator)
    else:
        first = iterator
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): tuples of the i-th items of each
    iterable, until the longest is exhausted; the shorter ones give fillvalue."""

    def __init__(self, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) != 1 or 'fillvalue' not in kwargs:
                raise TypeError('zip_longest() got an unexpected keyword argument')
            fillvalue = kwargs['fillvalue']
        self._iterators = [iter(iterable) for iterable in iterables]
        self._active = len(self._iterators)
        self._fillvalue = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        iterators = self._iterators
        if not iterators or self._active == 0:
            raise StopIteration
        result = []
        for position, iterator in enumerate(iterators):
            if iterator is None:
                result.append(self._fillvalue)
                continue
            try:
                result.append(next(iterator))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                iterators[position] = None
                result.append(self._fillvalue)
        return tuple(result)


# --------------------------------------------------------------- combinatoric iterators

# product, permutations, combinations and combinations_with_replacement are native iterators
# (src/stdlib/itertools-combinatoric.ts): they only index a pool, and run much faster so.
from _pygil_itertools import (product, permutations, combinations,
                              combinations_with_replacement)


def _generic_alias(cls, item):
    # chain[int]: a types.GenericAlias where the runtime has one.
    try:
        alias_type = type(list[int])
    except TypeError:
        return cls
    return alias_type(cls, item)


# CPython implements these in C: messages name them "itertools.count" …, __name__ is "count".
import _pygil_types
for _cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
             groupby, _grouper, islice, pairwise, starmap, takewhile, _tee, zip_longest):
    _pygil_types.set_c_name(_cls, "itertools." + _cls.__name__)
    _pygil_types.hide_frames(_cls)   # no frame of theirs shows in a traceback either
# every helper here stands in for C code too
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if getattr(_v, '__module__', None) == __name__ and callable(_v)])
del _cls, _pygil_types
