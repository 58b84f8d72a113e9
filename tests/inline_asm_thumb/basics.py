# @micropython.asm_thumb: arguments r0-r3 in, r0 out as an int.
import micropython


@micropython.asm_thumb
def zero():
    mov(r0, 0)


@micropython.asm_thumb
def ident(r0):
    nop()


@micropython.asm_thumb
def add2(r0, r1):
    add(r0, r0, r1)


@micropython.asm_thumb
def add4(r0, r1, r2, r3):
    add(r0, r0, r1)
    add(r0, r0, r2)
    add(r0, r0, r3)


print(zero(), ident(42), add2(3, 4), add4(1, 2, 3, 4))
print(ident(-1), ident(0x7FFFFFFF), ident(-0x80000000), ident(0xFFFFFFFF))
print(add2(0x7FFFFFFF, 1))
print(type(zero).__name__, zero.__name__)
