"""Calendar arithmetic and printable calendars.

Weekdays are numbered from Monday (0) to Sunday (6). A Calendar lays a month out as weeks
of seven days beginning on its firstweekday; TextCalendar renders them as text and
HTMLCalendar as HTML tables. The module-level functions (month(), prcal(), monthcalendar()
...) use one shared TextCalendar whose first weekday setfirstweekday() changes.

Month and day names are the C locale's (English).
"""

import datetime
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2

# Length of each month in a common year; slot 0 pads so that months index from 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


# Kept for old code that catches calendar.error.
error = ValueError


# --- Names of months and weekdays ---

_ENGLISH_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July',
                   'August', 'September', 'October', 'November', 'December')
_ENGLISH_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                 'Sunday')


class _localized_month:
    """month_name / month_abbr: a read-only sequence of 13 names, '' at index 0."""

    def __init__(self, format):
        self.format = format
        short = format == '%b'
        self._names = [''] + [name[:3] if short else name for name in _ENGLISH_MONTHS]

    def __getitem__(self, index):
        return self._names[index]

    def __len__(self):
        return len(self._names)


class _localized_day:
    """day_name / day_abbr: a read-only sequence of 7 names, Monday first."""

    def __init__(self, format):
        self.format = format
        short = format == '%a'
        self._names = [name[:3] if short else name for name in _ENGLISH_DAYS]

    def __getitem__(self, index):
        return self._names[index]

    def __len__(self):
        return len(self._names)


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


# --- Year and month arithmetic ---

