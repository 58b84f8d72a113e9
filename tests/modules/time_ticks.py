# MicroPython's ticks_ms/us/cpu, ticks_add and ticks_diff (period 2**30), sleep_ms and sleep_us (not in CPython).
import time

PERIOD = 2**30
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t < PERIOD)
print(time.ticks_add(PERIOD - 1, 1), time.ticks_add(0, -1), time.ticks_add(100, 23))
print(time.ticks_diff(5, 3), time.ticks_diff(3, 5), time.ticks_diff(0, PERIOD - 1), time.ticks_diff(PERIOD - 1, 0))
print(time.ticks_diff(PERIOD // 2 - 1, 0), time.ticks_diff(PERIOD // 2, 0))
for delta in [PERIOD // 2, -PERIOD // 2 - 1]:
    try:
        time.ticks_add(0, delta)
    except OverflowError as e:
        print(type(e).__name__)
start = time.ticks_ms()
time.sleep_ms(30)
print(time.ticks_diff(time.ticks_ms(), start) >= 30)
start = time.ticks_us()
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), start) >= 2000)
deadline = time.ticks_add(time.ticks_ms(), 20)
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    pass
print(time.ticks_diff(time.ticks_ms(), deadline) >= 0)
time.sleep_ms(-5)
time.sleep_us(0)
print("done")
