# sort and sorted with key and reverse; sorting is stable.
a = [5, 2, 9, -1, 0, 2]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Pie", "apple", "kiwi", "Cherry", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([]), sorted([1]), sorted([2.5, 1, 3]))
big = [(i * 7919) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
