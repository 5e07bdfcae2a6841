"""Counts words, one way or another."""


def tally(words, ignore_case=False):
    counts = {}
    for word in words:
        key = word.lower() if ignore_case else word
        if key:
            counts[key] = counts.get(key, 0) + 1
    return counts
