# html.parser: the same documents fed whole, one character at a time, and in pieces of
# two, with and without convert_charrefs; the events are merged so that text split across
# feeds compares equal, and positions are checked after every feed.
from html.parser import HTMLParser


class Events(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.seen = []

    def add(self, *event):
        if event[0] == 'data' and self.seen and self.seen[-1][0] == 'data':
            self.seen[-1] = ('data', self.seen[-1][1] + event[1])
        else:
            self.seen.append(event)

    def handle_starttag(self, tag, attrs):
        self.add('start', tag, tuple(attrs))

    def handle_endtag(self, tag):
        self.add('end', tag)

    def handle_data(self, data):
        self.add('data', data)

    def handle_comment(self, data):
        self.add('comment', data)

    def handle_decl(self, decl):
        self.add('decl', decl)

    def handle_pi(self, data):
        self.add('pi', data)

    def handle_entityref(self, name):
        self.add('entityref', name)

    def handle_charref(self, name):
        self.add('charref', name)

    def unknown_decl(self, data):
        self.add('unknown', data)


def run(doc, size, **kw):
    p = Events(**kw)
    positions = []
    if size is None:
        p.feed(doc)
    else:
        for k in range(0, len(doc), size):
            p.feed(doc[k:k + size])
            positions.append(p.getpos())
    p.close()
    return p.seen, positions[-3:], p.getpos()


docs = [
    '<p class="a b" id=x>one &amp; two &#60; three &#x3e; four</p>',
    '<ul>\n<li>a</li>\n<li>b &lt;c&gt;</li>\n</ul>\n',
    'a < b > c <',
    '<!DOCTYPE html><html><!-- note --><?xml version="1.0"?></html>',
    '<script>x = "<b>" + 1 < 2;</script >after',
    '<style>\na{}\n</STYLE>tail',
    'plain text with no markup at all',
    '&copy; 2024 &#169; &#xA9; done',
    '<br/><img src="a.png"/>',
    '<![CDATA[ raw ]]>text',
]
for doc in docs:
    for kw in ({}, {'convert_charrefs': False}):
        whole = run(doc, None, **kw)
        print(repr(doc[:30]), kw)
        print('   ', whole[0], whole[2])
        for size in (1, 2):
            pieces = run(doc, size, **kw)
            print('   ', size, pieces[0] == whole[0] or pieces[0], pieces[1], pieces[2])
