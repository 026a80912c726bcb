# Date utilities a course builds: business days, age, next weekday, month ends, week numbers,
# meetings across time zones, and a printed agenda
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo
import calendar
from collections import Counter
from itertools import islice

def business_days(start, end, holidays=()):
    day = start
    count = 0
    while day <= end:
        if day.weekday() < 5 and day not in holidays:
            count += 1
        day += timedelta(days=1)
    return count
holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
print(business_days(date(2024, 12, 1), date(2024, 12, 31), holidays), business_days(date(2024, 1, 1), date(2024, 12, 31)))

def add_business_days(day, n):
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day
print(add_business_days(date(2024, 12, 20), 5), add_business_days(date(2024, 3, 29), 1))

def next_weekday(day, weekday):
    ahead = (weekday - day.weekday()) % 7 or 7
    return day + timedelta(days=ahead)
print(next_weekday(date(2024, 7, 4), calendar.MONDAY), next_weekday(date(2024, 7, 1), calendar.MONDAY))

def month_end(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
print([str(month_end(date(2024, m, 1))) for m in range(1, 13)])

def add_months(day, months):
    m = day.month - 1 + months
    y = day.year + m // 12
    m = m % 12 + 1
    return day.replace(year=y, month=m, day=min(day.day, calendar.monthrange(y, m)[1]))
print(add_months(date(2024, 1, 31), 1), add_months(date(2024, 1, 31), 13), add_months(date(2024, 5, 15), -6))

def age_on(born, on):
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
print(age_on(date(2000, 2, 29), date(2024, 2, 28)), age_on(date(2000, 2, 29), date(2024, 2, 29)), age_on(date(1990, 12, 31), date(2025, 1, 1)))

deadline = datetime(2025, 1, 1, 0, 0)
now = datetime(2024, 11, 23, 15, 30, 45)
left = deadline - now
hours, rem = divmod(left.seconds, 3600)
minutes, seconds = divmod(rem, 60)
print(f"{left.days} days, {hours:02d}:{minutes:02d}:{seconds:02d} left ({left.total_seconds():,.0f} s)")

first_fridays = [date(2024, m, 1) + timedelta(days=(4 - date(2024, m, 1).weekday()) % 7) for m in range(1, 13)]
print([d.strftime("%b %d") for d in first_fridays])
print(Counter(calendar.day_name[date(2024, m, 13).weekday()] for m in range(1, 13)).most_common(3))
print([(d.isocalendar().week, d.strftime("%G-W%V-%u")) for d in [date(2024, 12, 30), date(2021, 1, 3), date(2026, 1, 1)]])

def dates_between(start, end, step=timedelta(days=1)):
    while start < end:
        yield start
        start += step
print(list(islice(dates_between(date(2024, 2, 26), date(2024, 3, 5)), 10)))

meeting = datetime(2024, 10, 27, 9, 30, tzinfo=ZoneInfo("America/New_York"))
for tz in ["UTC", "Europe/London", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"]:
    local = meeting.astimezone(ZoneInfo(tz))
    print(f"{tz:<18} {local:%a %d %b %H:%M} {local.tzname():>5} {local.utcoffset()}")
weekly = [meeting + timedelta(weeks=i) for i in range(3)]
print([w.strftime("%m-%d %H:%M %Z") for w in weekly], [w.astimezone(timezone.utc).strftime("%H:%M") for w in weekly])

agenda = [("Standup", time(9, 0), 15), ("Design review", time(10, 30), 60), ("Lunch", time(12, 0), 45), ("1:1", time(15, 15), 30)]
day = date(2024, 11, 25)
print(f"Agenda for {day:%A, %B %d, %Y}")
for title, start, minutes in agenda:
    begin = datetime.combine(day, start)
    end = begin + timedelta(minutes=minutes)
    print(f"  {begin:%I:%M %p} - {end:%I:%M %p}  {title:<14} ({minutes} min)")
busy = sum(m for _, _, m in agenda)
print(f"busy {busy // 60}h{busy % 60:02d}m, free {timedelta(hours=8) - timedelta(minutes=busy)}")
print(calendar.month(2024, 11))
stamps = ["2024-11-23T08:15:00+00:00", "2024-11-23T09:00:00+01:00", "2024-11-22T23:59:59-05:00"]
parsed = sorted(datetime.fromisoformat(s) for s in stamps)
print([p.isoformat() for p in parsed], (parsed[-1] - parsed[0]))
print(datetime.strptime("23/11/2024 14:05", "%d/%m/%Y %H:%M").strftime("%Y-%m-%dT%H:%M"), date.fromisoformat("2024-11-23").strftime("%j"))
