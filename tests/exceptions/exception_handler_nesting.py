# Handlers nested inside handlers, finally and else; each level sees the right exception.
try:
    try:
        raise ValueError("v")
    except ValueError as outer:
        try:
            raise KeyError("k")
        except KeyError as inner:
            print("inner", repr(inner), "outer", repr(outer))
        print("back in outer handler", repr(outer))
        try:
            pass
        except Exception:
            print("never")
        else:
            print("else inside handler")
        finally:
            print("finally inside handler")
        raise
except ValueError as e:
    print("outermost", repr(e))
