# urllib.parse against a matrix of URLs: urlsplit/urlparse fields and host properties,
# round trips through urlunsplit/urlunparse, urljoin of many references against several
# bases (RFC 3986's examples among them), urldefrag, the netloc checks, bytes input, quoting
# and query strings.
import itertools
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, SplitResult,
                          ParseResult, DefragResult, SplitResultBytes)
import urllib.parse as up


def show(label, fn, *args, **kw):
    try:
        print(label, repr(fn(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)


def host_fields(r):
    out = []
    for name in ('username', 'password', 'hostname', 'port'):
        try:
            out.append(getattr(r, name))
        except ValueError as e:
            out.append('ValueError: %s' % e)
    return out


schemes = ['', 'http:', 'HTTPS:', 'mailto:', 'file:', 'svn+ssh:', 'tel:', 'x1-y.z:', '1x:', 'a b:']
netlocs = ['', '//', '//host', '//User:Pa%3Ass@Host.EXAMPLE:8080', '//[::1]:80', '//[FE80::1%25Eth0]',
           '//h:', '//h:0', '//h:65536', '//h:x', '//u@', '//a@b@c:1', '//host;x']
paths = ['', '/', '/a/b', 'a/b', '/p;par', '/a;b/c;d', '//x', '/%7Euser/']
tails = ['', '?q=1&r', '#frag', '?q#f?g', '#f#g', '?']
for scheme, netloc, path, tail in itertools.product(schemes, netlocs, paths, tails):
    if (len(netloc) + len(path) + len(tail)) % 3 and netloc not in ('', '//host'):
        continue        # keep the output short: a deterministic third of the mixes
    url = scheme + netloc + path + tail
    try:
        s = urlsplit(url)
        p = urlparse(url)
        print(repr(url), tuple(s), p.params, host_fields(s), urlunsplit(s), p.geturl())
    except ValueError as e:
        print(repr(url), 'ValueError', e)

print('-- cleaning and options')
for url in ['  \x00\x1fhttp://x/\ta\nb\r', 'http://x#y/z', 'path:80', 'a:b:c', ':x', 'HTTP://X.com/A',
            'http://x?q#f?g', 'http://x;p?q', '\u00e9:x', 'mailto:a@b?subject=hi']:
    show(repr(url), urlsplit, url)
    show(repr(url) + ' nofrag', urlsplit, url, allow_fragments=False)
show('default scheme', urlsplit, 'x/y', scheme=' ht\ttp ')
show('default scheme kept', urlsplit, 'ftp://x/y', 'http')
show('bytes', urlsplit, b'http://U:P@H:8/p?q#f')
r = urlsplit(b'http://U:P@H:8/p?q#f')
print(host_fields(r), r.geturl(), r.decode(), urlsplit('http://h/p?q').encode())
show('bytes parse', urlparse, b'http://h/p;x?y')
show('mixed', urljoin, 'http://a/', b'b')
show('mixed split', urlsplit, 'http://a/', b'http')
show('non-ascii bytes', urlsplit, b'http://\xe9/')

print('-- netloc checks')
for host in ['1.2.3.4', '01.2.3.4', '::1%eth0', '::1%', '1::2::3', '1:2:3:4:5:6:7:8',
             '1:2:3:4:5:6:7:8:9', '::ffff:1.2.3.4', '::12345', 'v1.x', 'V1.x', 'v.x', 'vg.x',
             '1:2:3:4:5:6:7::', '::', '1.2.3', '256.1.1.1', '::1.2.3.4:5', '1:2:3:4:5:6:1.2.3.4',
             '1:2:3:4:5:6:7:1.2.3.4', '1:2:3:4:5::1.2.3.4', '::1.2.3.4', ':1.2.3.4', 'fe80::1%25eth0',
             ':1::2', '1::2:', '', 'abcd:ef01::', 'ABCD::', ':::', '1:2:3:4:5:6:7:8::', 'g::1',
             '12345::', '1.2.3.4%x', '::1%a%b']:
    show(repr(host), urlsplit, 'http://[' + host + ']:8/')
for url in ['http://a[b/', 'http://a]b/', 'http://[::1/', 'http://[::1]x/', 'http://[[x]]/',
            'http://exam\uff0fple.com/', 'http://ex\u2100ample/', 'http://user:pa\uff03ss@host/',
            'http://h\u00e9/', 'http://\u00e9@x:1/']:
    show(repr(url), urlsplit, url)

print('-- unsplit / unparse')
for parts in [('http', '', '//x', '', ''), ('', '', '//x', '', ''), ('http', '', 'x', '', ''),
              ('mailto', '', 'x', 'q', 'f'), ('', 'h', 'p', '', ''), ('file', '', '/tmp', '', ''),
              ('tel', '', '123', '', ''), ('', '', '', '', ''), ('a', 'b')]:
    show(repr(parts), urlunsplit, parts)
for parts in [('http', 'h', '/p', 'a;b', 'q', 'f'), (b'http', b'h', b'/p', b'', b'', b''),
              ('', '', 'p', 'x', '', ''), ('http', 'h', '/p', '', '', '', '')]:
    show(repr(parts), urlunparse, parts)
show('list', urlunsplit, ['https', 'h', 'p', 'q', 'f'])

print('-- urljoin')
bases = ['http://a/b/c/d;p?q', 'http://a', 'http://a/', 'http://a/b/', 'http://a/b/c',
         'file:///tmp/x', 'mailto:a@b', 'svn://h/r/', 'rel/path', '', 'http://a/b/c/d;p?q#f',
         'foo:bar/baz', b'http://a/b/']
refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
        'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
        '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
        './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
        'g#s/./x', 'g#s/../x', 'http:g', 'http://x/../y', 'a//b//c', '//g/../h', '..//g',
        'https://z', 'mailto:c', '/', '?', '#']
for base in bases:
    for ref in refs:
        if isinstance(base, bytes):
            ref = ref.encode()
        show(repr((base, ref)), urljoin, base, ref)
show('nofrag join', urljoin, 'http://a/b#c', '#d', allow_fragments=False)
show('nofrag join2', urljoin, 'http://a/b', 'c#d', False)

print('-- urldefrag')
for url in ['http://h/p#f', 'http://h/p', 'http://h/p;a?q#', 'x#y#z', b'http://h/#f', '#only']:
    d = urldefrag(url)
    print(repr(url), d, d.geturl())

print('-- results')
s = SplitResult('http', 'h:1', '/p', 'q', 'f')
print(s, s._asdict(), s._replace(path='/z').geturl(), SplitResult._make(list(s)) == s,
      SplitResult._fields, s.port, s.count('q'), s.index('h:1'))
show('bad replace', s._replace, bogus=1)
show('missing', SplitResult, 'http')
show('too many', SplitResult, 1, 2, 3, 4, 5, 6)
show('kw', SplitResult, 'a', 'b', 'c', 'd', fragment='e')
show('unknown kw', SplitResult, 'a', 'b', 'c', 'd', 'e', x=1)
p = ParseResult(scheme='s', netloc='n', path='/p', params='a', query='q', fragment='f')
print(p, p.geturl(), p.encode('ascii'), type(p.encode()).__name__, isinstance(p, tuple))
print(DefragResult('u', 'f').geturl(), DefragResult('u', '').geturl(), DefragResult('u', 'f').encode())
print(SplitResultBytes(b'a', b'b', b'c', b'd', b'e').decode().geturl(), SplitResult.__module__)

print('-- quoting')
for text in ['', 'abc', 'a b/c~é', '/_.-~!*\'()', '€', 'a+b&c=d%', '\x00\x7f']:
    print(repr(text), quote(text), quote(text, safe=''), quote(text, safe='é+'), quote_plus(text),
          quote_plus(text, safe='/+'), quote(text.encode()), unquote(quote(text)))
for args in [('é', '/', 'latin-1'), ('€', '', 'ascii', 'replace'), ('€', '', 'ascii', 'xmlcharrefreplace')]:
    show(repr(args), quote, *args)
show('encoding for bytes', quote, b'x', encoding='utf-8')
show('errors for bytes', quote, b'x', errors='strict')
show('strict', quote, '€', '', 'ascii')
show('qfb str', quote_from_bytes, 'x')
show('qfb bytearray', quote_from_bytes, bytearray(b'a b\xff'), b'\xff ')
show('qp bytes', quote_plus, b'a b', safe=b'/')
show('qp bytes str safe', quote_plus, b'a b/', safe='/')
for text in ['%C3%A9', '%C3\u00e9%A9', 'a%C3b%A9', '%', '%4', '%41%4g', '%zz', '100%', '%e9%E9',
             'caf%C3%A9+x', '%F0%9F%98%80', '%ED%A0%80']:
    print(repr(text), repr(unquote(text)), repr(unquote_plus(text)), repr(unquote_to_bytes(text)),
          repr(unquote(text, 'latin-1')))
print(unquote(b'%41%C3%A9'), unquote_to_bytes(b'%%41'), unquote_to_bytes(''), unquote_to_bytes('\u00e9%41'))
show('unquote strict', unquote, '%ff', errors='strict')
show('utb int', unquote_to_bytes, 5)
show('utb None', unquote_to_bytes, None)

print('-- query strings')
for qs in ['a=1&b=2&a=3', 'a=1;b=2', 'a&b=&=c&d=%zz&e=%C3%A9+x', '', '&&', 'x=1&&y', 'k==v', '+=+',
           b'a=1&b=%41']:
    for kb, sp in [(False, False), (True, False), (False, True), (True, True)]:
        show(repr((qs, kb, sp)), parse_qsl, qs, kb, sp)
    show(repr(qs) + ' qs', parse_qs, qs, True)
for kw in [dict(separator=';'), dict(separator=b';'), dict(separator=None), dict(separator=''),
           dict(separator=5), dict(max_num_fields=2), dict(max_num_fields=3), dict(encoding='latin-1'),
           dict(errors='strict')]:
    show(repr(kw), parse_qsl, 'a=%E9;b=2&c', True, **kw)
show('empty max', parse_qsl, '', max_num_fields=0)
show('None', parse_qsl, None)
show('bytes nonascii', parse_qsl, b'a=%C3%A9')
for query, doseq in [({'a': [1, 2], 'b': b'x y', 'c': '\u00e9'}, True), ([('a', [1, 2])], False),
                     ({b'k': (b'v', 'w')}, True), ({'a': 5}, True), ({'a': 'x/y z'}, False),
                     ([('a', 1), ('a', None)], False), ({'s': {3}}, True), ((), False), ([], True)]:
    show(repr(query), urlencode, query, doseq)
show('quote_via', urlencode, {'a': 'x/y z'}, safe='/', quote_via=quote)
show('latin', urlencode, {'a': '\u00e9'}, encoding='latin-1')
for bad in ['abc', 5, [1], {1, 2}]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e, repr(e.__cause__))

print('-- legacy helpers')
print(up.unwrap('<URL:http://x>'), up.unwrap(' <http://y> '), up.unwrap('URL: z'),
      up.splittag('a#b#c'), up.splittag('ab'), up.splittype('HTTP://x'), up.splittype('/x'),
      up.splithost('//h/p'), up.splithost('//h?q'), up.splithost('//h'), up.splithost('p'))
