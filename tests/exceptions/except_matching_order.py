# The first matching handler wins; handler classes may come from variables and tuples.
class Base(Exception):
    pass
class Derived(Base):
    pass
def which(exc):
    try:
        raise exc
    except Derived:
        return "Derived handler"
    except Base:
        return "Base handler"
    except Exception:
        return "Exception handler"
print(which(Derived()), which(Base()), which(ValueError()))
def first_match(exc):
    try:
        raise exc
    except Base:
        return "Base first"
    except Derived:
        return "never reached"
print(first_match(Derived()))
errors = (KeyError, IndexError)
for exc in (KeyError("k"), IndexError("i"), ValueError("v")):
    try:
        try:
            raise exc
        except errors as e:
            print("tuple from variable caught", type(e).__name__)
    except ValueError:
        print("outer caught ValueError")
