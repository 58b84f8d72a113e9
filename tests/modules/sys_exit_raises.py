# sys.exit raises SystemExit with the given code (None without one); it can be caught like any exception.
import sys

for code in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*code)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
try:
    sys.exit(7)
except BaseException as e:
    print(isinstance(e, Exception), isinstance(e, SystemExit))
finally:
    print("finally runs")
