#!/usr/bin/env python3
"""Runs the program with python3 under a random string-hash seed, to find tests whose output depends on hash
order (set iteration, hash() of strings). Every test must still PASS under it. Usage (from tests/):

    python3 run_tests.py --interpreter _selfcheck/random_hashseed.py
"""
import os
import random
import subprocess
import sys

env = dict(os.environ)
env["PYTHONHASHSEED"] = str(random.randrange(1, 2 ** 32))
sys.exit(subprocess.run([sys.executable] + sys.argv[1:], env=env).returncode)
