"""IPv4 and IPv6 addresses, networks and interfaces.

Written for pygil from the ipaddress documentation; python3 was the oracle for the
string forms and the error messages.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value error related to the address."""


class NetmaskValueError(ValueError):
    """A value error related to the netmask."""


def _first_family_that_accepts(kinds, what, address, *extra):
    for kind in kinds:
        try:
            return kind(address, *extra)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string, an int or packed bytes."""
    return _first_family_that_accepts((IPv4Address, IPv6Address), 'address', address)


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; host bits set are an error unless strict=False."""
    return _first_family_that_accepts((IPv4Network, IPv6Network), 'network', address, strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface: an address with its network."""
    return _first_family_that_accepts((IPv4Interface, IPv6Interface), 'interface', address)


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    addr = str(address).split('/')
    if len(addr) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return addr


def summarize_address_range(first, last):
    """The smallest list of networks covering first..last (addresses of one version)."""
    both_addresses = isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)
    if not both_addresses:
        raise TypeError('first and last must be IP addresses, not networks')
    if last.version != first.version:
        raise TypeError(f'{first} and {last} are not of the same version')
    if last < first:
        raise ValueError('last IP address must be greater than first')
    net_type = first._network_type()
    width = first._max_prefixlen
    lo, hi = int(first), int(last)
    while lo <= hi:
        # Largest aligned block starting at lo that still fits below hi.
        align = (lo & -lo).bit_length() - 1 if lo else width
        fit = (hi - lo + 1).bit_length() - 1
        size_bits = align if align < fit else fit
        yield net_type((lo, width - size_bits))
        lo += 1 << size_bits
        if lo > net_type._ALL_ONES:
            break


def collapse_addresses(addresses):
    """Merge adjacent and overlapping networks (and addresses) into the fewest networks."""
    addrs = []
    singles = []
    blocks = []

    def keep(bucket, item, value):
        if bucket and bucket[-1].version != item.version:
            raise TypeError(f'{item} and {bucket[-1]} are not of the same version')
        bucket.append(value)

    for item in addresses:
        if isinstance(item, _BaseAddress):
            keep(singles, item, item)
        elif item._prefixlen != item._max_prefixlen:
            keep(blocks, item, item)
        else:
            keep(singles, item, item.network_address)
    ips = sorted(set(singles))
    nets = blocks
    if ips:
        start = ips[0]
        prev = ips[0]
        for ip in ips[1:]:
            if int(ip) != int(prev) + 1:
                addrs.extend(summarize_address_range(start, prev))
                start = ip
            prev = ip
        addrs.extend(summarize_address_range(start, prev))
    nets = sorted(set(nets + addrs), key=lambda n: (int(n.network_address), n.prefixlen))
    # drop networks inside others, then merge sibling halves until nothing changes
    changed = True
    while changed:
        changed = False
        out = []
        for net in nets:
            if out and out[-1].version == net.version and net.subnet_of(out[-1]):
                changed = changed or False
                continue
            out.append(net)
        merged = []
        for net in out:
            if merged:
                last = merged[-1]
                if (last.prefixlen == net.prefixlen and last.prefixlen > 0 and
                        last.supernet() == net.supernet()):
                    merged[-1] = last.supernet()
                    changed = True
                    continue
            merged.append(net)
        nets = sorted(set(merged), key=lambda n: (int(n.network_address), n.prefixlen))
    return iter(nets)


def get_mixed_type_key(obj):
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    elif isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        address_len = len(address)
        if address_len != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, address_len, expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        trailing_zeroes = (ip_int & -ip_int).bit_length() - 1 if ip_int else cls._max_prefixlen
        prefixlen = cls._max_prefixlen - trailing_zeroes
        leading_ones = ip_int >> trailing_zeroes
        all_ones = (1 << prefixlen) - 1
        if leading_ones != all_ones:
            byteslen = cls._max_prefixlen // 8
            details = ip_int.to_bytes(byteslen, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % details)
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        if not (prefixlen_str.isascii() and prefixlen_str.isdigit()):
            cls._report_invalid_netmask(prefixlen_str)
        try:
            prefixlen = int(prefixlen_str)
        except ValueError:
            cls._report_invalid_netmask(prefixlen_str)
        if not (0 <= prefixlen <= cls._max_prefixlen):
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _make_netmask(cls, spec):
        """(netmask address, prefix length) for an int or string spec, memoised per family."""
        memo = cls._netmask_cache
        found = memo.get(spec)
        if found is None:
            if isinstance(spec, int):
                if spec < 0 or spec > cls._max_prefixlen:
                    cls._report_invalid_netmask(spec)
                bits = spec
            else:
                bits = cls._prefix_from_text(spec)
            found = memo[spec] = (cls._plain_address_type()(cls._ip_int_from_prefix(bits)), bits)
        return found

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        # Accepts a netmask (1s then 0s) or a hostmask (0s then 1s).
        try:
            mask = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (mask, mask ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                continue
        cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        parts = address if isinstance(address, tuple) else _split_optional_netmask(address)
        return (parts[0], parts[1]) if len(parts) > 1 else (parts[0], cls._max_prefixlen)

    def __reduce__(self):
        return type(self), (str(self),)


def _version_clash(a, b):
    return TypeError(f'{a} and {b} are not of the same version')


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        if not (hasattr(other, '_ip') and hasattr(other, '_version')):
            return NotImplemented
        return (other._version, other._ip) == (self._version, self._ip)

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if other._version != self._version:
            raise _version_clash(self, other)
        return self._ip < other._ip

    def _shifted(self, delta):
        if type(delta) is not int and not isinstance(delta, int):
            return NotImplemented
        return type(self)(self._ip + delta)

    def __add__(self, other):
        return self._shifted(other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self._shifted(-other)

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        kind = fmt[-1]
        flags = fmt[:-1]
        if kind in 'bnxX' and flags in ('', '#', '_', '#_'):
            if kind == 'n':
                kind = 'b' if self._version == 4 else 'x'
            digits = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
            if '_' in flags:
                digits += digits // 4 - 1
            if '#' in flags:
                digits += 2
            return format(self._ip, f"{flags[:1] if '#' in flags else ''}0{digits}{'_' if '_' in flags else ''}{kind}")
        raise TypeError(f"unsupported format string passed to {type(self).__name__}.__format__")


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self.prefixlen}'

    def _setup_network(self, address, strict):
        given, mask = self._split_addr_prefix(address)
        make = self._address_class
        self.network_address = make(given)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        raw = int(self.network_address)
        masked = raw & int(self.netmask)
        if masked != raw:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = make(masked)
        # /31 and /32 (or /127, /128): every address counts as a host.
        spare_bits = self._max_prefixlen - self._prefixlen
        if spare_bits == 1:
            self.hosts = self.__iter__
        elif spare_bits == 0:
            self.hosts = lambda: [make(given)]

    def _int_bounds(self):
        lo = int(self.network_address)
        return lo, lo | int(self.hostmask)

    def hosts(self):
        """The usable host addresses: all but the network and broadcast addresses."""
        lo, hi = self._int_bounds()
        make = self._address_class
        return (make(v) for v in range(lo + 1, hi))

    def __iter__(self):
        lo, hi = self._int_bounds()
        make = self._address_class
        return (make(v) for v in range(lo, hi + 1))

    def __getitem__(self, n):
        lo, hi = self._int_bounds()
        target = lo + n if n >= 0 else hi + 1 + n
        if not lo <= target <= hi:
            raise IndexError('address out of range')
        return self._address_class(target)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if other._version != self._version:
            raise _version_clash(self, other)
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return mine < theirs

    def __eq__(self, other):
        needed = ('_version', 'network_address', 'netmask')
        if not all(hasattr(other, a) for a in needed):
            return NotImplemented
        return (self._version == other._version
                and self.network_address == other.network_address
                and int(other.netmask) == int(self.netmask))

    def __hash__(self):
        return hash(int(self.netmask) ^ int(self.network_address))

    def __contains__(self, other):
        if isinstance(other, _BaseNetwork) or other._version != self._version:
            return False
        return (other._ip & int(self.netmask)) == int(self.network_address)

    def overlaps(self, other):
        """Whether the two networks share addresses."""
        ends = ((self.network_address, other), (self.broadcast_address, other),
                (other.network_address, self), (other.broadcast_address, self))
        return any(addr in net for addr, net in ends)

    @property
    def broadcast_address(self):
        return self._address_class(self._int_bounds()[1])

    @property
    def hostmask(self):
        return self._address_class(self._ALL_ONES ^ int(self.netmask))

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        return 1 + (self._ALL_ONES ^ int(self.netmask))

    @property
    def _address_class(self):
        raise NotImplementedError

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks that make up this one without `other` (which must be inside it)."""
        if other._version != self._version:
            raise TypeError(f'{self} and {other} are not of the same version')
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f'{other} is not a network object')
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        hole = type(other)(f'{other.network_address}/{other.prefixlen}')
        # Halve repeatedly towards the hole; the half without it is part of the answer.
        block = self
        while block != hole:
            lower, upper = block.subnets()
            if hole.subnet_of(lower):
                block, spare = lower, upper
            else:
                block, spare = upper, lower
            yield spare

    def compare_networks(self, other):
        if other._version != self._version:
            raise TypeError(f'{self} and {other} are not of the same type')
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return (mine > theirs) - (mine < theirs)

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def _prefix_delta(self, prefixlen_diff, new_prefix, longer):
        if new_prefix is None:
            return prefixlen_diff
        if (new_prefix < self._prefixlen) if longer else (new_prefix > self._prefixlen):
            raise ValueError('new prefix must be longer' if longer else 'new prefix must be shorter')
        if prefixlen_diff != 1:
            raise ValueError('cannot set prefixlen_diff and new_prefix')
        return abs(new_prefix - self._prefixlen)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets that join to make this network (prefixlen_diff or new_prefix longer)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        diff = self._prefix_delta(prefixlen_diff, new_prefix, True)
        if diff < 0:
            raise ValueError('prefix length diff must be > 0')
        target = self._prefixlen + diff
        if target > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (target, self))
        lo, hi = self._int_bounds()
        size = 1 << (self._max_prefixlen - target)
        cls = type(self)
        for base in range(lo, hi + 1, size):
            yield cls((base, target))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network containing this one, prefixlen_diff (or to new_prefix) shorter."""
        if not self._prefixlen:
            return self
        diff = self._prefix_delta(prefixlen_diff, new_prefix, False)
        target = self.prefixlen - diff
        if target < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, diff))
        keep = self._ALL_ONES ^ ((1 << (self._max_prefixlen - target)) - 1)
        return type(self)((int(self.network_address) & keep, target))

    @property
    def is_multicast(self):
        return self.network_address.is_multicast and self.broadcast_address.is_multicast

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        return self._is_subnet_of(other, self)

    @property
    def is_reserved(self):
        return self.network_address.is_reserved and self.broadcast_address.is_reserved

    @property
    def is_link_local(self):
        return self.network_address.is_link_local and self.broadcast_address.is_link_local

    @property
    def is_private(self):
        return self.network_address.is_private and self.broadcast_address.is_private

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self.network_address.is_unspecified and self.broadcast_address.is_unspecified

    @property
    def is_loopback(self):
        return self.network_address.is_loopback and self.broadcast_address.is_loopback


# ------------------------------------------------------------------ IPv4

class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _prefix_from_text(cls, text):
        # IPv4 also takes dotted netmasks / hostmasks.
        try:
            return cls._prefix_from_prefix_string(text)
        except NetmaskValueError:
            return cls._prefix_from_ip_string(text)

    @classmethod
    def _plain_address_type(cls):
        return IPv4Address

    @classmethod
    def _network_type(cls):
        return IPv4Network

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(map(cls._parse_octet, octets), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" % octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" % octet_str)
        octet_int = int(octet_str, 10)
        if octet_int > 255:
            raise ValueError("Octet %d (> 255) not permitted" % octet_int)
        return octet_int

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        reverse_octets = str(self).split('.')[::-1]
        return '.'.join(reverse_octets) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv4Address(_BaseV4, _BaseAddress):
    """An IPv4 address, from '192.0.2.1', an int or 4 packed bytes."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        addr_str = str(address)
        if '/' in addr_str:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(addr_str)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in IPv4Network('240.0.0.0/4')

    @property
    def is_private(self):
        return any(self in net for net in _IPV4_PRIVATE)

    @property
    def is_global(self):
        return self not in IPv4Network('100.64.0.0/10') and not self.is_private

    @property
    def is_multicast(self):
        return self in IPv4Network('224.0.0.0/4')

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in IPv4Network('127.0.0.0/8')

    @property
    def is_link_local(self):
        return self in IPv4Network('169.254.0.0/16')


