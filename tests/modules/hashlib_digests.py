# hashlib: sha256, sha1 and md5 digests, incremental update, copy, and the object attributes.
import hashlib

for name in ["sha256", "sha1", "md5"]:
    cls = getattr(hashlib, name)
    print(name, cls().hexdigest())
    print(name, cls(b"abc").hexdigest(), cls(b"abc").digest()[:4])
    h = cls()
    for chunk in [b"a" * 10, b"b" * 63, b"c" * 64, b"d" * 65, bytearray(b"e"), memoryview(b"fgh")]:
        h.update(chunk)
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name, len(h.digest()))
    c = h.copy()
    c.update(b"more")
    print(name, h.hexdigest() != c.hexdigest(), c.hexdigest() == cls(b"a" * 10 + b"b" * 63 + b"c" * 64 + b"d" * 65 + b"efghmore").hexdigest())
    print(name, h.digest() == h.digest(), cls(b"x" * 1000).hexdigest())
    try:
        cls("text")
    except TypeError:
        print("TypeError")
    try:
        h.update(5)
    except TypeError:
        print("TypeError")
print(hashlib.sha256(b"a" * 100000).hexdigest())
print(hashlib.md5(string=b"kw").hexdigest())
