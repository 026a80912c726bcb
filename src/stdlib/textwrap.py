"""Text wrapping and filling, dedent, indent and shorten.

wrap(text, width) breaks a paragraph into lines of at most width characters; fill joins
them with newlines. The TextWrapper class holds the options (indents, tabs, whether long
words and hyphenated words may be broken, max_lines with a placeholder, ...).

How wrapping works: the text is cut into chunks, each a run of whitespace or a word (with
break_on_hyphens, a hyphenated word gives one chunk per part, "mother-" "in-" "law"); lines
are then filled greedily with whole chunks; a chunk longer than a whole line is cut.

This module was written for pygil from the documented behaviour of CPython 3.11's textwrap
(the same lines for the same text and options).
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace when wrapping (not other Unicode spaces).
_whitespace = '\t\n\x0b\x0c\r '


def _is_space(ch):
    return ch in _whitespace


def _is_word_char(ch):
    # What \w matches in a str regular expression.
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A word character that is not a decimal digit.
    return _is_word_char(ch) and not ch.isdecimal()


def _is_word_punct(ch):
    return _is_word_char(ch) or ch in '!"\'&.,?'


def _split_on_whitespace(text):
    """Runs of whitespace and runs of anything else."""
    chunks = []
    start = 0
    size = len(text)
    while start < size:
        space = _is_space(text[start])
        end = start + 1
        while end < size and _is_space(text[end]) == space:
            end += 1
        chunks.append(text[start:end])
        start = end
    return chunks


def _dashes_then_word(text, position):
    """True if text has two or more '-' at position, then a word character."""
    end = position
    while end < len(text) and text[end] == '-':
        end += 1
    return end - position >= 2 and end < len(text) and _is_word_char(text[end])


def _word_end(text, start):
    """Where the word chunk starting at start (a non-space) ends, breaking after a hyphen
    inside a word ("well-known" -> "well-", "known") and before an em-dash ("--")."""
    size = len(text)
    end = start + 1                 # the shortest chunk that may end here
    while True:
        # After a hyphen inside a word: the hyphen ends the chunk when two letters (or
        # letter, hyphen, letter) come before it and a letter (perhaps after one more
        # hyphen) follows.
        if end < size and text[end] == '-':
            hyphen = end
            before_ok = (
                hyphen >= 2 and _is_letter(text[hyphen - 1]) and _is_letter(text[hyphen - 2])
            ) or (
                hyphen >= 3 and _is_letter(text[hyphen - 1]) and text[hyphen - 2] == '-'
                and _is_letter(text[hyphen - 3])
            )
            after = hyphen + 1
            after_ok = after < size and _is_letter(text[after]) and (
                (after + 1 < size and _is_letter(text[after + 1]))
                or (after + 2 < size and text[after + 1] == '-' and _is_letter(text[after + 2])))
            if before_ok and after_ok:
                return hyphen + 1
        # The end of the word.
        if end >= size or _is_space(text[end]):
            return end
        # Before an em-dash that leads to another word.
        if _is_word_punct(text[end - 1]) and _dashes_then_word(text, end):
            return end
        end += 1


def _split_with_hyphens(text):
    chunks = []
    position = 0
    size = len(text)
    while position < size:
        ch = text[position]
        if _is_space(ch):
            end = position + 1
            while end < size and _is_space(text[end]):
                end += 1
        elif (ch == '-' and position > 0 and _is_word_punct(text[position - 1])
              and _dashes_then_word(text, position)):
            end = position
            while text[end] == '-':
                end += 1
        else:
            end = _word_end(text, position)
        chunks.append(text[position:end])
        position = end
    return chunks


def _ends_sentence(chunk):
    # A lowercase ASCII letter, then . ! or ?, then perhaps a closing quote.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps paragraphs with the options held in its attributes:

    width (70): the longest a line may be, indents included; initial_indent ("") and
    subsequent_indent (""): put before the first line and before the others;
    expand_tabs (True) with tabsize (8): tabs become spaces first; replace_whitespace
    (True): then each whitespace character becomes a space; fix_sentence_endings (False):
    two spaces after a sentence end; break_long_words (True): a word longer than a line
    is cut; break_on_hyphens (True): lines may also break after hyphens in compound
    words; drop_whitespace (True): lines neither start nor end with whitespace;
    max_lines (None): at most this many lines, the last ending with placeholder
    (" [...]").
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        # Line geometry.
        self.width, self.max_lines, self.placeholder = width, max_lines, placeholder
        self.initial_indent, self.subsequent_indent = initial_indent, subsequent_indent
        # Whitespace handling before and after wrapping.
        self.expand_tabs, self.tabsize = expand_tabs, tabsize
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        # Where words may be cut.
        self.break_long_words = break_long_words
        self.break_on_hyphens = break_on_hyphens

    # The steps below keep CPython's method names, since subclasses override them.

    def _munge_whitespace(self, text):
        """Expand tabs, and turn each whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = ''.join(' ' if ch in _whitespace else ch for ch in text)
        return text

    def _split(self, text):
        """The chunks of text: runs of whitespace and words (or parts of hyphenated
        words when break_on_hyphens is true)."""
        if self.break_on_hyphens:
            return _split_with_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after each sentence end (in place) to two spaces."""
        position = 0
        while position + 1 < len(chunks):
            if chunks[position + 1] == " " and _ends_sentence(chunks[position]):
                chunks[position + 1] = "  "
                position += 1
            position += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk (reversed_chunks[-1]) is longer than a line: move what fits of
        it onto cur_line, cut after its last hyphen that fits when hyphens may break."""
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            # An unbreakable word gets a line of its own, however long.
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            last_hyphen = word.rfind('-', 0, room)
            if last_hyphen > 0 and word[:last_hyphen].strip('-'):
                cut = last_hyphen + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _check_geometry(self):
        if self.width <= 0:
            raise ValueError(f"invalid width {self.width!r} (must be > 0)")
        if self.max_lines is None:
            return
        last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _wrap_chunks(self, chunks):
        """Lay chunks (a list, consumed) out on lines, as many whole chunks per line as
        fit, and return the lines."""
        self._check_geometry()
        pending = chunks
        pending.reverse()           # the next chunk is at the end, where pop() is cheap
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()       # no line but the first starts with whitespace
            line, used = [], 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self._room_for_more_lines(len(lines), pending, used, room):
                lines.append(indent + ''.join(line))
            else:
                self._close_with_placeholder(lines, line, used, indent, room)
                break
        return lines

    def _room_for_more_lines(self, lines_done, pending, used, room):
        """Whether the line being built may be added as it is under max_lines."""
        if self.max_lines is None or lines_done + 1 < self.max_lines:
            return True
        # The last line allowed: fine as it is if it finishes the text (trailing
        # whitespace that would be dropped does not count) and fits.
        nothing_left = not pending or (
            self.drop_whitespace and len(pending) == 1 and not pending[0].strip())
        return nothing_left and used <= room

    def _close_with_placeholder(self, lines, line, used, indent, room):
        """End the output with the placeholder: on this line after as many of its chunks
        as leave room, else after the previous line, else on a line of its own."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- the public interface

    def wrap(self, text):
        """Wrap the single paragraph text; return its lines (without newlines)."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """Wrap the single paragraph text; return one string, lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of the paragraph text wrapped to width; the keywords are TextWrapper's
    attributes."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph text wrapped to width, as one string; the keywords are
    TextWrapper's attributes."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed to single spaces, cut to whole words that fit
    in width with the placeholder after them: shorten("Hello  world!", 11) is
    'Hello [...]'."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    """text without the leading whitespace all its lines share (a space and a tab do
    not match). Lines of only spaces and tabs become empty and do not count."""
    lines = text.split('\n')
    # Lines of nothing but spaces and tabs become empty and do not count.
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        content = line.lstrip(' \t')
        if not content:
            continue
        indent = line[:len(line) - len(content)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # The longest common start of the two.
            common = 0
            while margin[common] == indent[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """text with prefix before each line for which predicate(line) is true (by
    default: lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