class _InterfaceOps:
    """Shared by IPv4Interface / IPv6Interface: an address that remembers its network."""
    __slots__ = ()

    def _setup_interface(self, address):
        host, mask = self._split_addr_prefix(address)
        bare = self._plain_address_type()
        bare.__init__(self, host)
        net = bare._network_type()((host, mask), strict=False)
        self.network = net
        self.netmask = net.netmask
        self._prefixlen = net._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return f'{self._plain_address_type().__str__(self)}/{self._prefixlen}'

    def __eq__(self, other):
        same_addr = self._plain_address_type().__eq__(self, other)
        if same_addr is NotImplemented or not same_addr:
            return same_addr
        other_net = getattr(other, 'network', None)
        return other_net is not None and other_net == self.network

    def __lt__(self, other):
        addr_less = self._plain_address_type().__lt__(self, other)
        if addr_less is NotImplemented:
            return NotImplemented
        if not hasattr(other, 'network'):
            return False
        if self.network == other.network:
            return addr_less
        return self.network < other.network

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def ip(self):
        return self._plain_address_type()(self._ip)

    def _host_text(self, tail):
        return f'{self._string_from_ip_int(self._ip)}/{tail}'

    with_prefixlen = property(lambda self: self._host_text(self._prefixlen))
    with_netmask = property(lambda self: self._host_text(self.netmask))
    with_hostmask = property(lambda self: self._host_text(self.hostmask))


