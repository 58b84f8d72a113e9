# f-strings: expressions, nesting of quotes, conversions.
name = "world"
n = 7
print(f"hello {name}", F"{n}", f"{n + 1}{n * 2}", f"{{braces}}", f"")
print(f"{name!r} {name!s} {name.upper()}", f'{"inner"}', f"{'x' * 3}")
items = [1, 2, 3]
print(f"{items} {items[1]} {len(items)} {sum(items) / len(items)}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{n if n > 5 else 0} {[i * i for i in range(3)]} {(lambda x: x + 1)(n)}")
print(f"multi " f"part {n}" " plain")
print(rf"\n{n}", fr"{name}\t")
print(f"""triple {name}
second line {n}""")
