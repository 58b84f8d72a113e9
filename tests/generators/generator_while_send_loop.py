# A generator-based state machine driven by send() in a loop.
def parser():
    tokens = []
    current = ""
    while True:
        ch = yield tokens
        if ch is None:
            break
        if ch == " ":
            if current:
                tokens.append(current)
                current = ""
        else:
            current += ch
    if current:
        tokens.append(current)
    yield tokens
p = parser()
next(p)
for ch in "send drives  this parser":
    out = p.send(ch)
print(out)
print(p.send(None))
