"""format() for decimal.Decimal: the format-spec mini-language as CPython 3.11's C decimal
implements it ([[fill]align][sign][z][0][width][,][.precision][type], types e E f F g G n %
or none; no '#' and no '_'), rounding with the current context's rounding mode."""


class _Spec(object):
    __slots__ = ("fill", "align", "sign", "z", "zero", "width", "comma", "precision", "type")


def _parse_spec(spec):
    s = _Spec()
    s.fill, s.align, s.sign, s.z, s.zero = " ", None, "-", False, False
    s.width, s.comma, s.precision, s.type = 0, False, None, None
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in "<>=^":
        s.fill, s.align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        s.align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        s.z = True
        i += 1
    if i < n and spec[i] == "0":
        s.zero = True
        i += 1
    if i < n and spec[i] == "0":
        raise ValueError("invalid format string")  # a width may not start with 0 ("00", "000")
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        s.width = int(spec[start:i])
    if i < n and spec[i] == ",":
        s.comma = True
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        s.precision = int(spec[start:i])
    if i < n:
        if spec[i] not in "eEfFgGn%":
            raise ValueError("invalid format string")
        s.type = spec[i]
        i += 1
    if i != n:
        raise ValueError("invalid format string")
    if s.comma and s.type == "n":
        raise ValueError("invalid format string")
    if s.zero:
        if s.align is not None:
            raise ValueError("invalid format string")  # C decimal: no '0' flag with an alignment
        s.fill, s.align = "0", "="
    return s


def _rounded(c, e, keep, rounding, sign):
    """Coefficient c (exponent e) cut to `keep` digits; returns (c, e)."""
    from decimal import _round_int
    n = len(str(c))
    if n <= keep:
        return c, e
    kept, _ = _round_int(c, n - keep, rounding, sign)
    e += n - keep
    if len(str(kept)) > keep:
        kept //= 10
        e += 1
    return kept, e


def _to_exponent(c, e, target, rounding, sign):
    """Coefficient c (exponent e) rescaled to exponent `target` (rounding when it drops digits)."""
    from decimal import _round_int
    if target <= e:
        return c * 10 ** (e - target), target
    kept, _ = _round_int(c, target - e, rounding, sign)
    return kept, target


def _fixed(digits, e):
    """Plain notation of the coefficient digits with exponent e: (integer part, fraction)."""
    if e >= 0:
        return (digits + "0" * e if digits != "0" else "0"), ""
    point = len(digits) + e
    if point > 0:
        return digits[:point], digits[point:]
    return "0", "0" * (-point) + digits


def _group(intpart, min_width):
    """Integer digits with a comma every three, zero-padded to min_width when asked."""
    out = []
    count = 0
    digits = list(intpart)
    while digits or len(out) < min_width:
        if count == 3:
            out.append(",")
            count = 0
            if not digits and len(out) >= min_width:
                out.append("0")
                break
            continue
        out.append(digits.pop() if digits else "0")
        count += 1
    return "".join(reversed(out))


def format_decimal(d, spec, ctx):
    s = _parse_spec(spec)
    rounding = ctx.rounding
    negative = d._sign == 1
    t = s.type
    if d._special:
        if d._special == "F":
            body = "Infinity"
        else:
            body = ("sNaN" if d._special == "N" else "NaN") + (str(d._int) if d._int else "")
        if t == "%":
            body += "%"
        if s.zero:
            s.fill, s.align = " ", ">"
        return _pad(s, _sign_text(s, negative), body)
    c, e = d._int, d._exp
    p = s.precision
    point_text = ""
    if t in ("e", "E"):
        if p is not None:
            if c == 0:
                digits = "0" * (p + 1)
            else:
                c, e = _rounded(c, e, p + 1, rounding, d._sign)
                digits = str(c)
                if len(digits) < p + 1:
                    e -= p + 1 - len(digits)
                    digits += "0" * (p + 1 - len(digits))
        else:
            digits = str(c)
        exp_shown = e + len(digits) - 1
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        intpart, frac = digits[0], digits[1:]
        suffix = t + ("+" if exp_shown >= 0 else "-") + str(abs(exp_shown))
    elif t in ("f", "F", "%"):
        if t == "%":
            e += 2
        if p is not None:
            c, e = _to_exponent(c, e, -p, rounding, d._sign)
        intpart, frac = _fixed(str(c), e)
        suffix = "%" if t == "%" else ""
    else:
        if p is not None:
            c, e = _rounded(c, e, max(p, 1), rounding, d._sign)
        digits = str(c)
        adjusted = e + len(digits) - 1
        if e <= 0 and adjusted >= -6:
            intpart, frac = _fixed(digits, e)
            suffix = ""
        else:
            intpart, frac = digits[0], digits[1:]
            letter = "E" if (t == "G" or (t is None and ctx.capitals)) else "e"
            suffix = letter + ("+" if adjusted >= 0 else "-") + str(abs(adjusted))
    # 'z' makes a negative zero positive; with 'F', C decimal only does so for a zero operand
    if s.z and c == 0 and (t != "F" or d._int == 0):
        negative = False
    sign = _sign_text(s, negative)
    point_text = "." + frac if frac else ""
    if s.comma:
        min_width = 0
        if s.zero:
            # zero padding from the '0' flag is grouped too ("0,001.5"); an explicit fill is not
            min_width = s.width - len(sign) - len(point_text) - len(suffix)
        intpart = _group(intpart, min_width)
    return _pad(s, sign, intpart + point_text + suffix)


def _sign_text(s, negative):
    if negative:
        return "-"
    return "" if s.sign == "-" else s.sign


def _pad(s, sign, body):
    room = s.width - len(sign) - len(body)
    if room <= 0:
        return sign + body
    align = s.align or ">"
    if align == "<":
        return sign + body + s.fill * room
    if align == ">":
        return s.fill * room + sign + body
    if align == "=":
        return sign + s.fill * room + body
    left = room // 2
    return s.fill * left + sign + body + s.fill * (room - left)


# part of CPython's C decimal: no frame of this module shows in a traceback
import _pygil_types
_pygil_types.hide_frames(*[_v for _v in list(globals().values())
                           if callable(_v) and getattr(_v, '__module__', None) == __name__])
del _pygil_types
