"""The weekly report: its summary was copied into monthly.py."""
from reports import date_utils


def period(day):
    return date_utils.week_start(day), 7


def summarize(entries, start, end):
    totals = {}
    count = 0
    for entry in entries:
        if entry.day < start or entry.day > end:
            continue
        key = entry.account.strip().lower()
        if key not in totals:
            totals[key] = 0
        totals[key] += entry.amount
        count += 1
    if count == 0:
        raise ValueError("no entries between %s and %s" % (start, end))
    ranked = sorted(totals.items(), key=lambda item: item[1], reverse=True)
    lines = []
    for name, amount in ranked[:10]:
        lines.append("%-20s %10.2f" % (name, amount))
    lines.append("%d entries" % count)
    return "\n".join(lines)
