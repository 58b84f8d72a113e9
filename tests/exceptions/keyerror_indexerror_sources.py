# Where KeyError and IndexError come from across the core types.
def kind(fn):
    try:
        fn()
        return "no error"
    except KeyError as e:
        return "KeyError" + (" " + repr(e.args) if e.args == ("x",) else "")
    except IndexError:
        return "IndexError"
print(kind(lambda: {}["x"]), kind(lambda: {}.pop("x")), kind(lambda: {}.popitem()))
print(kind(lambda: [][0]), kind(lambda: [1].pop(5)), kind(lambda: ()[0]), kind(lambda: ""[0]))
print(kind(lambda: range(3)[3]), kind(lambda: [1, 2][-3]), kind(lambda: [1][1:5]))
print(kind(lambda: "abc"[-4]), kind(lambda: {1: 2}[1]))
