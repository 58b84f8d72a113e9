# and/or evaluate their right operand only when needed.
log = []
def t(name, value):
    log.append(name)
    return value
r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2) and t("c", 0) and t("d", 3)
print(r, log)
log.clear()
r = t("a", 0) or t("b", "") or t("c", "yes") or t("d", 4)
print(r, log)
log.clear()
r = not t("a", 5) or t("b", None)
print(r, log)
log.clear()
if t("a", []) or t("b", [1]):
    print("taken", log)
