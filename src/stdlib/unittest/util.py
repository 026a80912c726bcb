"""Helpers for unittest's messages: short reprs, class names, element-count differences."""

from collections import Counter, namedtuple

__unittest = True

# Long reprs in "a != b" messages are shortened around their common prefix to stay near
# _MAX_LENGTH characters; cut parts become "[N chars]".
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
# room left for a differing tail when both the prefix and the tail are cut
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, keep_start, keep_end):
    cut = len(s) - keep_start - keep_end
    if cut > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:keep_start], cut, s[len(s) - keep_end:])
    return s


def _common_shorten_repr(*args):
    reprs = [safe_repr(a) for a in args]
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return tuple(reprs)
    prefix = _common_prefix(reprs)
    plen = len(prefix)
    room_for_prefix = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room_for_prefix > _MIN_COMMON_LEN:
        # the differing tails fit: only the common prefix is cut
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, room_for_prefix)
        return tuple(prefix + r[plen:] for r in reprs)
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


def _common_prefix(strings):
    first, last = min(strings), max(strings)
    for i, ch in enumerate(first):
        if ch != last[i]:
            return first[:i]
    return first


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _skip_run(seq, index, value):
    """Index of the first item after the run of items equal to value that starts at index."""
    while index < len(seq) and seq[index] == value:
        index += 1
    return index


def sorted_list_difference(expected, actual):
    """(missing, unexpected) for two sorted lists: items only in expected, items only in actual.

    Both lists are walked side by side like a merge; a repeated value is reported once
    while both lists still have items, the leftover tail of either list is reported as is.
    """
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        want, got = expected[i], actual[j]
        if want < got:
            # want can no longer show up in actual: it is missing
            missing.append(want)
            i = _skip_run(expected, i, want)
        elif want > got:
            # got was passed over in expected: it was not asked for
            unexpected.append(got)
            j = _skip_run(actual, j, got)
        else:
            i = _skip_run(expected, i, want)
            j = _skip_run(actual, j, got)
    missing += expected[i:]
    unexpected += actual[j:]
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Same as sorted_list_difference, for items that cannot be sorted (quadratic).

    Both lists are consumed: what stays in actual is the unexpected part.
    """
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 like the old cmp(); the loader sorts method names with it."""
    return (x > y) - (x < y)


# one row of assertCountEqual's report: how often value occurs on each side
_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _claim_equal(items, claimed, start, value):
    """Mark every not yet claimed item from start on that equals value; return how many."""
    count = 0
    for k in range(start, len(items)):
        if not claimed[k] and items[k] == value:
            claimed[k] = True
            count += 1
    return count


def _count_diff_all_purpose(actual, expected):
    """Mismatch rows for each element counted differently in actual and expected.

    Works with unhashable elements, so it only uses ==; each element is counted once,
    at its first position, and rows come in order of first appearance.
    """
    first, second = list(actual), list(expected)
    claimed_first = [False] * len(first)
    claimed_second = [False] * len(second)
    rows = []
    for pos, value in enumerate(first):
        if claimed_first[pos]:
            continue
        n_actual = _claim_equal(first, claimed_first, pos, value)
        n_expected = _claim_equal(second, claimed_second, 0, value)
        if n_actual != n_expected:
            rows.append(_Mismatch(n_actual, n_expected, value))
    # whatever expected still holds never occurred in actual
    for pos, value in enumerate(second):
        if not claimed_second[pos]:
            rows.append(_Mismatch(0, _claim_equal(second, claimed_second, pos, value), value))
    return rows


def _count_diff_hashable(actual, expected):
    """Like _count_diff_all_purpose, for hashable elements (linear, via Counter)."""
    got, want = Counter(actual), Counter(expected)
    rows = [_Mismatch(n, want[value], value)
            for value, n in got.items() if n != want[value]]
    rows += [_Mismatch(0, n, value) for value, n in want.items() if value not in got]
    return rows
