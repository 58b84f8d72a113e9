# bytes/bytearray partition and rpartition: found, not found, result types, empty separator, wrong types
print(b"key=value=x".partition(b"="))
print(b"key=value=x".rpartition(b"="))
print(b"novalue".partition(b"="))
print(b"novalue".rpartition(b"="))
print(b"a::b".partition(b"::"))
print(b"".partition(b"x"))
print(bytearray(b"a,b").partition(b","))
print(bytearray(b"a,b").rpartition(bytearray(b",")))
print(bytearray(b"ab").partition(b","))
print(b"a,b".partition(bytearray(b",")))
for sep in (b"", bytearray()):
    try:
        b"abc".partition(sep)
    except ValueError as e:
        print("ValueError", e)
for bad in ("=", 61, None):
    try:
        b"a=b".partition(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
    try:
        b"a=b".rpartition(bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
