# Exceptions used for control flow inside loops.
class TransientError(OSError):
    pass
attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise TransientError("try again")
    return "connected"
for i in range(5):
    try:
        r = flaky()
    except OSError as e:
        print("attempt", i, "failed:", e)
        continue
    print("attempt", i, r)
    break
data = ["1", "x", "3", "", "5"]
nums = []
for d in data:
    try:
        nums.append(int(d))
    except ValueError:
        nums.append(None)
print(nums)
