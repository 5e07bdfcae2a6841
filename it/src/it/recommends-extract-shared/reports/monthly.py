"""The monthly report: its digest is weekly.summarize with other names."""
import logging

from reports import date_utils

LOG = logging.getLogger(__name__)
MONTH_DAYS = 30


def first_day(day):
    LOG.debug("month of %s", day)
    return date_utils.month_start(day)


def digest(records, first, last):
    sums = {}
    seen = 0
    for record in records:
        if record.day < first or record.day > last:
            continue
        account = record.account.strip().lower()
        if account not in sums:
            sums[account] = 0
        sums[account] += record.amount
        seen += 1
    if seen == 0:
        raise ValueError("nothing from %s to %s" % (first, last))
    top = sorted(sums.items(), key=lambda pair: pair[1], reverse=True)
    rows = []
    for who, total in top[:25]:
        rows.append("%-30s %12.2f" % (who, total))
    rows.append("%d records" % seen)
    return "\n".join(rows)
