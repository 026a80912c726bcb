"""UUID objects (universally unique identifiers, RFC 4122).

A UUID is just a 128-bit number.  Everything the UUID class offers
(the fields, the hex text, the bytes) is a different view of that one
number, so the object stores the number and computes the rest on demand.
"""

import os
import time as _time
from enum import Enum

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'getnode', 'SafeUUID',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# The text returned by UUID.variant.
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# The constructor has parameters called ``bytes`` and ``int`` that hide the
# builtins inside it, so keep the builtins reachable under other names.
_bytes = bytes
_int = int

_ALL_BITS = (1 << 128) - 1

# (name, width in bits) of the six RFC 4122 fields, most significant first.
_FIELD_LAYOUT = (
    ('time_low', 32),
    ('time_mid', 16),
    ('time_hi_version', 16),
    ('clock_seq_hi_variant', 8),
    ('clock_seq_low', 8),
    ('node', 48),
)

# Where the variant bits (top of byte 8) and version nibble (top of byte 6)
# sit, counted from the least significant bit of the 128-bit number.
_VARIANT_SHIFT = 62     # two or three bits starting here, going up
_VERSION_SHIFT = 76     # four bits


class SafeUUID(Enum):
    """Whether a UUID was made in a way that is safe for multiprocessing."""
    safe = 0
    unsafe = -1
    unknown = None


def _number_from_text(text):
    # Accepted spellings: optional 'urn:' / 'uuid:' prefixes, optional
    # braces around it, and any dashes; what is left must be 32 hex digits.
    text = text.replace('urn:', '').replace('uuid:', '')
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(text, 16)


def _swap_little_endian_parts(raw):
    # bytes_le stores the first three fields little-endian; reversing each
    # of those three pieces turns it into normal (big-endian) order and back.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _number_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for position, (value, (_name, width)) in enumerate(zip(fields, _FIELD_LAYOUT)):
        if not 0 <= value < (1 << width):
            article = 'an' if width == 8 else 'a'   # "an 8-bit", "a 16-bit"
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (position + 1, article, width))
        number = (number << width) | value
    return number


class UUID:
    """A UUID; build one from exactly one of hex, bytes, bytes_le, fields
    or int.  Giving a version stamps the RFC 4122 variant and that version
    into the number."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            number = _number_from_text(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            number = _int.from_bytes(_swap_little_endian_parts(_bytes(bytes_le)), 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            number = _int.from_bytes(bytes, 'big')
        elif fields is not None:
            number = _number_from_fields(fields)
        else:
            number = int
            if not 0 <= number <= _ALL_BITS:
                raise ValueError('int is out of range (need a 128-bit value)')

        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # Variant bits become "10" (RFC 4122) and the version nibble is
            # replaced by the requested version.
            number &= ~(0b11 << _VARIANT_SHIFT) & ~(0xf << _VERSION_SHIFT)
            number |= (0b10 << _VARIANT_SHIFT) | (version << _VERSION_SHIFT)

        # Our own __setattr__ refuses everything, so go around it.
        object.__setattr__(self, 'int', number)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # -- pickling: store the number (and safety only when it is known) --

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    # -- comparisons order UUIDs by their number; any other type gets
    #    NotImplemented so Python can try the other side or raise --

    def _compare(test):
        def method(self, other):
            if isinstance(other, UUID):
                return test(self.int, other.int)
            return NotImplemented
        return method

    __eq__ = _compare(lambda a, b: a == b)
    __lt__ = _compare(lambda a, b: a < b)
    __le__ = _compare(lambda a, b: a <= b)
    __gt__ = _compare(lambda a, b: a > b)
    __ge__ = _compare(lambda a, b: a >= b)
    del _compare

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    # -- text forms --

    def __str__(self):
        digits = self.hex
        # 8-4-4-4-12 groups of hex digits.
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    # -- byte forms --

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_little_endian_parts(self.bytes)

    # -- the six RFC 4122 fields, cut out of the number --

    @property
    def fields(self):
        values = []
        remaining = 128
        for _name, width in _FIELD_LAYOUT:
            remaining -= width
            values.append((self.int >> remaining) & ((1 << width) - 1))
        return tuple(values)

    # time_low, time_mid, ..., node are added below the class.

    @property
    def time(self):
        # 60-bit timestamp: the version nibble is not part of it.
        high = self.time_hi_version & 0x0fff
        return (high << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        # 14-bit sequence: the variant bits are not part of it.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        # Read the top three bits of byte 8: 0xx, 10x, 110, 111.
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version number.
        if self.variant != RFC_4122:
            return None
        return (self.int >> _VERSION_SHIFT) & 0xf


def _field_property(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask,
                    doc='%d-bit field starting at bit %d' % (width, shift))


# One read-only property per RFC 4122 field, made from the layout table so
# the bit positions are written down only once.
_shift = 128
for _name, _width in _FIELD_LAYOUT:
    _shift -= _width
    setattr(UUID, _name, _field_property(_shift, _width))
del _shift, _name, _width


# -- the hardware address used by uuid1 --

_node = None


def getnode():
    """Return a 48-bit node number.  We cannot read a network card's MAC
    address here, so (as the docs allow) a random number is chosen once,
    with the multicast bit set so it can never equal a real MAC."""
    global _node
    if _node is None:
        _node = _int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


# -- the generators --

# 100-nanosecond ticks between 1582-10-15 (start of the Gregorian
# calendar, the UUID epoch) and 1970-01-01 (the Unix epoch).
_GREGORIAN_TO_UNIX_TICKS = 0x01b21dd213814000

_previous_ticks = None


def uuid1(node=None, clock_seq=None):
    """Make a UUID from the current time, a clock sequence and the node."""
    global _previous_ticks
    ticks = _time.time_ns() // 100 + _GREGORIAN_TO_UNIX_TICKS
    # Two calls within one tick must still give different UUIDs.
    if _previous_ticks is not None and ticks <= _previous_ticks:
        ticks = _previous_ticks + 1
    _previous_ticks = ticks
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    parts = (
        ticks & 0xffffffff,
        (ticks >> 32) & 0xffff,
        (ticks >> 48) & 0x0fff,
        (clock_seq >> 8) & 0x3f,
        clock_seq & 0xff,
        node,
    )
    return UUID(fields=parts, version=1)


def _name_hash_uuid(algorithm, namespace, name, version):
    # uuid3 and uuid5 differ only in the hash: digest(namespace + name),
    # first 16 bytes, then stamp the version.
    import hashlib
    # 3.11 only takes str names (bytes names raise TypeError, as there).
    digest = hashlib.new(algorithm, namespace.bytes + _bytes(name, 'utf-8')).digest()
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """Make a UUID from the MD5 hash of a namespace UUID and a name."""
    return _name_hash_uuid('md5', namespace, name, 3)


def uuid4():
    """Make a random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """Make a UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _name_hash_uuid('sha1', namespace, name, 5)


# Namespace UUIDs defined by RFC 4122 for uuid3 and uuid5.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
