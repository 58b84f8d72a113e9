# json: dumps/loads round trips, separators, indent, sort_keys, escapes, dump/load through objects with write/read
import json

values = [None, True, False, 0, -7, 2 ** 70, 1.5, -0.25, 1e100, "", "plain", 'q"b\\s/', "\n\t\r\b\f\x01",
          "caf\u00e9", "\U0001f600", [], {}, [1, [2, [3]]], {"a": {"b": []}}, (1, 2)]
for v in values:
    text = json.dumps(v)
    print(text, json.loads(text))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1, "b": [1, {"c": None}], "e": []}, indent=2))
print(json.dumps([1, [2]], indent="\t"))
print(json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True))
print(json.dumps({1: "i", 2.5: "f", True: "t", None: "n"}))
print(json.dumps([float("inf"), float("-inf")]), json.loads("[NaN, Infinity, -Infinity]")[1:])
print(json.loads(' {"k" : [ 1 , 2.0e1 , -0 , 10E-1 ] }\n'))
print(json.loads('"\\u00e9\\ud83d\\ude00\\/\\""'))
print(json.loads(b'[1, "x"]'), json.loads(bytearray(b'{}')))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({"x": [1, 2]}, sink, separators=(",", ":"))
print("".join(sink.parts))
print(json.load(Source('{"y": [true, null]}')))
