"""Day numbers of the proleptic Gregorian calendar, for the datetime module.

A day is named by its ordinal: 0001-01-01 is day 1. The conversions count in 400-year eras
of 146097 days, with years taken to start on March 1 so that the leap day comes last and
month lengths follow a fixed pattern (153 days per five months from March)."""

MIN_YEAR = 1
MAX_YEAR = 9999

# Days between 0000-03-01 (the start of the first era) and the ordinal origin.
_ERA_SHIFT = 305
_ERA_DAYS = 146097

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_leap(year):
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def month_length(year, month):
    if month == 2:
        return 29 if is_leap(year) else 28
    # 31 days in Jan, Mar, May, Jul, Aug, Oct, Dec: the odd months up to July, then the even
    return 31 if (month <= 7) == (month % 2 == 1) else 30


def to_ordinal(year, month, day):
    march_year = year - 1 if month < 3 else year
    era, year_of_era = divmod(march_year, 400)
    month_from_march = (month + 9) % 12
    day_of_march_year = (153 * month_from_march + 2) // 5 + day - 1
    day_of_era = (year_of_era * 365 + year_of_era // 4 - year_of_era // 100
                  + day_of_march_year)
    return era * _ERA_DAYS + day_of_era - _ERA_SHIFT


def from_ordinal(ordinal):
    """(year, month, day) of a day number."""
    era, day_of_era = divmod(ordinal + _ERA_SHIFT, _ERA_DAYS)
    # Leap days before day_of_era are removed to find the year of the era.
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_march_year = day_of_era - (year_of_era * 365 + year_of_era // 4
                                      - year_of_era // 100)
    month_from_march = (5 * day_of_march_year + 2) // 153
    day = day_of_march_year - (153 * month_from_march + 2) // 5 + 1
    month = month_from_march + 3 if month_from_march < 10 else month_from_march - 9
    year = era * 400 + year_of_era + (1 if month < 3 else 0)
    return year, month, day


MAX_ORDINAL = to_ordinal(MAX_YEAR, 12, 31)


def weekday(ordinal):
    """Monday 0 .. Sunday 6 (day 1 was a Monday)."""
    return (ordinal - 1) % 7


def day_of_year(year, month, day):
    return to_ordinal(year, month, day) - to_ordinal(year, 1, 1) + 1


def iso_week_date(ordinal):
    """(ISO year, week 1..53, weekday 1..7). A week belongs to the year holding its
    Thursday."""
    thursday = ordinal - weekday(ordinal) + 3
    iso_year = from_ordinal(thursday)[0]
    week = (thursday - to_ordinal(iso_year, 1, 1)) // 7 + 1
    return iso_year, week, weekday(ordinal) + 1


def _first_iso_monday(iso_year):
    # January 4th is always in week 1
    jan4 = to_ordinal(iso_year, 1, 4)
    return jan4 - weekday(jan4)


def iso_weeks_in(iso_year):
    return 53 if iso_week_date(to_ordinal(iso_year, 12, 28))[1] == 53 else 52


def from_iso_week_date(iso_year, week, day):
    """The ordinal of an ISO (year, week, weekday), with date.fromisocalendar's checks."""
    if not MIN_YEAR <= iso_year <= MAX_YEAR:
        raise ValueError("Year is out of range: %d" % iso_year)
    if not 1 <= week <= iso_weeks_in(iso_year):
        raise ValueError("Invalid week: %d" % week)
    if not 1 <= day <= 7:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    return _first_iso_monday(iso_year) + 7 * (week - 1) + day - 1
