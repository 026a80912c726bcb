# html.parser: the handler calls for a document, attributes, references with and without
# convert_charrefs, comments, declarations, script/style text, input split across feeds,
# getpos/get_starttag_text, and a link-collecting subclass.
from html.parser import HTMLParser


class Recorder(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.getpos(), self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def handle_charref(self, name):
        self.events.append(('charref', name))


def show(doc, chunks=None, **kw):
    p = Recorder(**kw)
    if chunks is None:
        p.feed(doc)
    else:
        for i in range(0, len(doc), chunks):
            p.feed(doc[i:i + chunks])
    p.close()
    print(repr(doc[:40]), kw, chunks)
    for e in p.events:
        print('   ', e)


page = '''<!DOCTYPE html>
<html lang="en">
<head><meta charset=utf-8><title>Caf&eacute; &amp; Bar</title>
<style>p > a { color: red }</style></head>
<body class='main' data-x="1 &lt; 2" hidden>
<!-- a comment -- with dashes -->
<p>Hello, <b>World</b>!<br/>Line&nbsp;two &#169; &#x263A; &copy</p>
<A HREF="http://example.com/?a=1&amp;b=2" Title=unquoted>Link</A>
<img src="x.png" alt="" />
<script>if (a < b && c > d) { document.write("</p>"); }</script>
<?php echo 1; ?>
<![CDATA[raw <stuff>]]>
</body></html>
'''
show(page)
show(page, convert_charrefs=False)
show(page, chunks=7)
show(page, chunks=3, convert_charrefs=False)

for doc in ['<p>a < b and c<d</p>', 'x &amp y &unknown; z & w', '<div>unclosed', '<div class="a',
            'text <!-- unclosed comment', '<script>never closed', '</>', '</ weird>', '</ we ird>', '</3>', '</b c="d">', '<!bogus>',
            'a &#12', 'x &a-', '<br/><hr /><input disabled/>', '<a b=c/>', '<p\nclass="x"\n>t</p\n>',
            '<STYLE>A{}</style >done', '<a href=x?y=1&z=2>q</a>', 'tail &amp',
            '<![CDATA[a] ]>', '<![endif]>', '<![if x', '<a\x00b>', '<a b="x"c=d>', '<a b==c>']:
    show(doc)
    show(doc, convert_charrefs=False)


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == 'a':
            self.links.append(dict(attrs).get('href'))


for bad in ['<![foo]]>', '<![ x]]>']:
    try:
        HTMLParser().feed(bad)
    except AssertionError as e:
        print('AssertionError', e)

c = LinkCollector()
c.feed('<ul><li><a href="/one">1</a></li><li><a href="/two?x=1&amp;y=2">2</a></li><li><a>none</a></ul>')
c.close()
print(c.links)
p = HTMLParser()
p.feed('<p>ignored by the base class</p>')
p.close()
print(p.getpos(), p.get_starttag_text(), p.lasttag)
p.reset()
print(p.getpos(), p.rawdata == '')
