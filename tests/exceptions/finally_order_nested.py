# Nested try/finally blocks unwind innermost first, also through function calls.
def inner():
    try:
        print("inner try")
        raise RuntimeError("deep")
    finally:
        print("inner finally")
def middle():
    try:
        inner()
    finally:
        print("middle finally")
try:
    try:
        middle()
    finally:
        print("outer finally")
except RuntimeError as e:
    print("caught", e)
def gen_returns():
    try:
        try:
            return "value"
        finally:
            print("first finally")
    finally:
        print("second finally")
print(gen_returns())
