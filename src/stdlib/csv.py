"""CSV files: reader and writer (native), dialects, DictReader and DictWriter.

    with open('people.csv', newline='') as f:
        for row in csv.DictReader(f):
            print(row['name'])
"""

# The parsing and writing engine lives in the native module _csv; this file
# adds the pure-Python conveniences the documentation describes on top of it.
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                  QUOTE_NONE)
from _csv import Dialect as _NativeDialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


# ---------------------------------------------------------------------------
# Dialects: plain classes whose attributes describe a CSV flavour.
# ---------------------------------------------------------------------------

class Dialect:
    """Describe a CSV flavour by class attributes; subclass it to make one."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        # Only subclasses count as finished dialects, but every instance is
        # checked, so even Dialect() itself is rejected for lacking settings.
        if type(self) is not Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # Let the native side check every attribute; a bad setting is
        # reported as a csv.Error rather than a TypeError.
        try:
            _NativeDialect(self)
        except TypeError as exc:
            raise Error(str(exc))


class excel(Dialect):
    """What Excel writes for a .csv file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """What Excel writes for a tab-separated file."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Files written on UNIX: '\\n' line ends and every field quoted."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


for _dialect_name, _dialect_class in (("excel", excel),
                                      ("excel-tab", excel_tab),
                                      ("unix", unix_dialect)):
    register_dialect(_dialect_name, _dialect_class)
del _dialect_name, _dialect_class


# ---------------------------------------------------------------------------
# Rows as dictionaries.
# ---------------------------------------------------------------------------

class DictReader:
    """Iterate over the rows of a CSV file as dicts keyed by field name."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Without explicit names the first row of the file supplies them;
        # it is read only when somebody first asks.
        if self._fieldnames is None:
            first = next(self.reader, None)
            if first is not None:
                self._fieldnames = first
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        names = self.fieldnames     # makes sure the header was consumed
        while True:
            row = next(self.reader)
            self.line_num = self.reader.line_num
            if row:                 # blank lines give [] and are skipped
                break
        record = {}
        for position, name in enumerate(names):
            record[name] = row[position] if position < len(row) else self.restval
        if len(row) > len(names):
            # Surplus values are kept together under restkey.
            record[self.restkey] = row[len(names):]
        return record


