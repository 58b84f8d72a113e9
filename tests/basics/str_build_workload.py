# String building, slicing, methods and formatting in a loop (strings benchmark area).
parts = []
for i in range(200):
    s = "item-%d:%s" % (i, str(i * 7 + 3))
    if s.endswith("1"):
        s = s.upper()
    parts.append(s.replace("-", "_"))
text = ",".join(parts)
words = text.split(",")
total = 0
for w in words:
    total += len(w) + w.find(":")
print(total, len(text), "{}/{}".format(words[3], words[-1]))
print(words[:3], sum(1 for w in words if w.startswith("ITEM")))
