# time.time, time.time_ns and time.sleep: types, agreement between the clocks, a sleep that takes its time.
import time

t0 = time.time()
n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__)
print(abs(n0 / 1e9 - t0) < 5)
time.sleep(0.05)
time.sleep(0)
elapsed = time.time() - t0
print(elapsed >= 0.04, elapsed < 10)
print(time.time_ns() > n0)
for bad in [-1, -0.5]:
    try:
        time.sleep(bad)
    except ValueError as e:
        print(type(e).__name__)
