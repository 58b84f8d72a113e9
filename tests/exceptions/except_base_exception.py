# `except Exception` does not catch SystemExit, KeyboardInterrupt or GeneratorExit.
for exc in (SystemExit(3), KeyboardInterrupt(), GeneratorExit(), ValueError()):
    try:
        try:
            raise exc
        except Exception:
            print("Exception caught", type(exc).__name__)
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit code:", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("SystemExit code:", e.code)
