# try/except catching by exact class, base class, tuple, and bare except.
def risky(kind):
    if kind == "zero":
        return 1 // 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return 1 + "a"
    if kind == "value":
        return int("x")
    if kind == "name":
        return undefined_name_q
    return "ok"
for kind in ["zero", "index", "key", "type", "value", "name", "fine"]:
    try:
        r = risky(kind)
        print(kind, "->", r)
    except ZeroDivisionError:
        print(kind, "ZeroDivisionError")
    except LookupError as e:
        print(kind, "LookupError", type(e).__name__)
    except (TypeError, ValueError) as e:
        print(kind, "TypeError or ValueError", type(e).__name__)
    except:
        print(kind, "bare except")
