# finally blocks run (and print) before the uncaught exception ends the program.
# expect: stderr-last-line
def work():
    try:
        print("in try")
        raise RuntimeError("boom")
    finally:
        print("in finally")
try:
    work()
finally:
    print("outer finally")
