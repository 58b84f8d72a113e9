# Sorting is stable, so sorting by several keys can be done in passes; key functions are called once per item.
people = [("bob", 25, "nyc"), ("amy", 30, "la"), ("cat", 25, "la"), ("dan", 30, "nyc"), ("eve", 25, "la")]
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
print([p[0] for p in by_age_then_city])
print([p[0] for p in sorted(people, key=lambda p: (p[1], p[2]))])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
calls = []
def key(p):
    calls.append(p[0])
    return p[0]
people.sort(key=key)
print(len(calls), [p[0] for p in people])
nums = [5, -3, 3, -5, 0]
nums.sort(key=abs)
print(nums)
