# Leaving a with block by return, break or continue still calls __exit__.
class Track:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, *exc):
        print("exit", self.tag, exc[0])
        return False
def early():
    with Track("ret"):
        return "returned"
    print("unreachable")
print(early())
for i in range(3):
    with Track(i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
def nested():
    with Track("outer"):
        with Track("inner"):
            return 42
print(nested())
