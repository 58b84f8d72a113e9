# Concatenation, repetition, comparison and ordering of strings.
a = "foo"
b = "bar"
print(a + b, a * 3, 2 * b, a * 0, a * -1 == "")
s = ""
for i in range(5):
    s += str(i)
print(s)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "a" == "a", "a" != "A")
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))
print(max("hello"), min("hello"), "z" > "éa")
print("ab" "cd", ("x" "y") * 2)
t = "a" * 1000
print(len(t), t.count("a"), len(t + t))
