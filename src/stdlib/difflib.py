"""Helpers for computing deltas between sequences.

SequenceMatcher compares two sequences of hashable items (two strings, two lists of lines)
and finds their matching blocks, the edit operations from one to the other, and a
similarity ratio. unified_diff and context_diff give the line differences in the formats of
`diff -u` and `diff -c`; ndiff and Differ give the human-readable `- `/`+ `/`? ` format;
get_close_matches finds the words most similar to a word.

The matching is Ratcliff and Obershelp's "gestalt pattern matching": take the longest
common block (the one starting earliest in a, then earliest in b), then do the same on the
pieces left and right of it. Items for which isjunk() is true, and (with autojunk) items
that make up more than 1% of a sequence of 200 or more, do not start a match, though a
match may grow over them.

This module was written for pygil from the documented behaviour of CPython 3.11's difflib
(the same blocks, opcodes, ratios and diff lines).
"""

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

from heapq import nlargest as _nlargest
from collections import namedtuple as _namedtuple

try:
    _GenericAlias = type(list[int])
except TypeError:
    _GenericAlias = None

Match = _namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable items: see the module documentation."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set the two sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared (the second is indexed, so compare many
        sequences against one by setting it with set_seq2)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence to be compared."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # b2j: each item of b -> the positions where it occurs, without the junk items and
        # the popular ones (which cannot start a match).
        b = self.b
        self.b2j = b2j = {}
        for position, item in enumerate(b):
            b2j.setdefault(item, []).append(position)

        self.bjunk = junk = set()
        if self.isjunk:
            for item in b2j.keys():
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                del b2j[item]

        self.bpopular = popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for item, positions in b2j.items():
                if len(positions) > limit:
                    popular.add(item)
            for item in popular:
                del b2j[item]

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi]: the earliest in a
        of the longest, and of those the earliest in b. Returns Match(i, j, size)."""
        a, b, b2j = self.a, self.b, self.b2j
        is_junk = self.bjunk.__contains__
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending_at[j]: the length of the match of non-junk items ending at a[i-1],
        # b[j], for the previous i.
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            run_ending_at = runs

        # Grow the block over equal items that could not start a match: first the popular
        # non-junk ones, then the junk ones.
        while (best_i > alo and best_j > blo and not is_junk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and not is_junk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        while (best_i > alo and best_j > blo and is_junk(b[best_j - 1])
               and a[best_i - 1] == b[best_j - 1]):
            best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
        while (best_i + best_size < ahi and best_j + best_size < bhi
               and is_junk(b[best_j + best_size])
               and a[best_i + best_size] == b[best_j + best_size]):
            best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        """Return list of triples describing matching subsequences: Match(i, j, n) means
        a[i:i+n] == b[j:j+n], in increasing order, ending with the dummy (len(a), len(b),
        0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        pending = [(0, la, 0, lb)]
        blocks = []
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = match = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(match)
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    pending.append((i + k, ahi, j + k, bhi))
        blocks.sort()

        # Join blocks that touch.
        joined = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    joined.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            joined.append((i1, j1, k1))
        joined.append((la, lb, 0))
        self.matching_blocks = list(map(Match._make, joined))
        return self.matching_blocks

    def get_opcodes(self):
        """Return list of 5-tuples (tag, i1, i2, j1, j2) describing how to turn a into b:
        'replace', 'delete', 'insert' or 'equal' a[i1:i2] and b[j1:j2]."""
        if self.opcodes is None:
            ops = []
            ia = ib = 0     # how far a and b have been described so far
            for ma, mb, size in self.get_matching_blocks():
                # the gap before this match: on both sides a replace, else a delete/insert
                gap_a, gap_b = ia < ma, ib < mb
                if gap_a or gap_b:
                    if gap_a and gap_b:
                        kind = 'replace'
                    else:
                        kind = 'delete' if gap_a else 'insert'
                    ops.append((kind, ia, ma, ib, mb))
                ia, ib = ma + size, mb + size
                if size:    # the final sentinel block has size 0
                    ops.append(('equal', ma, ia, mb, ib))
            self.opcodes = ops
        return self.opcodes

    def get_grouped_opcodes(self, n=3):
        """Isolate change clusters by eliminating ranges with no changes: groups of
        opcodes with up to n lines of context around each change."""
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)

        twice = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            # A long unchanged stretch ends a group: keep n lines each side of it.
            if tag == 'equal' and i2 - i1 > twice:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of the sequences' similarity (float in [0,1]): 2.0*M/T, M the
        number of matched items, T the total number of items of both."""
        matches = sum(block[-1] for block in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), computed from the items' counts only."""
        if self.fullbcount is None:
            self.fullbcount = counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
        counts = self.fullbcount
        available = {}
        matches = 0
        for item in self.a:
            if item in available:
                left = available[item]
            else:
                left = counts.get(item, 0)
            available[item] = left - 1
            if left > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), computed from the lengths only."""
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)

    def __class_getitem__(cls, item):
        return cls if _GenericAlias is None else _GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Use SequenceMatcher to return list of the best "good enough" matches.

    word is a sequence for which close matches are desired (typically a string);
    possibilities a list of sequences against which to match word; at most n matches are
    returned, those with a ratio of at least cutoff, best first."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    result = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            result.append((matcher.ratio(), candidate))
    result = _nlargest(n, result)
    return [candidate for score, candidate in result]


def _keep_original_ws(text, tags):
    """The tag line, with the whitespace of text where the tag is a space."""
    return ''.join(ch if tag == " " and ch.isspace() else tag for ch, tag in zip(text, tags))


# '?' guide characters under each side of a pair of similar lines, per opcode
_GUIDE_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
                'equal': (' ', ' ')}


class Differ:
    """Compares sequences of lines of text and produces human-readable differences:
    '- ' a line only in the first, '+ ' only in the second, '  ' in both, '? ' a guide
    line marking the changed characters of a similar pair of lines."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Compare two sequences of lines; generate the resulting delta."""
        cruncher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in cruncher.get_opcodes():
            if tag == 'replace':
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                lines = self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                lines = self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                lines = self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from lines

    def _dump(self, tag, x, lo, hi):
        """Generate comparison results for a same-tagged range."""
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            first = self._dump('+', b, blo, bhi)
            second = self._dump('-', a, alo, ahi)
        else:
            first = self._dump('-', a, alo, ahi)
            second = self._dump('+', b, blo, bhi)
        for lines in first, second:
            yield from lines

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a block of lines with another: pair the most similar two lines (ratio
        above 0.75) and show them with '?' guides, recursively on each side of them; with
        no similar pair, the blocks as plain '-' and '+' lines."""
        cutoff = 0.75
        best_ratio = 0.74           # a pair must score above this to be kept
        best_i = best_j = None
        cruncher = SequenceMatcher(self.charjunk)
        eqi = eqj = None            # first identical pair: the anchor if nothing is similar
        for j in range(blo, bhi):
            bline = b[j]
            cruncher.set_seq2(bline)    # seq2's analysis is cached across the inner loop
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                cruncher.set_seq1(aline)
                # the cheap upper bounds rule most pairs out before the real ratio
                if (cruncher.real_quick_ratio() <= best_ratio
                        or cruncher.quick_ratio() <= best_ratio):
                    continue
                score = cruncher.ratio()
                if score > best_ratio:
                    best_ratio, best_i, best_j = score, i, j

        identical = False
        if best_ratio < cutoff:
            if eqi is None:
                # nothing close: show the blocks as whole deleted and inserted lines
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, identical = eqi, eqj, True

        # lines before the pair, the pair itself, then the lines after it
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline, bline = a[best_i], b[best_j]
        if identical:
            yield '  ' + aline
        else:
            cruncher.set_seqs(aline, bline)
            amarks, bmarks = [], []
            for tag, i1, i2, j1, j2 in cruncher.get_opcodes():
                amark, bmark = _GUIDE_MARKS[tag]
                amarks.append(amark * (i2 - i1))
                bmarks.append(bmark * (j2 - j1))
            yield from self._qformat(aline, bline, ''.join(amarks), ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        lines = []
        if alo < ahi:
            if blo < bhi:
                lines = self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                lines = self._dump('-', a, alo, ahi)
        elif blo < bhi:
            lines = self._dump('+', b, blo, bhi)
        yield from lines

    def _qformat(self, aline, bline, atags, btags):
        """The two lines, each followed by its '?' guide when it has marks."""
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=None):
    """True for a line that is blank or holds only a '#'."""
    if pat is not None:
        return pat(line) is not None
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    'Convert range to the "ed" format'
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(beginning)
    if not length:
        beginning -= 1
    return '{},{}'.format(beginning, length)


def _format_range_context(start, stop):
    'Convert range to the "ed" format'
    beginning = start + 1
    length = stop - start
    if not length:
        beginning -= 1
    if length <= 1:
        return '{}'.format(beginning)
    return '{},{}'.format(beginning, beginning + length - 1)


def _check_types(a, b, *args):
    if a and not isinstance(a[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(a[0]).__name__, a[0]))
    if b and not isinstance(b[0], str):
        raise TypeError('lines to compare must be str, not %s (%r)' %
                        (type(b[0]).__name__, b[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    # a date, when given, follows the file name after a tab
    return '%s %s%s%s' % (mark, name, '\t' + date if date else '', lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Compare two sequences of lines; generate the delta as a unified diff (the lines
    of `diff -u`, n lines of context; lineterm ends the header lines)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headed = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:      # no header at all when the inputs are equal
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
            headed = True
        old = _format_range_unified(group[0][1], group[-1][2])
        new = _format_range_unified(group[0][3], group[-1][4])
        yield '@@ -%s +%s @@%s' % (old, new, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
            else:
                # all old lines of the change first, then all new ones (an empty
                # range on one side covers delete and insert)
                for line in a[i1:i2]:
                    yield '-' + line
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARKS = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """Compare two sequences of lines; generate the delta as a context diff (the lines
    of `diff -c`, n lines of context; lineterm ends the header lines)."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    headed = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not headed:      # no header at all when the inputs are equal
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
            headed = True
        tags = {op[0] for op in group}
        yield '*' * 15 + lineterm
        # each half lists its lines only when that side has changes of its own;
        # an insert has an empty old range and a delete an empty new one
        yield '*** %s ****%s' % (_format_range_context(group[0][1], group[-1][2]), lineterm)
        if tags & {'replace', 'delete'}:
            for tag, i1, i2, _, _ in group:
                for line in a[i1:i2]:
                    yield _CONTEXT_MARKS[tag] + line
        yield '--- %s ----%s' % (_format_range_context(group[0][3], group[-1][4]), lineterm)
        if tags & {'replace', 'insert'}:
            for tag, _, _, j1, j2 in group:
                for line in b[j1:j2]:
                    yield _CONTEXT_MARKS[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'',
               n=3, lineterm=b'\n'):
    """unified_diff or context_diff (dfunc) of lists of bytes, as bytes."""
    def decode(s):
        try:
            return s.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            msg = ('all arguments must be bytes, not %s (%r)' % (type(s).__name__, s))
            raise TypeError(msg) from err
    a = list(map(decode, a))
    b = list(map(decode, b))
    lines = dfunc(a, b, decode(fromfile), decode(tofile), decode(fromfiledate),
                  decode(tofiledate), n, decode(lineterm))
    for line in lines:
        yield line.encode('ascii', 'surrogateescape')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Compare a and b (lists of strings); return a Differ-style delta (a generator)."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Return one of the two sequences that generated a delta: the first (which=1) or the
    second (which=2), from the lines of ndiff/Differ.compare."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    prefixes = ("  ", tag)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]
