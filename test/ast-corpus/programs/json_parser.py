"""A recursive-descent JSON parser, the way a course would write it."""


class ParseError(ValueError):
    pass


class Parser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, what):
        raise ParseError(f"{what} at position {self.pos}: {self.text[self.pos:self.pos + 10]!r}")

    def peek(self):
        self.skip_ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, char):
        if self.peek() != char:
            self.error(f"expected {char!r}")
        self.pos += 1

    def value(self):
        match self.peek():
            case "{":
                return self.object()
            case "[":
                return self.array()
            case '"':
                return self.string()
            case "t" | "f" | "n" as c:
                for word, val in (("true", True), ("false", False), ("null", None)):
                    if self.text.startswith(word, self.pos):
                        self.pos += len(word)
                        return val
                self.error(f"bad literal starting {c}")
            case c if c == "-" or c.isdigit():
                return self.number()
            case "":
                self.error("unexpected end")
            case _:
                self.error("unexpected character")

    def object(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        items = []
        while self.peek() != "]":
            items.append(self.value())
            if self.peek() != ",":
                break
            self.pos += 1
        self.expect("]")
        return items

    def string(self):
        self.expect('"')
        out = []
        while (c := self.text[self.pos]) != '"':
            if c == "\\":
                esc = self.text[self.pos + 1]
                if esc == "u":
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append(self.ESCAPES[esc])
                self.pos += 2
            else:
                out.append(c)
                self.pos += 1
        self.pos += 1
        return "".join(out)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        literal = self.text[start:self.pos]
        return float(literal) if any(ch in literal for ch in ".eE") else int(literal)


def loads(text):
    parser = Parser(text)
    result = parser.value()
    if parser.peek():
        parser.error("trailing data")
    return result


print(loads('{"a": [1, 2.5, -3e2, true, null], "b": {"c": "x\\ny\\u00e9"}}'))
