# *args and **kwargs collection and forwarding.
def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1, 2), collect(x=1), collect(1, y=2, z=3))
def forward(*a, **k):
    return collect(*a, **k)
print(forward(1, *[2, 3], k=4, **{"m": 5}))
def head(first, *rest):
    return first, rest
print(head(1), head(1, 2, 3), head(*"abc"))
def kw(**opts):
    return sorted(opts.items())
print(kw(b=2, a=1), kw(**{"c": 3}, d=4))
try:
    kw(**{"a": 1}, a=2)
except TypeError:
    print("TypeError duplicate")
args = (1, 2)
kwargs = {"sep": "-"}
print(*args, **kwargs)
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(*range(101)))
