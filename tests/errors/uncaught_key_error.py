# A missing dict key; the message is the repr of the key.
# expect: stderr-last-line
d = {"present": 1}
print(d["present"])
print(d["missing"])
