# http.client without a server: the exception tree, its arguments, reprs and messages, and
# how HTTPConnection splits host and port.
import http.client as h

for e in [h.UnknownProtocol('HTTP/9'), h.IncompleteRead(b'abcde', 3), h.IncompleteRead(b'ab'),
          h.BadStatusLine(''), h.BadStatusLine('xx'), h.LineTooLong('header line'),
          h.RemoteDisconnected('Remote end closed'), h.RemoteDisconnected(), h.NotConnected('a', 'b'),
          h.CannotSendRequest(), h.ResponseNotReady('Idle'), h.InvalidURL('bad')]:
    print(type(e).__name__, repr(e), str(e), e.args, getattr(e, 'line', None), getattr(e, 'partial', None),
          getattr(e, 'expected', None), getattr(e, 'version', None))
print([c.__name__ for c in h.RemoteDisconnected.__mro__])
for name in ['NotConnected', 'InvalidURL', 'UnknownProtocol', 'UnknownTransferEncoding',
             'UnimplementedFileMode', 'IncompleteRead', 'ImproperConnectionState', 'CannotSendRequest',
             'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine', 'LineTooLong', 'RemoteDisconnected']:
    cls = getattr(h, name)
    print(name, cls.__module__, cls.__bases__[-1].__name__, issubclass(cls, h.HTTPException))
print(h.error is h.HTTPException, h.HTTP_PORT, h.HTTPS_PORT, h.responses[404], h.responses[200])
try:
    raise h.RemoteDisconnected('gone')
except ConnectionResetError as e:
    print('caught as ConnectionResetError', e, isinstance(e, h.BadStatusLine))
for host in ['example.com', 'example.com:', 'example.com:81', '[::1]', '[::1]:8080', 'a:b', 'x:1:2',
             '[::1]:x', 'h:+81', '[fe80::1]:']:
    try:
        c = h.HTTPConnection(host)
        print(host, c.host, c.port)
    except h.InvalidURL as e:
        print(host, 'InvalidURL', e)
for host in ['example.com', 'example.com:8443', '[::1]']:
    c = h.HTTPSConnection(host)
    print(host, c.host, c.port)
c = h.HTTPConnection('h', 99)
print(c.host, c.port, c.timeout is not None)
try:
    c.getresponse()
except h.ResponseNotReady as e:
    print('ResponseNotReady', e)
try:
    c.putheader('X', 'y')
except h.CannotSendHeader as e:
    print('CannotSendHeader', repr(e))
# a str body must be Latin-1: the error says so before any connection is tried
try:
    h.HTTPConnection('localhost', 1).request('POST', '/', body='caf\u00e9 \u20ac\u20ac')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e, e.start, e.end)
