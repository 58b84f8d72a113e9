# The test image's boot.py: shows it ran, and counts boots in a module that survives nothing (a soft reset
# starts a fresh runtime, so the count is always 1).
import bootcount

bootcount.count += 1
print("boot.py ran", bootcount.count)
