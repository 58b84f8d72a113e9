# random: the sequence differs from CPython's Mersenne Twister, so this prints properties only: ranges, types,
# determinism after seed(n), and the errors.
import random

random.seed(42)
first = [random.random() for _ in range(5)]
random.seed(42)
print(first == [random.random() for _ in range(5)])
random.seed(43)
print(first != [random.random() for _ in range(5)])
print(all(0.0 <= random.random() < 1.0 for _ in range(1000)), type(random.random()).__name__)
print(all(0 <= random.getrandbits(5) < 32 for _ in range(200)), random.getrandbits(0), type(random.getrandbits(8)).__name__)
print(all(0 <= random.getrandbits(100) < 2 ** 100 for _ in range(50)), max(random.getrandbits(70) for _ in range(50)) > 2 ** 60)
print(sorted(set(random.randint(1, 6) for _ in range(500))), sorted(set(random.randrange(3) for _ in range(200))))
print(sorted(set(random.randrange(10, 20, 3) for _ in range(300))), sorted(set(random.randrange(5, 0, -2) for _ in range(300))))
print(all(-2 ** 100 <= random.randrange(-2 ** 100, 2 ** 100) < 2 ** 100 for _ in range(50)))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)), random.randint(7, 7))
print(random.choice("x"), random.choice([4, 4]), random.choice((1, 2, 3)) in (1, 2, 3), random.choice(range(5, 6)))
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
random.seed(7)
a = (random.randrange(1000), random.getrandbits(40), random.choice("abcdef"))
random.seed(7)
print(a == (random.randrange(1000), random.getrandbits(40), random.choice("abcdef")))
random.seed(2 ** 80)
b = random.random()
random.seed(2 ** 80)
print(b == random.random(), random.seed() is None)
for bad in [lambda: random.randrange(5, 5), lambda: random.randrange(0), lambda: random.randrange(0, 10, 0),
            lambda: random.randint(3, 1), lambda: random.getrandbits(-1), lambda: random.randrange(1, 5, -1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
for bad in [lambda: random.randint("a", 2), lambda: random.uniform("a", 1), lambda: random.getrandbits(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
