# Class definition, instantiation, instance and class attributes, methods.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        self.tricks = []
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {self.tricks}"
a = Dog("rex")
b = Dog("fido")
a.add_trick("sit").add_trick("roll")
print(a.describe())
print(b.describe())
print(Dog.count, a.count, type(a).__name__, Dog.__name__)
a.species = "wolf"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
Dog.species = "dog"
print(a.species, b.species)
print(isinstance(a, Dog), a is not b, a != b, a == a)