class IPv4Interface(_InterfaceOps, IPv4Address):
    """An IPv4 address together with its network ('192.0.2.5/24')."""

    def __init__(self, address):
        self._setup_interface(address)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network, from '192.0.2.0/24' (or with a netmask or hostmask)."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._setup_network(address, strict)

    @property
    def is_global(self):
        return (not (self.network_address in IPv4Network('100.64.0.0/10') and
                     self.broadcast_address in IPv4Network('100.64.0.0/10')) and
                not self.is_private)


# ------------------------------------------------------------------ IPv6

class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _prefix_from_text(cls, text):
        return cls._prefix_from_prefix_string(text)

    @classmethod
    def _plain_address_type(cls):
        return IPv6Address

    @classmethod
    def _network_type(cls):
        return IPv6Network

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        """The integer of an IPv6 text address: up to 8 hextets, one '::' standing for a
        run of zero hextets, and optionally a dotted IPv4 address as the last 32 bits."""
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        pieces = ip_str.split(':')
        if len(pieces) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % ip_str)
        tail_v4 = None
        if '.' in pieces[-1]:
            try:
                tail_v4 = IPv4Address(pieces[-1])._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            pieces[-1:] = ['%x' % (tail_v4 >> 16), '%x' % (tail_v4 & 0xFFFF)]
        if len(pieces) > 9:
            raise AddressValueError("At most 8 colons permitted in %r" % ip_str)
        halves = ':'.join(pieces).split('::')
        if len(halves) > 2 or ':::' in ip_str:
            raise AddressValueError("At most one '::' permitted in %r" % ip_str)
        if len(halves) == 2:
            head = halves[0].split(':') if halves[0] else []
            tail = halves[1].split(':') if halves[1] else []
            if head and head[0] == '' or (halves[0].startswith(':')):
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if tail and tail[-1] == '' or (halves[1].endswith(':')):
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
            if len(head) + len(tail) > 7:
                raise AddressValueError("Expected at most 7 other parts with '::' in %r" % ip_str)
            hextets = head + ['0'] * (8 - len(head) - len(tail)) + tail
        else:
            hextets = pieces
            if len(hextets) != 8:
                raise AddressValueError("Exactly 8 parts expected without '::' in %r" % ip_str)
            if hextets[0] == '':
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
            if hextets[-1] == '':
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        value = 0
        try:
            for h in hextets:
                value = (value << 16) | cls._parse_hextet(h)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            msg = "At most 4 characters permitted in %r"
            raise ValueError(msg % hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        best_start, best_len = -1, 0
        start, length = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                if start < 0:
                    start = index
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            best_end = best_start + best_len
            if best_end == len(hextets):
                hextets += ['']
            hextets[best_start:best_end] = ['']
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        hextets = cls._compress_hextets(hextets)
        return ':'.join(hextets)

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            ip_str = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            ip_str = str(self.ip)
        else:
            ip_str = str(self)
        ip_int = self._ip_int_from_string(ip_str)
        hex_str = '%032x' % ip_int
        parts = [hex_str[x:x + 4] for x in range(0, 32, 4)]
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (':'.join(parts), self._prefixlen)
        return ':'.join(parts)

    def _reverse_pointer(self):
        reverse_chars = self.exploded[::-1].replace(':', '')
        return '.'.join(reverse_chars) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen


class IPv6Address(_BaseV6, _BaseAddress):
    """An IPv6 address, from '2001:db8::1', an int or 16 packed bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        scope = None
        if isinstance(address, int):
            self._check_int_address(address)
            value = address
        elif isinstance(address, bytes):
            self._check_packed_address(address, 16)
            value = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, scope = self._split_scope_id(text)
            value = self._ip_int_from_string(text)
        self._ip = value
        self._scope_id = scope

    def __str__(self):
        plain = _BaseAddress.__str__(self)
        return f'{plain}%{self._scope_id}' if self._scope_id else plain

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        verdict = _BaseAddress.__eq__(self, other)
        if verdict is NotImplemented or not verdict:
            return verdict
        return getattr(other, '_scope_id', None) == self._scope_id

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in IPv6Network('ff00::/8')

    @property
    def is_reserved(self):
        return any(self in x for x in _IPV6_RESERVED)

    @property
    def is_link_local(self):
        return self in IPv6Network('fe80::/10')

    @property
    def is_site_local(self):
        return self in IPv6Network('fec0::/10')

    @property
    def is_private(self):
        ipv4_mapped = self.ipv4_mapped
        if ipv4_mapped is not None:
            return ipv4_mapped.is_private
        return any(self in net for net in _IPV6_PRIVATE)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if (self._ip >> 96) != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if (self._ip >> 112) != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_InterfaceOps, IPv6Address):
    """An IPv6 address together with its network."""

    def __init__(self, address):
        self._setup_interface(address)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network, from '2001:db8::/32'."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._setup_network(address, strict)

    def hosts(self):
        """All addresses but the Subnet-Router anycast (the network address)."""
        lo, hi = self._int_bounds()
        make = self._address_class
        return (make(v) for v in range(lo + 1, hi + 1))

    @property
    def is_site_local(self):
        return self.network_address.is_site_local and self.broadcast_address.is_site_local


_IPV4_PRIVATE = [IPv4Network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
    '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
    '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
_IPV6_PRIVATE = [IPv6Network(n) for n in (
    '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
    '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
_IPV6_RESERVED = [IPv6Network(n) for n in (
    '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
    '8000::/3', 'a000::/3', 'c000::/3', 'e000::/4', 'f000::/5', 'f800::/6', 'fe00::/9')]
