"""Lightweight XML support: Element trees, parsing, searching and serialising.

pygil has no expat, so XMLParser here is a small non-validating parser written in Python:
elements, attributes, text and tails, character and the five predefined entity references,
CDATA, namespaces ({uri}local names); comments, processing instructions and the DOCTYPE are
skipped, as the default TreeBuilder drops them. ParseError messages and positions follow
expat's for the common mistakes.
"""

import io
import re
import sys

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An XML document that is not well-formed."""
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """An XML element: tag, attrib dict, text, tail, and a list of subelements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        """The first subelement matching the path (None if there is none)."""
        return next(_iterfind(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ""

    def findall(self, path, namespaces=None):
        return list(_iterfind(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())     # lists, as CPython's C Element gives

    def items(self):
        return list(self.attrib.items())

    def iter(self, tag=None):
        """This element and all below it, in document order (only `tag` ones if given)."""
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        t = self.text
        if t:
            yield t
        for e in self:
            yield from e.itertext()
            t = e.tail
            if t:
                yield t


def SubElement(parent, tag, attrib={}, **extra):
    """Create an element and append it to parent."""
    attrib = {**attrib, **extra}
    element = parent.makeelement(tag, attrib)
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name {uri}local, for tags and attribute values."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# ------------------------------------------------------------------ paths

_TOKEN = re.compile(r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
                    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _split_steps(path):
    steps = []
    for part in re.split(r"/(?![^\[]*\])", path):
        steps.append(part)
    return steps


_PRED = re.compile(r"\[(.*?)\]")


def _resolve_ns(name, namespaces):
    if namespaces and ':' in name and not name.startswith('{'):
        prefix, local = name.split(':', 1)
        if prefix in namespaces:
            return '{%s}%s' % (namespaces[prefix], local)
    if namespaces and '' in namespaces and not name.startswith('{') and name not in ('*', '.', '..'):
        return '{%s}%s' % (namespaces[''], name)
    return name


def _iterfind(elem, path, namespaces=None):
    if path[-1:] == "/":
        path = path + "*"
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    steps = path.split("/")
    current = [elem]
    parents = None
    i = 0
    descend = False
    while i < len(steps):
        step = steps[i]
        i += 1
        if step == "":
            descend = True
            continue
        m = re.match(r"^([^\[]*)((?:\[[^\]]*\])*)$", step)
        if not m:
            raise SyntaxError("invalid path")
        name, preds = m.group(1), _PRED.findall(m.group(2))
        name = _resolve_ns(name, namespaces) if name else name
        result = []
        seen = set()

        def add(e):
            if id(e) not in seen:
                seen.add(id(e))
                result.append(e)

        if name == "..":
            if parents is None:
                parents = {c: p for p in elem.iter() for c in p}
            for e in current:
                if e in parents:
                    add(parents[e])
        elif name == ".":
            for e in current:
                if descend:
                    for d in e.iter():
                        add(d)
                else:
                    add(e)
        else:
            for e in current:
                candidates = []
                if descend:
                    for child in e:
                        candidates.extend(child.iter())
                else:
                    candidates = list(e)
                for c in candidates:
                    if name in ("*", "") or c.tag == name or (
                            name.startswith("{*}") and isinstance(c.tag, str) and
                            c.tag.rpartition("}")[2] == name[3:]):
                        if name == "*" and not isinstance(c.tag, str):
                            continue
                        add(c)
        descend = False
        for pred in preds:
            result = _apply_predicate(result, pred, namespaces, parents)
        current = result
    return iter(current)


def _apply_predicate(elems, pred, namespaces, parents):
    pred = pred.strip()
    if pred.isdigit() or pred.startswith("last()"):
        # position among the siblings with the same tag
        out = []
        groups = {}
        for e in elems:
            groups.setdefault(id(_parent_key(e, elems)), []).append(e)
        if pred.isdigit():
            index = int(pred) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            rest = pred[len("last()"):].strip()
            index = -1 + (int(rest) if rest else 0)
        try:
            return [elems[index]] if elems else []
        except IndexError:
            return []
    m = re.match(r"^@([\w{}:.-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?$", pred)
    if m:
        key, op, _, value = m.groups()
        if op is None:
            return [e for e in elems if e.get(key) is not None]
        if op == "=":
            return [e for e in elems if e.get(key) == value]
        return [e for e in elems if e.get(key) != value]
    m = re.match(r"^([\w{}:.*-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?$", pred)
    if m:
        tag, op, _, value = m.groups()
        tag = _resolve_ns(tag, namespaces)
        if tag == ".":
            if op == "=":
                return [e for e in elems if "".join(e.itertext()) == value]
            if op == "!=":
                return [e for e in elems if "".join(e.itertext()) != value]
            return elems
        if op is None:
            return [e for e in elems if e.find(tag) is not None]
        if op == "=":
            return [e for e in elems
                    if any("".join(c.itertext()) == value for c in e.findall(tag))]
        return [e for e in elems
                if any("".join(c.itertext()) != value for c in e.findall(tag))]
    raise SyntaxError("invalid predicate")


def _parent_key(e, elems):
    return e


# ------------------------------------------------------------------ trees

class ElementTree:
    """A whole document: its root element, with parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Write the tree to a file, by default in us-ascii with character references."""
        if not method:
            method = "xml"
        elif method not in ("xml", "html", "text"):
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "utf-8" if method == "c14n" else "us-ascii"
        text = _serialize(self._root, method, short_empty_elements, default_namespace)
        enc_lower = encoding.lower()
        if enc_lower == "unicode":
            if xml_declaration:
                import locale
                text = "<?xml version='1.0' encoding='%s'?>\n" % locale.getpreferredencoding() + text
            data = text
        else:
            if xml_declaration or (xml_declaration is None and method == "xml" and
                                   enc_lower not in ("utf-8", "us-ascii")):
                text = "<?xml version='1.0' encoding='%s'?>\n" % (encoding,) + text
            data = text.encode(encoding, "xmlcharrefreplace")
        if hasattr(file_or_filename, "write"):
            file_or_filename.write(data)
        else:
            mode = "w" if enc_lower == "unicode" else "wb"
            kwargs = {"encoding": "utf-8"} if mode == "w" else {}
            with open(file_or_filename, mode, **kwargs) as f:
                f.write(data)

    def write_c14n(self, file):
        return self.write(file, method="c14n")


_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Serialise names in namespace uri with this prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_cdata(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\"" in text:
        text = text.replace("\"", "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _namespaces(elem, default_namespace=None):
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add_qname(qname):
        try:
            if qname[:1] == "{":
                uri, tag = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = "%s:%s" % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            raise TypeError("cannot serialize %r (type %s)" % (qname, type(qname).__name__))

    for elem in elem.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add_qname(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add_qname(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add_qname(key)
            if isinstance(value, QName) and value.text not in qnames:
                add_qname(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add_qname(text.text)
    return qnames, namespaces


def _serialize(elem, method, short_empty_elements, default_namespace=None):
    out = []
    write = out.append
    if method == "text":
        for part in elem.itertext():
            write(part)
        return "".join(out)
    qnames, namespaces = _namespaces(elem, default_namespace)
    _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, method == "html")
    return "".join(out)


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
               "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, html, **kwargs):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize_xml(write, e, qnames, None, short_empty_elements, html)
        else:
            write("<" + tag)
            items = list(elem.items())
            if items or namespaces:
                if namespaces:
                    for v, k in sorted(namespaces.items(), key=lambda x: x[1]):
                        if k:
                            k = ":" + k
                        write(" xmlns%s=\"%s\"" % (k, _escape_attrib(v)))
                for k, v in items:
                    if isinstance(k, QName):
                        k = k.text
                    if isinstance(v, QName):
                        v = qnames[v.text]
                    else:
                        v = _escape_attrib(str(v) if not isinstance(v, str) else v)
                    write(" %s=\"%s\"" % (qnames[k], v))
            if html:
                write(">")
                ltag = tag.lower()
                if text:
                    if ltag in ("script", "style"):
                        write(text)
                    else:
                        write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements, html)
                if ltag not in _HTML_EMPTY:
                    write("</" + tag + ">")
            elif text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for e in elem:
                    _serialize_xml(write, e, qnames, None, short_empty_elements, html)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element serialised: bytes (us-ascii by default) or str with encoding='unicode'."""
    stream = io.StringIO() if encoding == 'unicode' else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write the element tree (or element) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent the tree in place for pretty printing (whitespace in text and tails)."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    indentations = ["\n" + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]

    _indent_children(tree, 0)


def parse(source, parser=None):
    """Parse a file (name or open file) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """(event, element) pairs for 'start' and/or 'end' (default 'end') of each element."""
    events = tuple(events or ("end",))
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True
    try:
        data = source.read()
    finally:
        if close_source:
            source.close()
    p = XMLParser(target=TreeBuilder())
    p._events = []
    p._wanted = events
    p.feed(data)
    root = p.close()

    class _Iter:
        def __init__(self, items):
            self._it = iter(items)
            self.root = root

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._it)
    return _Iter(p._events)


def XML(text, parser=None):
    """Parse XML text (str or bytes) into its root Element."""
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    tree = XML(text, parser)
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


class TreeBuilder:
    """Builds Elements from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return None

    def pi(self, target, text=None):
        return None


_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_NAME = re.compile(r"[A-Za-z_:\u00c0-\uffff][\w:.\-\u00b7\u00c0-\uffff]*")
_SPACE = re.compile(r"[ \t\r\n]*")


class XMLParser:
    """A non-validating XML parser feeding a TreeBuilder (data is parsed at close())."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._buffer = []
        self._events = None
        self._wanted = ()
        self.version = "Expat 2.5.0 (pygil)"
        self.entity = {}

    def feed(self, data):
        self._buffer.append(data)

    def flush(self):
        pass

    def close(self):
        parts = self._buffer
        self._buffer = []
        if parts and isinstance(parts[0], (bytes, bytearray)):
            data = b"".join(parts)
            text = self._decode(data)
        else:
            text = "".join(parts)
        self._parse(text)
        close = getattr(self.target, "close", None)
        return close() if close is not None else None

    def _decode(self, data):
        m = re.match(rb"<\?xml[^>]*encoding=['\"]([A-Za-z0-9._-]+)['\"]", data)
        encoding = m.group(1).decode("ascii") if m else "utf-8"
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        return data.decode(encoding)

    # ---- errors with expat's messages and positions
    def _error(self, text, pos, message, code):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1)
        err = ParseError("%s: line %d, column %d" % (message, line, col))
        err.code = code
        err.position = (line, col)
        raise err

    def _parse(self, text):
        target = self.target
        n = len(text)
        pos = 0
        stack = []
        root_done = False
        seen_root = False
        data = []
        events = self._events

        def flush_data():
            if data:
                target.data("".join(data))
                data.clear()

        while pos < n:
            lt = text.find("<", pos)
            if lt < 0:
                lt = n
            if lt > pos:
                chunk = text[pos:lt]
                if not stack:
                    stripped = chunk.strip(" \t\r\n")
                    if stripped:
                        first = pos + (len(chunk) - len(chunk.lstrip(" \t\r\n")))
                        if root_done:
                            self._error(text, first, "junk after document element", 9)
                        self._error(text, first, "syntax error", 2)
                else:
                    data.append(self._expand(text, pos, chunk))
                pos = lt
                if pos >= n:
                    break
            # at a '<'
            if text.startswith("<!--", pos):
                end = text.find("-->", pos + 4)
                if end < 0:
                    self._error(text, pos, "unclosed token", 5)
                pos = end + 3
                continue
            if text.startswith("<![CDATA[", pos):
                if not stack:
                    self._error(text, pos, "syntax error" if not root_done else "junk after document element",
                                2 if not root_done else 9)
                end = text.find("]]>", pos + 9)
                if end < 0:
                    self._error(text, pos, "unclosed CDATA section", 20)
                data.append(text[pos + 9:end])
                pos = end + 3
                continue
            if text.startswith("<?", pos):
                end = text.find("?>", pos + 2)
                if end < 0:
                    self._error(text, pos, "unclosed token", 5)
                pos = end + 2
                continue
            if text.startswith("<!DOCTYPE", pos):
                depth = 0
                i = pos + 9
                while i < n:
                    c = text[i]
                    if c == "[":
                        depth += 1
                    elif c == "]":
                        depth -= 1
                    elif c == ">" and depth <= 0:
                        break
                    i += 1
                if i >= n:
                    self._error(text, pos, "unclosed token", 5)
                pos = i + 1
                continue
            if text.startswith("</", pos):
                m = _NAME.match(text, pos + 2)
                if not m:
                    self._error(text, pos + 2, "not well-formed (invalid token)", 4)
                name = m.group()
                i = _SPACE.match(text, m.end()).end()
                if i >= n:
                    self._error(text, pos, "unclosed token", 5)
                if text[i] != ">":
                    self._error(text, i, "not well-formed (invalid token)", 4)
                if not stack or stack[-1][0] != name:
                    self._error(text, pos + 2, "mismatched tag", 7)
                flush_data()
                qname, nsmap = stack.pop()[1:]
                elem = target.end(qname)
                if events is not None and "end" in self._wanted:
                    events.append(("end", elem))
                pos = i + 1
                if not stack:
                    root_done = True
                continue
            # a start tag
            if root_done:
                self._error(text, pos, "junk after document element", 9)
            m = _NAME.match(text, pos + 1)
            if not m:
                if pos + 1 >= n:
                    self._error(text, pos, "unclosed token", 5)
                self._error(text, pos + 1, "not well-formed (invalid token)", 4)
            name = m.group()
            i = m.end()
            attrs = []
            seen_names = set()
            while True:
                j = _SPACE.match(text, i).end()
                if j >= n:
                    self._error(text, pos, "unclosed token", 5)
                c = text[j]
                if c == ">" or text.startswith("/>", j):
                    break
                if j == i:
                    self._error(text, j, "not well-formed (invalid token)", 4)
                am = _NAME.match(text, j)
                if not am:
                    self._error(text, j, "not well-formed (invalid token)", 4)
                aname = am.group()
                k = _SPACE.match(text, am.end()).end()
                if k >= n:
                    self._error(text, pos, "unclosed token", 5)
                if text[k] != "=":
                    self._error(text, k, "not well-formed (invalid token)", 4)
                k = _SPACE.match(text, k + 1).end()
                if k >= n:
                    self._error(text, pos, "unclosed token", 5)
                quote = text[k]
                if quote not in "\"'":
                    self._error(text, k, "not well-formed (invalid token)", 4)
                end = text.find(quote, k + 1)
                if end < 0:
                    self._error(text, pos, "unclosed token", 5)
                raw = text[k + 1:end]
                if "<" in raw:
                    self._error(text, k + 1 + raw.index("<"), "not well-formed (invalid token)", 4)
                if aname in seen_names:
                    self._error(text, j, "duplicate attribute", 8)
                seen_names.add(aname)
                value = self._expand(text, k + 1, raw)
                value = re.sub(r"[\t\n\r]", " ", value) if ("\t" in raw or "\n" in raw or "\r" in raw) else value
                attrs.append((aname, value))
                i = end + 1
            empty = text.startswith("/>", j)
            flush_data()
            # namespaces
            parent_ns = stack[-1][2] if stack else {}
            nsmap = parent_ns
            plain = []
            for aname, value in attrs:
                if aname == "xmlns" or aname.startswith("xmlns:"):
                    if nsmap is parent_ns:
                        nsmap = dict(parent_ns)
                    nsmap[aname[6:] if aname.startswith("xmlns:") else ""] = value
                else:
                    plain.append((aname, value))
            qname = self._qualify(name, nsmap, True)
            attrib = {}
            for aname, value in plain:
                attrib[self._qualify(aname, nsmap, False)] = value
            elem = target.start(qname, attrib)
            if events is not None and "start" in self._wanted:
                events.append(("start", elem))
            seen_root = True
            if empty:
                elem = target.end(qname)
                if events is not None and "end" in self._wanted:
                    events.append(("end", elem))
                pos = j + 2
                if not stack:
                    root_done = True
            else:
                stack.append((name, qname, nsmap))
                pos = j + 1
        if stack or not seen_root:
            self._error(text, n, "no element found", 3)
        flush_data()

    def _qualify(self, name, nsmap, is_tag):
        if ":" in name:
            prefix, local = name.split(":", 1)
            if prefix == "xml":
                return "{http://www.w3.org/XML/1998/namespace}" + local
            uri = nsmap.get(prefix)
            if uri is not None:
                return "{%s}%s" % (uri, local)
            return name
        if is_tag and nsmap.get(""):
            return "{%s}%s" % (nsmap[""], name)
        return name

    def _expand(self, text, start, chunk):
        if "&" not in chunk and "\r" not in chunk:
            return chunk
        out = []
        i = 0
        while True:
            amp = chunk.find("&", i)
            if amp < 0:
                out.append(chunk[i:])
                break
            out.append(chunk[i:amp])
            semi = chunk.find(";", amp)
            if semi < 0:
                self._error(text, start + amp, "not well-formed (invalid token)", 4)
            ref = chunk[amp + 1:semi]
            if ref.startswith("#x"):
                digits = ref[2:]
                bad = next((k for k, ch in enumerate(digits) if ch not in "0123456789abcdefABCDEF"), None)
                if bad is not None or not digits:
                    self._error(text, start + amp + 3 + (bad or 0), "not well-formed (invalid token)", 4)
                out.append(chr(int(digits, 16)))
            elif ref.startswith("#"):
                digits = ref[1:]
                bad = next((k for k, ch in enumerate(digits) if not ch.isdigit()), None)
                if bad is not None or not digits:
                    self._error(text, start + amp + 2 + (bad or 0), "not well-formed (invalid token)", 4)
                out.append(chr(int(digits)))
            elif ref in _ENTITIES:
                out.append(_ENTITIES[ref])
            elif ref in self.entity:
                out.append(self.entity[ref])
            else:
                self._error(text, start + amp, "undefined entity", 11)
            i = semi + 1
        return "".join(out).replace("\r\n", "\n").replace("\r", "\n")
