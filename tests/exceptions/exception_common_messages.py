# The few error messages a user expects to be the same in every Python.
def msg(fn):
    try:
        fn()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(msg(lambda: 1 / 0))
print(msg(lambda: [1, 2][5]))
print(msg(lambda: (1,)[9]))
print(msg(lambda: {"a": 1}["b"]))
print(msg(lambda: undefined_thing_qq))
print(msg(lambda: int("abc")))
print(msg(lambda: "abc".index("z")))
print(msg(lambda: [].pop()))
print(msg(lambda: next(iter([]))))
