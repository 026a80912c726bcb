# html: escape and unescape (HTML5 character references), html.entities tables.
import html
import html.entities as ent

print(html.escape('<a href="x?a=1&b=2">it\'s</a>'), html.escape('<"\'>&', quote=False))
cases = [
    '&lt;p&gt; &amp;amp; &quot;q&quot; &#39;s&#x27;',
    '&copy; &copy &COPY; &notit; &notin; &not &amp &ampx &ampere; &AElig',
    '&#65;&#x42;&#X43;&#0068&#x45 &#;&#x;&#xg; &#1114111; &#1114112; &#xD800; &#0; &#128; &#x9f; &#13;',
    '&#1; &#x7f; &#xfdd0; &#xfffe; &#x10ffff; &#xb; &#99999999999999999999;',
    '& alone && &; &#& &unknown; &x &abcdefghijklmnopqrstuvwxyzabcdefgh; &ab',
    '&NotNestedGreaterGreater; &nGt; &fjlig; &acE; &bne;',
    '&lt&gt&lta',
    'no references here',
    '&',
    '&&amp;',
    '&\tamp; &\namp;',
]
for c in cases:
    print(repr(html.unescape(c)))

# every HTML5 name round-trips through unescape
bad = [name for name, text in ent.html5.items() if html.unescape('&' + name) != text
       and name.endswith(';')]
print('html5 names', len(ent.html5), 'mismatches', bad)
print(len(ent.name2codepoint), ent.name2codepoint['eacute'], ent.codepoint2name[233],
      ent.entitydefs['lt'], ent.entitydefs['nbsp'] == '\xa0')
print(sorted(ent.html5)[:5], ent.html5['amp;'], ent.html5['Afr;'])
for i in range(0, 300, 7):
    s = '&#%d;' % i
    print(i, repr(html.unescape(s)), end=' ')
print()
