# Mixins cooperating through super() in a long chain.
class Base:
    def render(self):
        return ["base"]
class BoldMixin:
    def render(self):
        return ["<b>"] + super().render() + ["</b>"]
class ItalicMixin:
    def render(self):
        return ["<i>"] + super().render() + ["</i>"]
class Text(BoldMixin, ItalicMixin, Base):
    def render(self):
        return ["text:"] + super().render()
print("".join(Text().render()))
print([c.__name__ for c in Text.__mro__])
class LogMixin:
    def log(self, msg):
        return f"[{type(self).__name__}] {msg}"
class Service(LogMixin):
    def run(self):
        return self.log("running")
print(Service().run())
