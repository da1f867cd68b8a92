#!/usr/bin/env python3
"""Runs a program built in this build (GN actions must name a script, not a binary)."""
import os
import subprocess
import sys

# In sanitizer builds the tool is instrumented too; V8's process-lifetime allocations are not leaks
# worth failing a build for.
env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
sys.exit(subprocess.call([os.path.abspath(sys.argv[1])] + sys.argv[2:], env=env))
