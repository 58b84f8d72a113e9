# collections.deque with maxlen: the other end drops, maxlen=0 keeps nothing, repr shows maxlen
from collections import deque

d = deque([1, 2], maxlen=3)
print(d, d.maxlen)
d.append(3)
d.append(4)
print(d)
d.appendleft(0)
print(d)
d.extend(range(10, 15))
print(d)
d.extendleft([7, 8])
print(d, len(d))
z = deque([1, 2, 3], 0)
z.append(5)
print(z, len(z), z.maxlen)
print(deque(range(10), maxlen=2))
print(deque(maxlen=5))
try:
    d.maxlen = 4
except AttributeError:
    print('AttributeError')