def isleap(year):
    """Return True for leap years, False for non-leap years."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2). Assume y1 <= y2."""
    def leap_years_before(year):
        # Leap years among 1 .. year-1 (also correct, as a difference, for year <= 0).
        last = year - 1
        return last // 4 - last // 100 + last // 400
    return leap_years_before(y2) - leap_years_before(y1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian cycle repeats every 400 years, so borrow an equivalent year.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    return mdays[month] + (1 if month == February and isleap(year) else 0)


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for
    year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _month_before(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_after(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _split_weeks(days):
    """Cut a flat run of days (a multiple of 7 long) into a list of weeks."""
    return [days[start:start + 7] for start in range(0, len(days), 7)]


def _split_rows(months, width):
    return [months[start:start + width] for start in range(0, len(months), width)]


# --- Calendar: months as weeks ---

class Calendar(object):
    """Base calendar: the days of a month arranged in whole weeks that start on
    firstweekday (0 = Monday ... 6 = Sunday). Days of the neighbouring months fill up
    the first and last weeks."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Yield the seven weekday numbers of a week, first weekday first."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the end)."""
        first_weekday, length = monthrange(year, month)
        before = (first_weekday - self.firstweekday) % 7
        after = -(before + length) % 7
        return before, length, after

    def itermonthdays3(self, year, month):
        """Yield (year, month, day) for every day shown in the month's weeks,
        including those of the months before and after."""
        before, length, after = self._padding(year, month)
        prev_year, prev_month = _month_before(year, month)
        prev_length = _days_in(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _month_after(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdates(self, year, month):
        """Yield a datetime.date for every day shown in the month's weeks."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Yield the day numbers of the month's weeks, 0 for days outside the month."""
        before, length, after = self._padding(year, month)
        yield from (0 for _ in range(before))
        yield from range(1, length + 1)
        yield from (0 for _ in range(after))

    def itermonthdays2(self, year, month):
        """Yield (day number, weekday) pairs, day number 0 outside the month."""
        first = self.firstweekday
        for position, day in enumerate(self.itermonthdays(year, month)):
            yield day, (first + position) % 7

    def itermonthdays4(self, year, month):
        """Yield (year, month, day, weekday) for every day shown in the month's weeks."""
        first = self.firstweekday
        for position, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + position) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each seven datetime.date objects."""
        return _split_weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks, each seven (day number, weekday) pairs."""
        return _split_weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks, each seven day numbers (0 outside the month)."""
        return _split_weeks(list(self.itermonthdays(year, month)))

    def yeardatescalendar(self, year, width=3):
        """The year as rows of width months, each month as monthdatescalendar() gives it."""
        return _split_rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of width months, each month as monthdays2calendar() gives it."""
        return _split_rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of width months, each month as monthdayscalendar() gives it."""
        return _split_rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


# --- Plain text ---

class TextCalendar(Calendar):
    """A Calendar that renders months and years as plain text."""

    def formatday(self, day, weekday, width):
        """One day, right-aligned in two places and centred in width; blank for 0."""
        text = '' if day == 0 else '%2i' % day
        return text.center(width)

    def formatweek(self, theweek, width):
        """A week of (day, weekday) pairs as one line."""
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday's name cut to width: the full name when width allows 9 letters."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names, in the calendar's week order."""
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name, with the year unless withyear is false, centred in width."""
        title = month_name[themonth]
        if withyear:
            title = f'{title} {theyear!r}'
        return title.center(width)

    def prweek(self, theweek, width):
        """Print formatweek(theweek, width), without a newline."""
        print(self.formatweek(theweek, width), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """The month as text: w is the width of a day column (2 at least), l the number
        of lines each week takes (1 at least)."""
        w = max(2, w)
        line_end = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        return ''.join(line.rstrip() + line_end for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth(theyear, themonth, w, l)."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year as text, m months side by side with c spaces between them; w and l
        as for formatmonth()."""
        w, c = max(2, w), max(2, c)
        line_end = '\n' * max(1, l)
        column = 7 * (w + 1) - 1
        header = self.formatweekheader(w)
        out = [repr(theyear).center(column * m + c * (m - 1)).rstrip(), line_end]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            first_month = row_index * m + 1
            months = range(first_month, first_month + len(row))
            block = [[self.formatmonthname(theyear, k, column, False) for k in months],
                     [header] * len(row)]
            for week_index in range(max(len(weeks) for weeks in row)):
                block.append([self.formatweek(weeks[week_index], w)
                              if week_index < len(weeks) else '' for weeks in row])
            out.append(line_end)
            for cells in block:
                out.append(formatstring(cells, column, c).rstrip())
                out.append(line_end)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear(theyear, w, l, c, m)."""
        print(self.formatyear(theyear, w, l, c, m), end='')


# --- HTML ---

class HTMLCalendar(Calendar):
    """A Calendar that renders months and years as HTML tables."""

    # CSS classes used in the markup: per weekday for day cells and header cells, then
    # for empty cells and for the month and year headers and tables.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        """A table cell for one day; an empty cell for day 0."""
        if day == 0:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        """A table row for a week of (day, weekday) pairs."""
        cells = ''.join([self.formatday(day, wd) for day, wd in theweek])
        return f'<tr>{cells}</tr>'

    def formatweekday(self, day):
        """A header cell with a weekday's abbreviated name."""
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        """The table row of weekday names."""
        cells = ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])
        return f'<tr>{cells}</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The table row holding the month's name (and year)."""
        title = f'{month_name[themonth]} {theyear}' if withyear else f'{month_name[themonth]}'
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def formatmonth(self, theyear, themonth, withyear=True):
        """The month as a table, one line per row."""
        rows = [self._TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """The year as a table with width month tables per row."""
        width = max(width, 1)
        parts = [self._TABLE % self.cssclass_year, '\n',
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">'
                 f'{theyear}</th></tr>']
        for first in range(1, 13, width):
            parts.append('<tr>')
            for themonth in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>' % self.formatmonth(theyear, themonth, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page showing the year, encoded to bytes."""
        if encoding is None:
            encoding = 'utf-8'
        head = ['<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head.append('<title>Calendar for %d</title>' % theyear)
        page = '\n'.join([
            '<?xml version="1.0" encoding="%s"?>' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
            '<html>', '<head>', *head, '</head>', '<body>',
            self.formatyear(theyear, width) + '</body>', '</html>', ''])
        return page.encode(encoding, 'xmlcharrefreplace')


# --- Locale-aware variants ---

class different_locale:
    """Context manager: LC_TIME set to the given locale inside the block."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        import locale as _locale
        self._saved = _locale.setlocale(_locale.LC_TIME)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *exc_info):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self._saved)


def _environment_locale():
    """The LC_TIME locale the environment asks for, found without keeping it set."""
    import locale as _locale
    with different_locale(''):
        return _locale.setlocale(_locale.LC_TIME)


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose month and weekday names come from a locale (the user's
    default when locale is None)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _environment_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose month and weekday names come from a locale (the user's
    default when locale is None)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _environment_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


# --- The module-level interface, served by one shared TextCalendar ---

c = TextCalendar()

# Printing ...
prweek = c.prweek
prmonth = c.prmonth
prcal = c.pryear
# ... and formatting, with the shared calendar's first weekday.
week = c.formatweek
weekheader = c.formatweekheader
month = c.formatmonth
calendar = c.formatyear
monthcalendar = c.monthdayscalendar
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


# Default column layout for format()/formatstring(): a month's width (seven two-digit
# days and their separators) with six spaces between columns.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings of cols centred in columns (see formatstring)."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols, each centred in colwidth, joined by spacing spaces."""
    return (' ' * spacing).join([text.center(colwidth) for text in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple: the inverse of time.gmtime()."""
    year, month, day, hour, minute, second = tuple[:6]
    # Counted from the 1st of the month, so out-of-range days (e.g. 0 or 32) still work.
    first_of_month = datetime.date(year, month, 1).toordinal()
    days = first_of_month + (day - 1) - _EPOCH_ORD
    return ((days * 24 + hour) * 60 + minute) * 60 + second


# --- python -m calendar ---

def _command_line_parser():
    import argparse
    parser = argparse.ArgumentParser()
    # Options are added in the order the usage line shows them.
    text_only = parser.add_argument_group('text only arguments')
    html_only = parser.add_argument_group('html only arguments')
    # The layout numbers of the text calendar: (short flag, long flag, default, what).
    text_layout = (("-w", "--width", 2, "width of date column"),
                   ("-l", "--lines", 1, "number of lines for each week"),
                   ("-s", "--spacing", 6, "spacing between months"),
                   ("-m", "--months", 3, "months per row"))
    for short, long, default, meaning in text_layout:
        text_only.add_argument(short, long, type=int, default=default,
                               help=f"{meaning} (default {default})")
    html_only.add_argument("-c", "--css", default="calendar.css", help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number (1-9999)")
    parser.add_argument("month", nargs='?', type=int,
                        help="month number (1-12, text only)")
    return parser


def main(args):
    parser = _command_line_parser()
    options = parser.parse_args(args[1:])
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    locale = (options.locale, options.encoding) if options.locale else None
    year = options.year if options.year is not None else datetime.date.today().year

    if options.type == "html":
        if options.month is not None:
            parser.error("incorrect number of arguments")
        html = LocaleHTMLCalendar(locale=locale) if locale else HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(html.formatyearpage(year, css=options.css, encoding=encoding))
        return

    text = LocaleTextCalendar(locale=locale) if locale else TextCalendar()
    if options.month is None:
        result = text.formatyear(year, options.width, options.lines, options.spacing,
                                 options.months)
    else:
        result = text.formatmonth(year, options.month, options.width, options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
