# Every augmented assignment operator, on names, attributes and subscripts.
x = 10
x += 5; x -= 3; x *= 4; x /= 3; print(x)
y = 17
y //= 2; print(y); y %= 5; print(y); y **= 3; print(y)
y <<= 2; print(y); y >>= 1; print(y); y &= 0b1010; print(y); y |= 1; print(y); y ^= 0xF; print(y)
class Obj:
    pass
o = Obj()
o.count = 0
for i in range(3):
    o.count += i
print(o.count)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] -= 1
print(lst)
d = {"k": "a"}
d["k"] += "b"
print(d)
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
