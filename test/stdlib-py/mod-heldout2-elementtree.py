import xml.etree.ElementTree as ET
import io, os, tempfile

country_data = """<?xml version="1.0"?>
<data>
    <country name="Liechtenstein">
        <rank>1</rank>
        <year>2008</year>
        <gdppc>141100</gdppc>
        <neighbor name="Austria" direction="E"/>
        <neighbor name="Switzerland" direction="W"/>
    </country>
    <country name="Singapore">
        <rank>4</rank>
        <year>2011</year>
        <gdppc>59900</gdppc>
        <neighbor name="Malaysia" direction="N"/>
    </country>
    <country name="Panama">
        <rank>68</rank>
        <year>2011</year>
        <gdppc>13600</gdppc>
        <neighbor name="Costa Rica" direction="W"/>
        <neighbor name="Colombia" direction="E"/>
    </country>
</data>
"""
root = ET.fromstring(country_data)
print(root.tag, root.attrib, len(root))
for child in root:
    print(child.tag, child.attrib)
print(root[0][1].text)
for neighbor in root.iter('neighbor'):
    print(neighbor.attrib)
for country in root.findall('country'):
    rank = country.find('rank').text
    name = country.get('name')
    print(name, rank)
for rank in root.iter('rank'):
    new_rank = int(rank.text) + 1
    rank.text = str(new_rank)
    rank.set('updated', 'yes')
for country in root.findall('country'):
    rank = int(country.find('rank').text)
    if rank > 50:
        root.remove(country)
print([c.get("name") for c in root])
print(root.findall(".")[0].tag, [e.get("name") for e in root.findall("./country/neighbor")])
print([e.get("name") for e in root.findall(".//year/..[@name='Singapore']")])
print([e.get("name") for e in root.findall(".//*[@name='Singapore']/year/..")])
print([e.tag for e in root.findall(".//neighbor[2]")], root.findtext("country/rank"), root.findtext("nope", "dflt"))
print([e.get("name") for e in root.findall("country[rank='5']")], [e.get("name") for e in root.iterfind(".//neighbor[@direction='W']")])
a = ET.Element('a')
b = ET.SubElement(a, 'b', {"id": "1"})
c = ET.SubElement(a, 'c', level="2")
d = ET.SubElement(c, 'd')
d.text = "5 < 6 & true"
b.tail = "\n"
ET.dump(a)
print(ET.tostring(a, encoding="unicode", short_empty_elements=False))
tree = ET.ElementTree(a)
ET.indent(tree, space="    ")
print(ET.tostring(a, encoding="unicode"))
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "out.xml")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(open(path, "rb").read())
    t2 = ET.parse(path)
    print(t2.getroot().tag, [e.tag for e in t2.iter()], t2.find("c/d").text)
buf = io.BytesIO()
tree.write(buf)
print(buf.getvalue()[:30])
print(list(root.itertext())[:4], repr(root[0].tail))
xml_ns = """<actors xmlns:fictional="http://characters.example.com"
        xmlns="http://people.example.com">
    <actor>
        <name>John Cleese</name>
        <fictional:character>Lancelot</fictional:character>
        <fictional:character>Archie Leach</fictional:character>
    </actor>
    <actor>
        <name>Eric Idle</name>
        <fictional:character>Sir Robin</fictional:character>
        <fictional:character>Gunther</fictional:character>
        <fictional:character>Commander Clement</fictional:character>
    </actor>
</actors>"""
root = ET.fromstring(xml_ns)
ns = {'real_person': 'http://people.example.com', 'role': 'http://characters.example.com'}
for actor in root.findall('real_person:actor', ns):
    name = actor.find('real_person:name', ns)
    print(name.text)
    for char in actor.findall('role:character', ns):
        print(' |-->', char.text)
print(root[0][0].tag)
print(ET.tostring(root[0][1]))
ET.register_namespace("people", "http://people.example.com")
print(ET.tostring(ET.fromstring('<p:x xmlns:p="http://people.example.com" a="1"/>')))
e = ET.Element("item", price="9.99")
print(repr(e)[:14], e.keys(), list(e.items()), e.get("missing", "n/a"), ET.iselement(e))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError:", err, err.position)
