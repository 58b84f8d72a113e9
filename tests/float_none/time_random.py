# time and random without float: time.time() is an int of seconds and time.sleep() takes ints; random has no
# random() or uniform(), and its int functions work.
import random
import time

t = time.time()
print(type(t).__name__, t > 1600000000)
time.sleep(0)
time.sleep_ms(1)
time.sleep_us(1)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
print(type(time.time_ns()).__name__, type(time.ticks_ms()).__name__)
print(time.gmtime(0)[:6], time.localtime(86400)[0])

for name in ["random", "uniform"]:
    try:
        getattr(random, name)
    except AttributeError as e:
        print("AttributeError", name)
random.seed(5)
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(50)))
print(all(random.randrange(0, 10, 3) in (0, 3, 6, 9) for _ in range(50)))
print(0 <= random.getrandbits(8) < 256, random.choice("a") , random.randrange(1))
items = [1, 2, 3, 4]
random.shuffle(items)
print(sorted(items))
