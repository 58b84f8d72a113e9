# Strings are immutable; operations create new strings.
s = "hello"
t = s
s += " world"
print(s, t)
try:
    s[0] = "H"
except TypeError:
    print("TypeError: no item assignment")
u = s.upper()
print(s, u)
print(s.replace("l", "L"), s)
try:
    del s[0]
except TypeError:
    print("TypeError: no item deletion")
print(hash("abc") == hash("ab" + "c"))
