# heapq: push/pop/heapify/replace/pushpop keep CPython's exact heap layout; nsmallest/nlargest; errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
words = ["pear", "fig", "apple", "kiwi", "banana"]
heapq.heapify(words)
print(words, heapq.heappop(words))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(2, [5, 1, 4, 2, 3]), heapq.nsmallest(0, [1]))
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len), heapq.nsmallest(10, range(3)))


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError("unlucky")
        return self.v < other.v

    def __repr__(self):
        return "Item(%d)" % self.v


items = [Item(v) for v in [4, 2, 6, 1]]
heapq.heapify(items)
print(items)
try:
    heapq.heappush(items, Item(13))
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"), lambda: heapq.heappush([1, "a"], 2),
            lambda: heapq.heapify([1, None])]:
    try:
        bad()
    except TypeError:
        print("TypeError")
