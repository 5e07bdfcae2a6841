"""Date helpers both report modules import."""
import datetime


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


def month_start(day):
    return day.replace(day=1)
