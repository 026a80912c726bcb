# calendar: text and HTML layouts across widths, line counts, spacing, first weekdays; date helpers; names
import calendar

for fw in (0, 3, 6):
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(2023, 2, w=3, l=2), end='|\n')
    print(tc.formatweekheader(9) + '|', tc.formatweekheader(1) + '|')
print(calendar.TextCalendar().formatyear(2024, w=3, l=2, c=2, m=4))
print(calendar.TextCalendar(6).formatyear(1900, m=5))
print(calendar.TextCalendar().formatyear(2000, w=1, l=0, c=0, m=12)[:400])
print(calendar.TextCalendar(2).formatmonthname(2024, 5, 30) + '|', calendar.TextCalendar().formatday(0, 1, 4) + '|')
h = calendar.HTMLCalendar(6)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2021, width=5)[:700])
print(h.formatyear(2021, width=0)[:200])
page = calendar.HTMLCalendar().formatyearpage(2022, width=4, css=None, encoding='ascii')
print(type(page).__name__, page[:420].decode(), page[-40:])
print(calendar.HTMLCalendar().formatyearpage(1999)[:300].decode())


class Styled(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "none"
    cssclass_month_head = "mh"


print(Styled(4).formatmonth(2030, 7))
c = calendar.Calendar(5)
print(c.firstweekday, list(c.iterweekdays()), calendar.Calendar(12).firstweekday)
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 12))[:9])
print(list(c.itermonthdays3(1, 1))[:3], list(c.itermonthdays4(9999, 12))[-3:])
print(c.monthdatescalendar(2021, 3)[0], len(c.monthdatescalendar(2021, 3)))
print(calendar.Calendar().yeardayscalendar(2015, 5)[2], len(calendar.Calendar().yeardays2calendar(2015, 7)))
print(len(calendar.Calendar(6).yeardatescalendar(2026)), calendar.Calendar(6).yeardatescalendar(2026, 12)[0][11][-1])
for y in (1900, 2000, 2024, 2023, 0, -4, 1):
    print(y, calendar.isleap(y), calendar.leapdays(y, 2100), calendar.leapdays(2100, y), calendar.monthrange(y if y > 0 else 4, 2))
print(calendar.weekday(1, 1, 1), calendar.weekday(12000, 3, 1), calendar.weekday(-3, 3, 1), calendar.leapdays(-400, 400))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__mro__[1].__name__, e, e.month, e.args)
try:
    calendar.setfirstweekday(-1)
except calendar.error as e:
    print(repr(e), e, e.weekday)
print(calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.month_name[1:4], calendar.month_abbr[-1], len(calendar.month_abbr), list(calendar.day_name)[-2:])
print(calendar.day_abbr[2:], calendar.day_name.format, calendar.month_abbr.format, list(calendar.month_name)[:2])
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 1) + '|', calendar.formatstring(['x']) + '|')
calendar.format(['left', 'right'], 8, 3)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 9)[0])
print(calendar.week(calendar.monthcalendar(2024, 9) and [(1, 6), (2, 0), (0, 1)], 3) + '|')
calendar.prweek([(5, 0), (6, 1)], 2)
print()
calendar.prmonth(2024, 9, 2, 1)
print(calendar.month(2024, 9, 4), end='')
calendar.prcal(2024, m=6, c=1)
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.calendar(2025, 2, 1, 6, 3).splitlines()[:5])
print(calendar.mdays, calendar.January, calendar.February, calendar.EPOCH, calendar.MONDAY, calendar.SUNDAY)
lc = calendar.LocaleTextCalendar(locale='C')
print(lc.locale, lc.formatmonth(2024, 1).splitlines()[:2], calendar.LocaleHTMLCalendar(1, 'C').formatweekheader())
try:
    calendar.TextCalendar().formatmonth(2024, 13)
except IndexError as e:
    print('IndexError', e)
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except ValueError as e:
    print('ValueError', e)
