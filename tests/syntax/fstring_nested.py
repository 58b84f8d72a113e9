# f-strings inside f-strings and with calls, dicts and conditional expressions.
vals = [1.5, 2.3, 3.0]
print(f"{', '.join(f'{v:.1f}' for v in vals)}")
def fmt(v):
    return f"<{v}>"
print(f"{fmt(f'{vals[0]}')}")
user = {"name": "ann", "langs": ["py", "c"]}
print(f"{user['name'].title()} knows {len(user['langs'])}: {' and '.join(user['langs'])}")
for i in range(3):
    print(f"{i}: {'even' if i % 2 == 0 else 'odd'} {f'{i * i:03}'}")
width = 6
print(f"[{f'{7:>{width}}'}]")
