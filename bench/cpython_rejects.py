"""Writes the .py files under a tree that this CPython refuses to compile, as TSV: path, line, message."""
import os
import sys
import warnings

root = sys.argv[1]
warnings.simplefilter("ignore")
print("path\tline\tmessage")
for directory, _, names in sorted(os.walk(root)):
    for name in sorted(names):
        if not name.endswith(".py"):
            continue
        path = os.path.join(directory, name)
        try:
            with open(path, "rb") as source:
                compile(source.read(), path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeError) as e:
            line = getattr(e, "lineno", None) or 1
            message = str(getattr(e, "msg", e)).replace("\t", " ").replace("\n", " ")
            print(f"{os.path.relpath(path, root)}\t{line}\t{message}")
