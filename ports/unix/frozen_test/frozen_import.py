# A frozen module (compiled into mica_frozen, loaded in place): imported once, found through sys.path's '.frozen'
# entry, __file__ is its path under the frozen root (as MicroPython), and its code (defaults, keyword-only
# arguments, generators, closures, try/except/finally, classes) runs from the image.
import sys

print(sys.path[1])
import frozen_hello
import frozen_hello as again

print(again is frozen_hello, sys.modules["frozen_hello"] is frozen_hello)
print(frozen_hello.__name__, frozen_hello.__file__)
print(frozen_hello)
print(frozen_hello.greet("world"))
print(frozen_hello.greet("you", "?", times=2))
print(list(frozen_hello.squares(5)))
print(frozen_hello.make_adder(10)(5))
print(frozen_hello.safe_div(7, 2), frozen_hello.safe_div(1, 0))
c = frozen_hello.Counter(41)
print(c.bump(), type(c).__name__)
from frozen_hello import GREETING, greet

print(GREETING, greet.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError")
