# return in try, except, else and finally: which value wins and what runs.
def t(mode):
    log = []
    def body():
        try:
            log.append("try")
            if mode == "raise":
                raise ValueError
            if mode == "return-try":
                return "from try"
        except ValueError:
            log.append("except")
            return "from except"
        else:
            log.append("else")
            return "from else"
        finally:
            log.append("finally")
            if mode == "finally-wins":
                return "from finally"
    return body(), log
for mode in ("raise", "return-try", "plain", "finally-wins"):
    print(mode, t(mode))
