# json without float: ints, strings and containers round-trip; a number with a fraction or exponent, and NaN or
# Infinity, cannot be decoded (ValueError).
import json

print(json.loads("[1, -2, 0, 12345678901234567890]"))
print(json.loads('{"a": {"b": [true, false, null, "x"]}}'))
print(json.dumps({"n": 2 ** 70, "l": [1, -1], "s": "t"}))
print(json.dumps({1: "int key", True: "bool key"}))
for doc in ["1.5", "[1, 2.0]", "1e3", "-0.5", "2E-3", '{"x": 3.25}', "NaN", "Infinity", "-Infinity"]:
    try:
        print(json.loads(doc))
    except ValueError as e:
        print(repr(doc), "ValueError", e)
# Not numbers at all: the usual errors.
for doc in ["1.", "-", ".5"]:
    try:
        print(json.loads(doc))
    except ValueError as e:
        print(repr(doc), "ValueError")
