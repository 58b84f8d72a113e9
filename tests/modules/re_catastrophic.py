# re: exponential backtracking is bounded by a step budget and raises RuntimeError instead of hanging (CPython
# hangs on these; hence the .exp file). Linear patterns over long text stay well within the budget.
import re

for pattern, text in [(r'(a*)*b', 'a' * 30), (r'(a|aa)*c', 'a' * 40), (r'(x+x+)+y', 'x' * 32)]:
    try:
        print(re.match(pattern, text))
    except RuntimeError as e:
        print("RuntimeError", e)
print(len(re.findall(r'\w+', 'word ' * 5000)))
print(re.search(r'(a+)+b', 'a' * 20 + 'b').span())
print(re.match(r'(a*)*$', 'a' * 1000).span())
