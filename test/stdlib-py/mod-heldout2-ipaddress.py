import ipaddress as ip
for s in ['999.1.1.1', '1.2.3', 'abc', '1.2.3.04', '::g', '1:2:3:4:5:6:7:8:9', '', '256.0.0.0']:
    try: ip.ip_address(s)
    except ValueError as e: print(type(e).__name__, '|', e)
for s in ['192.168.1.1/24', '10.0.0.0/33', '10.0.0.0/255.255.0.1', 'x/8']:
    try: ip.ip_network(s)
    except ValueError as e: print(type(e).__name__, '|', e)
for s in ['1.2.3.04', '256.1.1.1', '1.2.3', '1..2.3', '1.2.3.a']:
    try: ip.IPv4Address(s)
    except ValueError as e: print(type(e).__name__, '|', e)
for s in ['1:2', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '12345::', '1:2:3:4:5:6:7::8:9']:
    try: ip.IPv6Address(s)
    except ValueError as e: print(type(e).__name__, '|', e)
try: ip.IPv4Network('1.2.3.4/24')
except ValueError as e: print(type(e).__name__, '|', e)
a = ip.ip_address('192.168.0.1'); print(repr(a), a, int(a), a+1, a.packed, a.reverse_pointer, a.is_private, a.is_global, a.version, a.max_prefixlen)
n = ip.ip_network('192.168.0.0/29'); print(repr(n), n, list(n.hosts()), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.with_netmask, n.with_hostmask, list(n.subnets()), n.supernet(), n[3], n[-1])
v6 = ip.ip_address('2001:db8:0:0:0:0:0:1'); print(repr(v6), v6, v6.exploded, v6.compressed, v6.is_global, v6.reverse_pointer[:20])
print(ip.ip_address('::ffff:1.2.3.4'), ip.ip_address('::ffff:1.2.3.4').ipv4_mapped, ip.ip_network('2001:db8::/32'), list(ip.ip_network('10.0.0.0/30').subnets(new_prefix=31)))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/25'), ip.ip_network('10.0.0.128/25')])))
print(list(ip.collapse_addresses([ip.ip_address('10.0.0.%d' % i) for i in range(0, 7)])))
print(list(ip.summarize_address_range(ip.ip_address('10.0.0.3'), ip.ip_address('10.0.0.17'))))
i = ip.ip_interface('10.1.2.3/16'); print(repr(i), i.network, i.ip, i.with_prefixlen, i.with_netmask)
try: a < v6
except TypeError as e: print(e)
for s in ['0:0:0:0:0:0:0:0', '1:0:0:2:0:0:0:3', 'fe80::1', '::1', '1::', '2001:db8:85a3::8a2e:370:7334', '1:0:1:0:1:0:1:0']:
    x = ip.ip_address(s); print(x, x.exploded, x.is_link_local, x.is_loopback, x.is_private, x.is_reserved, x.is_multicast)
for s in ['8.8.8.8', '10.1.1.1', '127.0.0.1', '224.0.0.1', '100.64.0.1', '0.0.0.0', '169.254.1.1', '240.0.0.1']:
    x = ip.ip_address(s); print(x, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_reserved, x.is_unspecified, x.is_link_local)
net = ip.ip_network('10.0.0.0/24')
print(ip.ip_address('10.0.0.77') in net, ip.ip_address('10.0.1.1') in net, net.overlaps(ip.ip_network('10.0.0.128/25')), ip.ip_network('10.0.0.0/25').subnet_of(net), net.supernet_of(ip.ip_network('10.0.0.0/30')))
print(list(net.address_exclude(ip.ip_network('10.0.0.0/26'))))
print(sorted([ip.ip_network('10.0.1.0/24'), ip.ip_network('10.0.0.0/24'), ip.ip_network('10.0.0.0/16')]))
print(ip.ip_network('192.168.1.77/24', strict=False), ip.ip_network(('10.0.0.0', 8)), ip.IPv4Network('10.0.0.0/255.0.0.0'), ip.IPv4Network('10.0.0.0/0.255.255.255'))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.1/32').hosts()), list(ip.ip_network('2001:db8::/126').hosts()))
print(format(ip.ip_address('192.168.0.1'), 'b'), format(ip.ip_address('192.168.0.1'), '#x'))
print({ip.ip_address('1.1.1.1'), ip.ip_address('1.1.1.1')}, ip.ip_address(3232235777), ip.ip_address(b'\x7f\x00\x00\x01'), ip.IPv6Address(1))
for s in ['1:2', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '12345::', '1:2:3:4:5:6:7::8:9', '::', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', ':::', 'a:b:c:d:e:f:1:2', '1:2:3:4:5:6:7:8::']:
    try: print(ip.IPv6Address(s))
    except ValueError as e: print(type(e).__name__, '|', e)
for f in ['b', '_b', '#_x', 'X', 'n', 's', '>20s', '20']:
    try: print(repr(format(ip.ip_address('10.1.2.3'), f)), repr(format(ip.ip_address('::2'), f)))
    except TypeError as e: print(f, e)
