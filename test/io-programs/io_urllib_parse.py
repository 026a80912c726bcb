# urllib.parse: split/join/quote/encode/parse_qs as CPython does them
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote, quote_plus,
                          unquote, unquote_plus, urlencode, parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes)
for url in ['http://user:pw@Host.example.com:8080/p/a;x?q=1&r=2#frag', 'https://[::1]:443/x?y#z', 'file:///etc/hosts', 'mailto:a@b.c',
            '//host/path', 'relative/path?x', 'HTTP://EXAMPLE.com', 'http://h/p;params', '  http://spaces/ ', 'http://a\tb\n/c', 'x:y', '/only/path', '']:
    r = urlparse(url)
    s = urlsplit(url)
    print(repr(url), r, s.hostname, s.port, s.username, s.password, r.geturl(), s.geturl())
for bad in ['http://[::1/', 'http://h:99999/', 'http://h:x/']:
    try:
        urlsplit(bad).port
    except ValueError as e:
        print('ValueError', e)
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('https', 'h:1', 'p', '', '')), urlunsplit(('', '', 'p', 'q', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://a/b/', 'c'), urljoin('http://a/b', 'c'), urljoin('', 'x'), urljoin('http://a', 'b'), urldefrag('http://x/y#z'), urldefrag('http://x/y'))
for s in ['a b&c=d/é?', '~user/_file-1.txt', '', 'ü€😀', '%']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'\x00\xff'), quote_from_bytes(b'a b'), unquote('%C3%A9%zz%4'), unquote('a+b%20c'), unquote_plus('a+b%20c'), unquote('%E2%82'), unquote_to_bytes('a%20b%ff'), unquote('%F0%9F%98%80'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é'}), urlencode([('k', 'v1'), ('k', 'v2')]), urlencode({'l': [1, 2]}), urlencode({'l': [1, 2]}, doseq=True), urlencode({'s': 'a/b'}, safe='/'), urlencode({'q': 'a b'}, quote_via=quote))
try:
    urlencode('notamapping')
except TypeError as e:
    print('TypeError', e)
print(parse_qs('a=1&a=2&b=&c=x+y&d=%20'), parse_qs('b=', keep_blank_values=True), parse_qsl('a=1&b=2;c=3'), parse_qsl('x&y=1', keep_blank_values=True), parse_qsl('a=1;b=2', separator=';'))
try:
    parse_qsl('x', strict_parsing=True)
except ValueError as e:
    print('ValueError', e)
r = urlparse('http://h/p?q#f')
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment, r._replace(fragment='').geturl(), tuple(r), r[1], len(r), r._fields, r._asdict())
print(urlsplit(b'http://h/p?q'), urlparse(b'http://x/y').netloc)
