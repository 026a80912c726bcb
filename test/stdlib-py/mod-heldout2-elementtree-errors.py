import xml.etree.ElementTree as ET
for bad in ['<a>', '<a></b>', '', '<a><b></a>', '<a>&foo;</a>', '<a x=1/>', '<a/><b/>', 'text', '<a>\n<b>\n</c></a>', '<a b="1" b="2"/>', '<1a/>', '<a>&#xZZ;</a>']:
    try: ET.fromstring(bad)
    except ET.ParseError as e: print(repr(bad), '|', e, '|', e.position, e.code)
e = ET.fromstring('<r a="1">t<c x="&lt;&quot;">é &amp; z</c>tail<d/><!-- c --><?pi x?></r>')
print(e.attrib, e.text, e[0].text, e[0].tail, len(e), ET.tostring(e), ET.tostring(e, encoding='unicode'))
print(ET.tostring(ET.Element('a', {'q': 'x"y\n<'})))
print(ET.tostring(e, encoding='utf-8'))
print(ET.tostring(e, encoding='utf-8', xml_declaration=True))
ns = ET.fromstring('<root xmlns="http://x/" xmlns:h="http://h/"><h:t>1</h:t><u/></root>')
print(ns.tag, [c.tag for c in ns], ET.tostring(ns))