class DictWriter:
    """Write dicts as CSV rows, in the column order given by fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        # The header row is simply the field names themselves.
        return self.writer.writerow(list(self.fieldnames))

    def _row_values(self, rowdict):
        if self.extrasaction.lower() == "raise":
            known = set(self.fieldnames)
            unknown = [key for key in rowdict if key not in known]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row_values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._row_values(d) for d in rowdicts)


# ---------------------------------------------------------------------------
# Sniffer: guess the dialect of a sample and whether it starts with a header.
# ---------------------------------------------------------------------------

class Sniffer:
    """Deduce the format of a CSV file from a sample of its text."""

    def __init__(self):
        # Delimiters tried first when several look equally plausible.
        self.preferred = [',', '\t', ';', ' ', ':']

    def _rank(self, ch):
        if ch in self.preferred:
            return self.preferred.index(ch)
        return len(self.preferred)

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass that fits the sample."""
        quotechar, doublequote, delimiter, spaced = self._look_at_quotes(
            sample, delimiters)
        if not delimiter:
            delimiter, spaced = self._count_per_line(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.doublequote = doublequote
        dialect.skipinitialspace = spaced
        return dialect

    def _look_at_quotes(self, sample, allowed):
        """Find quoted fields; the characters around them hint at the delimiter.

        Returns (quotechar, doublequote, delimiter, skipinitialspace); the
        parts that could not be found are '' / False.
        """
        best = ('', False, '', False)
        best_count = 0
        for q in ('"', "'"):
            fields, doubled, votes, lefts, spaced_votes = self._scan_quoted(sample, q, allowed)
            if fields > best_count:
                best_count = fields
                delimiter = ''
                if votes:
                    # Most votes wins; a favourite character breaks ties.
                    delimiter = min(votes, key=lambda c: (-votes[c], self._rank(c)))
                # Skip initial spaces only if every field it opened had one.
                spaced = bool(delimiter) and lefts.get(delimiter, 0) > 0 and \
                    spaced_votes.get(delimiter, 0) == lefts[delimiter]
                best = (q, doubled, delimiter, spaced)
        return best

    @staticmethod
    def _scan_quoted(sample, q, allowed):
        def edge_ok(c):
            # A real quoted field is bounded by line edges or separators.
            return c in '\r\n' or not (c.isalnum() or c == q)

        # Walk the text once like a tiny parser: remember what precedes an
        # opening quote and what follows the closing one.
        fields = 0
        doubled = False
        votes = {}
        lefts = {}
        spaced_votes = {}
        i, n = 0, len(sample)
        while i < n:
            if sample[i] != q:
                i += 1
                continue
            # What stands before the quote (one space may be skipped)?
            before = i - 1
            spaced = False
            if before >= 0 and sample[before] == ' ':
                spaced = True
                before -= 1
            left = sample[before] if before >= 0 else '\n'
            # Find the closing quote, treating q+q as an escaped quote.
            j = i + 1
            while j < n:
                if sample[j] == q:
                    if j + 1 < n and sample[j + 1] == q:
                        doubled = True
                        j += 2
                        continue
                    break
                j += 1
            if j >= n:
                break
            right = sample[j + 1] if j + 1 < n else '\n'
            i = j + 1
            if not (edge_ok(left) and edge_ok(right)):
                continue
            fields += 1
            for side in (left, right):
                if side in '\r\n' or (allowed is not None and side not in allowed):
                    continue
                votes[side] = votes.get(side, 0) + 1
            if left not in '\r\n' and (allowed is None or left in allowed):
                lefts[left] = lefts.get(left, 0) + 1
                if spaced:
                    spaced_votes[left] = spaced_votes.get(left, 0) + 1
        return fields, doubled, votes, lefts, spaced_votes

    def _count_per_line(self, sample, allowed):
        """Pick the character that appears equally often on (almost) every line."""
        lines = [line for line in sample.splitlines() if line]
        if not lines:
            return '', False
        if allowed is not None:
            candidates = set(allowed)
        else:
            candidates = {c for c in sample
                          if not c.isalnum() and c not in '\r\n"\''}
        scored = []
        for ch in candidates:
            counts = [line.count(ch) for line in lines]
            # The usual number of occurrences per line must be positive.
            usual = max(set(counts), key=lambda k: (counts.count(k), k))
            if usual == 0:
                continue
            agreeing = counts.count(usual) / len(lines)
            scored.append((agreeing, ch))
        if not scored:
            return '', False
        top = max(score for score, _ in scored)
        # Lines must agree almost unanimously, else there is no answer.
        if top < 0.9:
            return '', False
        winners = [ch for score, ch in scored if score == top]
        delimiter = min(winners, key=lambda c: (self._rank(c), c))
        spaced = sample.count(delimiter) == sample.count(delimiter + ' ')
        return delimiter, spaced

    def has_header(self, sample):
        """Guess whether the first row of the sample names the columns.

        Each column is judged on up to 20 following rows: if they all hold
        numbers, or strings of one length, a first-row cell that breaks that
        pattern votes for a header, one that fits votes against.
        """
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows, None)
        if header is None:
            return False
        width = len(header)
        kinds = {}                   # column -> kind seen so far, or None
        for count, row in enumerate(rows):
            if count >= 20:
                break
            if len(row) != width:
                continue
            for col in range(width):
                if col in kinds and kinds[col] is None:
                    continue         # already inconsistent
                kind = _kind_of(row[col])
                if col not in kinds:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    kinds[col] = None
        score = 0
        for col in range(width):
            if col not in kinds:
                # No row of the header's width backed this column up, which
                # counts as a (weak) sign that the first row is different.
                score += 1
                continue
            kind = kinds[col]
            if kind is None:
                continue
            # A header cell "fits" if it looks like the data below it; for
            # text columns only its length matters.
            if kind == "number":
                fits = _kind_of(header[col]) == "number"
            else:
                fits = len(header[col]) == kind
            score += -1 if fits else 1
        return score > 0


def _kind_of(text):
    """'number' for anything complex() accepts (ints and floats included),
    otherwise the length of the string."""
    try:
        complex(text)
    except (ValueError, OverflowError):
        return len(text)
    return "number"
