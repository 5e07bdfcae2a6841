"""A tiny git helper."""


class Repo:
    def __init__(self, path):
        self.path = path

    def push(self, remote, force=False, *refs):
        if not refs:
            refs = ("HEAD",)
        for ref in refs:
            if force and ref != "HEAD":
                print("forcing", ref)
        return [f"{remote}:{ref}" for ref in refs if ref]
