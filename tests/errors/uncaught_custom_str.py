# The last stderr line uses the exception str(), which a class may override.
# expect: stderr-last-line
class Failure(Exception):
    def __str__(self):
        return "custom description " + str(self.args[0] * 2)
print("about to fail")
raise Failure(21)
