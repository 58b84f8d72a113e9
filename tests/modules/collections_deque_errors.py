# collections.deque bad input: empty pops, bad maxlen, index errors, mutation during iteration, unhashable
from collections import deque

for op in ('pop', 'popleft'):
    try:
        getattr(deque(), op)()
    except IndexError as e:
        print('IndexError', e)
try:
    deque([], -1)
except ValueError as e:
    print('ValueError', e)
try:
    deque([], 'x')
except TypeError:
    print('TypeError')
d = deque([1, 2, 3])
for index in (3, -4):
    try:
        d[index]
    except IndexError:
        print('IndexError', index)
try:
    d['a']
except TypeError:
    print('TypeError')
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    hash(deque())
except TypeError:
    print('TypeError unhashable')
try:
    deque(1)
except TypeError:
    print('TypeError not iterable')
