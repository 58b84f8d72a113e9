# Comments, blank lines, line continuation and implicit joining inside brackets.
x = 1 + \
    2 + \
    3   # trailing comment
print(x)   # comment after code

# comment-only lines between statements are ignored
total = (1 +
         2
         + 3)
items = [
    1,
    2,  # comment inside a list
    3,
]
print(total, items, {
    "a": 1,
}, (4,
    5))
if x: print("one-line if")
for i in range(2): print("one-line for", i)
a = 1; b = 2; print(a + b);
def f(): return "one-line def"
print(f())
