# str, repr and the base conversion builtins on integers.
for v in (0, 7, -7, 255, -255, 2 ** 40, -(2 ** 67)):
    print(str(v), repr(v), hex(v), oct(v), bin(v))
print(str(10 ** 30), len(str(2 ** 200)))
print("%d|%5d|%-5d|%05d|%x|%X|%o" % (42, 42, 42, 42, 255, 255, 8))
print("{}|{:5}|{:<5}|{:^7}|{:05}|{:x}|{:b}|{:,}".format(42, 42, 42, 42, 42, 255, 5, 1234567))
