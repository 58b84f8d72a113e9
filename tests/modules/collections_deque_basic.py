# collections.deque: appends and pops at both ends, extend/extendleft, clear, len/bool, iteration, `in`, indexing
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), list(d))
print(d.pop(), d.popleft(), d)
d.extend([10, 11, 12])
d.extendleft('ab')
print(d)
print(d[0], d[1], d[-1], d[-2])
d[0] = 'z'
print(d, 'z' in d, 'b' in d, 99 in d)
del d[1]
print(d)
for x in deque(range(3)):
    print('item', x)
# many items: the ring grows and wraps around
r = deque()
for i in range(50):
    r.append(i)
    if i % 3 == 0:
        r.popleft()
for i in range(20):
    r.appendleft(-i)
print(len(r), r[0], r[-1], sum(r))
print(list(r)[:5], list(r)[-5:])
d.clear()
print(d, len(d))
e = deque([1, 2, 3])
e.extend(e)
print(e, e == deque([1, 2, 3, 1, 2, 3]), e != deque([1]))
e += [7]
print(e)
print(deque('abc'), deque(iterable=(1, 2)))
