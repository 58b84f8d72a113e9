# A frozen module (mica_frozen): its body runs once, at the first import.
print("frozen_hello runs as", __name__)

GREETING = "hello from flash"


def greet(who, punctuation="!", *, times=1):
    return (GREETING + ", " + who + punctuation) * times


def squares(n):
    for i in range(n):
        yield i * i


def make_adder(k):
    def add(x):
        return x + k
    return add


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return "division by zero"
    finally:
        pass


class Counter:
    def __init__(self, start=0):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value
