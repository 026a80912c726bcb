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
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- cutting the text into chunks

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
        """Make the single space after a sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a too-long chunk on the current line as fits (after its last
        hyphen that fits, when hyphens may break)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Fill lines greedily with chunks (a list, used up)."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Taken from the end of the reversed list: pop() is cheap.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # A line (other than the first) does not start with whitespace.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Nor does it end with whitespace.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1
                            and not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # The last line allowed: end it with the placeholder.
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            previous = lines[-1].rstrip()
                            if len(previous) + len(self.placeholder) <= self.width:
                                lines[-1] = previous + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- the public interface

    def wrap(self, text):
        """The lines of the paragraph text, as a list of strings."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph text wrapped, as one string of lines."""
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
