#!/usr/bin/env python3
"""Prints files under a directory with a given suffix, one per line, relative to the current directory.

Used by BUILD.gn so that a new lib/*.js file needs no build-file edit.
"""
import os
import sys

root, suffix = sys.argv[1], sys.argv[2]
found = []
for dirpath, _, names in os.walk(root):
    found.extend(os.path.join(dirpath, n) for n in names if n.endswith(suffix))
print("\n".join(sorted(found)))
