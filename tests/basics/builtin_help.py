# help() is MicroPython's: a welcome text, help(obj) lists public attributes, help('modules') the built-in modules.
class K:
    x = 1
    y = "s"
    def __repr__(self):
        return "K()"

help(K())
k = K()
k.z = [1, 2]
help(k)
print(help() is None)
help("modules")
