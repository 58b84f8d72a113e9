# Single inheritance: overriding, extending, calling the base explicitly and via super().
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Cat(Animal):
    sound = "meow"
class Lion(Cat):
    sound = "roar"
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return Animal.speak(self) + " loudly"
    def kind(self):
        return "big " + super().kind()
for a in (Animal("gen"), Cat("tom"), Lion("leo", "west")):
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
l = Lion("simba", "east")
print(l.pride, isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal))
print(Lion.__bases__[0].__name__, Cat.__bases__[0].__name__)
