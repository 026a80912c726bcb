# requests against the test server (its address in $BASE): responses, params, bodies, redirects, streaming, errors
import json
import os
import requests

B = os.environ['BASE']
r = requests.get(B + '/hello')
print(r, r.status_code, r.ok, bool(r), r.reason, r.encoding, repr(r.text), r.content, r.url == B + '/hello', r.headers['content-type'], r.headers.get('X-TEST'), r.history, r.is_redirect)
print(dict(r.headers)['X-Test'], 'x-test' in r.headers, r.headers.get('missing'), r.request.method, r.request.url == B + '/hello', r.elapsed.total_seconds() >= 0)
r = requests.get(B + '/text-latin1')
print(r.encoding, repr(r.text))
r = requests.get(B + '/json')
print(r.json(), r.encoding, r.json()['c'])
d = requests.get(B + '/echo', params={'a': 1, 'b': ['x', 'y'], 'c': 'é ö', 'none': None}, headers={'X-A': 'b'}).json()
print(d['method'], d['path'], d['headers']['x-a'], d['headers']['accept-encoding'], d['headers']['accept'])
print(requests.get(B + '/echo?z=0', params={'a': 1}).json()['path'], requests.get(B + '/echo', params='raw=1').json()['path'])
d = requests.post(B + '/echo', data={'k': 'v w', 'l': ['1', '2']}).json()
print(d['method'], d['body'], d['headers']['content-type'], d['headers']['content-length'])
d = requests.post(B + '/echo', json={'k': [1, 2], 'u': 'é'}).json()
print(d['body'], d['headers']['content-type'])
d = requests.post(B + '/echo', data=[('a', '1'), ('a', '2')]).json()
print(d['body'])
d = requests.post(B + '/echo', files={'f': ('note.txt', b'file body', 'text/plain')}, data={'x': '1'}).json()
print(d['headers']['content-type'].split(';')[0], 'name="f"; filename="note.txt"' in d['body'], 'file body' in d['body'], 'name="x"' in d['body'])
print(requests.put(B + '/echo', data=b'raw').json()['body'], requests.patch(B + '/echo', data='txt').json()['method'], requests.delete(B + '/echo').json()['method'], requests.options(B + '/echo').json()['method'])
print(requests.request('GET', B + '/echo').json()['method'], requests.delete(B + '/echo').json()['headers'].get('content-length'), requests.post(B + '/echo').json()['headers'].get('content-length'))
r = requests.head(B + '/hello')
print(r.status_code, repr(r.text), r.headers['Content-Type'])
r = requests.get(B + '/redirect')
print(r.status_code, r.url == B + '/hello', r.history, r.history[0].status_code, r.history[0].headers['location'], r.text.split())
r = requests.get(B + '/redirect', allow_redirects=False)
print(r.status_code, r.is_redirect, r.headers['location'], r.next is not None and r.next.url == B + '/hello')
d = requests.post(B + '/redirect303', data={'a': 1}).json()
print('303', d['method'], d['body'], 'content-type' in d['headers'])
d = requests.post(B + '/redirect301', data={'a': 1}).json()
print('301', d['method'], d['body'])
d = requests.post(B + '/redirect307', data={'a': 1}).json()
print('307', d['method'], d['body'])
try:
    requests.get(B + '/loop')
except requests.TooManyRedirects as e:
    print(type(e).__name__, e, e.response.status_code)
s = requests.Session()
s.max_redirects = 3
try:
    s.get(B + '/loop')
except requests.exceptions.TooManyRedirects as e:
    print('session', e)
for code in [200, 201, 204, 301, 400, 404, 418, 500, 503]:
    r = requests.get(B + f'/status/{code}', allow_redirects=False)
    try:
        r.raise_for_status()
        print(code, 'ok', r.ok, repr(r.text), r.reason)
    except requests.HTTPError as e:
        print(code, type(e).__name__, str(e).replace(B, '<BASE>'), e.response is r, r.ok)
r = requests.get(B + '/gzip')
print(r.text, r.headers['Content-Encoding'])
r = requests.get(B + '/chunks', stream=True)
print(list(r.iter_lines()))
r = requests.get(B + '/chunks', stream=True)
print(b''.join(r.iter_content(chunk_size=7)))
r = requests.get(B + '/chunks', stream=True)
print(''.join(r.iter_content(chunk_size=None, decode_unicode=True)).split())
r = requests.get(B + '/chunks')
print(list(r.iter_lines(decode_unicode=True)), r.iter_content(4).__next__())
r = requests.get(B + '/bytes?n=5000', stream=True)
chunks = [c for c in r.iter_content(1024)]
print(len(chunks), [len(c) for c in chunks], sum(map(len, chunks)))
try:
    r.content
except RuntimeError as e:
    print('RuntimeError', e)
r = requests.get(B + '/cookies')
print(r.cookies.get_dict(), r.headers['set-cookie'])
s = requests.Session()
s.headers.update({'X-S': '1'})
s.get(B + '/cookies')
d = s.get(B + '/echo', headers={'X-R': '2'}).json()
print(d['headers']['cookie'], d['headers']['x-s'], d['headers']['x-r'], sorted(s.cookies.get_dict().items()))
with requests.Session() as s2:
    s2.params = {'p': '1'}
    s2.auth = ('user', 'pw')
    d = s2.get(B + '/echo').json()
    print(d['path'], d['headers']['authorization'])
print(requests.get(B + '/echo', auth=('u', 'p')).json()['headers']['authorization'], requests.get(B + '/echo', cookies={'c': 'v'}).json()['headers']['cookie'])
try:
    requests.get(B + '/badjson').json()
except requests.exceptions.JSONDecodeError as e:
    print(type(e).__name__, e, isinstance(e, json.JSONDecodeError), isinstance(e, ValueError), isinstance(e, requests.RequestException))
for bad in ['', 'example.com', 'http://', 'ftp://x/y', 'localhost:8000/x', 'http://*invalid/', 'http://h:99x/']:
    try:
        requests.get(bad)
    except requests.RequestException as e:
        print(repr(bad), type(e).__name__, e, isinstance(e, ValueError))
for url, kw in [('http://127.0.0.1:1/', {}), (B + '/hang', {'timeout': 0.3}), (B + '/hang', {'timeout': (1, 0.2)}), (B + '/close', {})]:
    try:
        requests.get(url, **kw)
    except requests.RequestException as e:
        print(type(e).__name__, str(e).replace(B[7:], '<HOST>').replace(B.rsplit(':', 1)[1], '<PORT>'), isinstance(e, requests.ConnectionError), isinstance(e, requests.Timeout))
try:
    requests.get(B + '/hello', timeout=(1, 2, 3))
except ValueError as e:
    print('ValueError', e)
print(requests.codes.ok, requests.codes['not_found'], requests.codes.NOT_FOUND, requests.codes.teapot, requests.codes.get('nope'))
print(requests.utils.requote_uri('http://x/a b?c=d e'), requests.structures.CaseInsensitiveDict({'Ab': 1}))
with requests.get(B + '/hello', stream=True) as r:
    print(r.raw.read(5))
print(issubclass(requests.exceptions.ConnectTimeout, requests.exceptions.Timeout), issubclass(requests.exceptions.ConnectTimeout, requests.ConnectionError), requests.exceptions.MissingSchema.__mro__)
