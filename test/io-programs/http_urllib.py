# urllib.request against the test server (its address in $BASE): statuses, headers, redirects, errors, POST
import json
import os
import urllib.error
import urllib.parse
import urllib.request

B = os.environ['BASE']

with urllib.request.urlopen(B + '/hello') as r:
    print(r.status, r.reason, r.code, r.getcode(), r.getheader('Content-Type'), r.headers['x-test'], r.getheader('Missing', 'dflt'), r.url == B + '/hello', r.msg)
    print(r.read())
print(list(urllib.request.urlopen(B + '/hello')))
r = urllib.request.urlopen(B + '/hello')
print(r.read(5), r.read(3), r.readline(), r.read(), r.read())
print(sorted(k.lower() for k in urllib.request.urlopen(B + '/hello').headers.keys()))
print(urllib.request.urlopen(B + '/headers').headers.get_all('X-Multi'), urllib.request.urlopen(B + '/headers').getheader('X-Multi'))
r = urllib.request.urlopen(B + '/redirect')
print(r.status, r.url == B + '/hello', r.read())
r = urllib.request.urlopen(B + '/redirect-abs')
print(r.status, r.geturl().endswith('/hello?from=abs'))
for path in ['/status/404', '/status/500', '/status/403', '/loop']:
    try:
        urllib.request.urlopen(B + path)
    except urllib.error.HTTPError as e:
        print(path, type(e).__name__, repr(str(e)), e.code, e.reason, repr(e), e.read(), isinstance(e, urllib.error.URLError), isinstance(e, OSError))
req = urllib.request.Request(B + '/echo', data=b'x=1', headers={'X-Custom': 'v', 'content-type': 'text/plain'}, method='PUT')
print(req.get_method(), req.full_url == B + '/echo', req.host == B[7:], req.selector, sorted(req.header_items()), req.has_header('X-custom'), req.get_header('Content-type'))
d = json.loads(urllib.request.urlopen(req).read())
print(d['method'], d['path'], d['body'], sorted(d['headers'].items()))
d = json.loads(urllib.request.urlopen(B + '/echo?q=1', data=urllib.parse.urlencode({'a': 'b c', 'd': 'é'}).encode()).read())
print(d['method'], d['path'], d['body'], sorted(d['headers'].items()))
d = json.load(urllib.request.urlopen(urllib.request.Request(B + '/echo', headers={'Accept': 'application/json'})))
print(d['method'], sorted(d['headers'].items()))
try:
    urllib.request.urlopen(urllib.request.Request(B + '/redirect307', data=b'p'))
except urllib.error.HTTPError as e:
    print('307 POST', e.code, e.reason)
d = json.loads(urllib.request.urlopen(urllib.request.Request(B + '/redirect303', data=b'p')).read())
print('303 ->', d['method'], d['body'], 'content-length' in d['headers'])
for url in ['http://127.0.0.1:1/', 'nope://x/']:
    try:
        urllib.request.urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e, type(e.reason).__name__)
for bad in ['', 'example.com/page', 'http://']:
    try:
        urllib.request.urlopen(bad)
    except (ValueError, urllib.error.URLError) as e:
        print(type(e).__name__, e)
try:
    urllib.request.urlopen(B + '/echo', data='text')
except TypeError as e:
    print('TypeError', e)
try:
    urllib.request.urlopen(B + '/hang', timeout=0.3)
except TimeoutError as e:
    print('TimeoutError', e)
r = urllib.request.urlopen(B + '/chunks')
print([line for line in r])
fn, headers = urllib.request.urlretrieve(B + '/bytes?n=20000', 'download.bin')
data = open(fn, 'rb').read()
print(fn, len(data), data[:8], headers['Content-Length'], headers.get_content_type())
print(urllib.request.urlopen(B + '/json').headers.get_content_charset(), urllib.request.urlopen(B + '/hello').headers.get_content_charset())
