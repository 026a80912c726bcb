# calendar: printing months and years, leap years, weekdays, iterating over dates
import calendar
from datetime import date

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(2000, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2021, 12))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9))
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print([d for d in c.itermonthdays(2024, 2)][:10])
print(list(c.itermonthdates(2024, 2))[:3], list(c.itermonthdays2(2024, 2))[:8])
print(c.monthdayscalendar(2024, 2)[0], len(c.yeardayscalendar(2024)), list(c.itermonthdays3(2024, 1))[:2])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1))
print(tc.formatyear(2025, 2, 1, 1, 4))
tc.prmonth(2021, 6)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.month(2024, 9))
print(calendar.firstweekday())
calendar.setfirstweekday(0)
hc = calendar.HTMLCalendar()
html = hc.formatmonth(2024, 1)
print(html.splitlines()[:4], len(html.splitlines()))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm(date(1970, 1, 2).timetuple()))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError:", e)
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print("ValueError:", e)
def count_weekday(year, weekday):
    return sum(1 for m in range(1, 13) for week in calendar.monthcalendar(year, m) if week[weekday])
print("Fridays in 2024:", count_weekday(2024, calendar.FRIDAY))
thirteenths = [calendar.month_abbr[m] for m in range(1, 13) if calendar.weekday(2026, m, 13) == calendar.FRIDAY]
print("Friday 13th in 2026:", thirteenths)
print([y for y in range(1990, 2030) if calendar.isleap(y)])
print(calendar.month_name[0] == "", calendar.day_abbr[6], calendar.January if hasattr(calendar, "January") else 1, calendar.Day.MONDAY if hasattr(calendar, "Day") else 0)
print(calendar.TextCalendar().formatweekheader(3), "|", calendar.TextCalendar().formatmonthname(2024, 5, 20), "|")
