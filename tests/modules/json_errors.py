# json: malformed documents raise JSONDecodeError (a ValueError) with CPython's positions; unencodable values
import json

print(issubclass(json.JSONDecodeError, ValueError))
for bad in ['', '   ', '[1,', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{1: 2}', 'nul', 'tru', '1 2',
            '"\\x"', '"\\u12"', '"a\nb"', '01', '-', '[\n1,\n2\n', '"caf\u00e9', '{"\u00e9": }', '.5', '+1']:
    try:
        print(repr(bad), json.loads(bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for bad in [{1, 2}, {(1, 2): 3}, [object], b"x"]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__)
deep = []
for i in range(50):
    deep = [deep]
print(json.dumps(deep) == "[" * 51 + "]" * 51)
print(len(json.loads("[" * 100 + "]" * 100)))
