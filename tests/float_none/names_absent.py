# Without float the names float and complex do not exist, and nothing in the builtins stands for them.
import builtins

for name in ["float", "complex"]:
    try:
        eval(name)
    except NameError as e:
        print("NameError", e)
    print(name, hasattr(builtins, name))

# int has no __float__; int's other methods remain.
print(hasattr(int, "__float__"), hasattr(int, "__index__"), hasattr(int, "to_bytes"))
print(type(7), isinstance(7, int), isinstance(True, int))

# A name that happens to be called float is an ordinary global.
float = "not a type"
print(float)
del float
try:
    float
except NameError as e:
    print("NameError", e)
