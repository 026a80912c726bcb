# calendar: leap years, month ranges, text and HTML calendars.
import calendar

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 5), calendar.day_name[calendar.weekday(2024, 1, 5)])
print(list(calendar.month_name), list(calendar.month_abbr)[1:4], list(calendar.day_name), list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 1))
calendar.prmonth(2024, 2)
print(calendar.month(2024, 3, w=3, l=2))
calendar.prcal(2024)
print(calendar.calendar(2025, w=2, l=1, c=3, m=4))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
print(cal.formatweekheader(3), "|", cal.formatweekday(2, 10), "|", cal.formatmonthname(2024, 5, 20))
print(list(cal.iterweekdays()), list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:5], list(calendar.Calendar(6).itermonthdays3(2024, 3))[:3])
print(calendar.Calendar().monthdatescalendar(2024, 1)[0], calendar.Calendar().yeardayscalendar(2024, 4)[0][1][0])
print(calendar.HTMLCalendar().formatmonth(2024, 1))
print(calendar.timegm((2024, 1, 5, 12, 0, 0)), calendar.weekheader(3), calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(0)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(7), lambda: calendar.month(2024, 0)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__ + ":", e, isinstance(e, calendar.IllegalMonthError))
print([calendar.monthrange(2024, m)[1] for m in range(1, 13)], calendar.MONDAY, calendar.SUNDAY)
