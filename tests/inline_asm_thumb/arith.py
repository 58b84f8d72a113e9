# Each arithmetic and logic family.
import micropython


@micropython.asm_thumb
def sub3(r0, r1):
    sub(r0, r0, r1)


@micropython.asm_thumb
def imm_forms(r0):
    add(r0, 200)
    sub(r0, 50)
    add(r1, r0, 7)
    sub(r0, r1, 3)


@micropython.asm_thumb
def hi_regs(r0, r1):
    mov(r8, r0)
    mov(r9, r1)
    add(r8, r9)
    mov(r0, r8)


@micropython.asm_thumb
def mul2(r0, r1):
    mul(r0, r1)


@micropython.asm_thumb
def logic(r0, r1, r2):
    and_(r0, r1)
    orr(r0, r2)


@micropython.asm_thumb
def xor(r0, r1):
    eor(r0, r1)


@micropython.asm_thumb
def bits(r0):
    mvn(r0, r0)


@micropython.asm_thumb
def negate(r0):
    neg(r0, r0)


@micropython.asm_thumb
def clear_bits(r0, r1):
    bic(r0, r1)


@micropython.asm_thumb
def shifts(r0):
    lsl(r1, r0, 4)
    lsr(r2, r0, 4)
    asr(r3, r0, 4)
    eor(r1, r2)
    eor(r1, r3)
    mov(r0, r1)


@micropython.asm_thumb
def shl(r0, r1):
    lsl(r0, r1)


@micropython.asm_thumb
def sar(r0, r1):
    asr(r0, r1)


@micropython.asm_thumb
def big_constant():
    movwt(r0, 0xDEADBEEF)


@micropython.asm_thumb
def halves():
    movw(r0, 0x5678)
    movt(r0, 0x1234)


@micropython.asm_thumb
def divide(r0, r1):
    sdiv(r0, r0, r1)


@micropython.asm_thumb
def udivide(r0, r1) -> uint:
    udiv(r0, r0, r1)


@micropython.asm_thumb
def as_uint(r0) -> uint:
    nop()


@micropython.asm_thumb
def as_bool(r0) -> bool:
    nop()


print(sub3(10, 3), sub3(3, 10), imm_forms(0))
print(hi_regs(1000, 2345), mul2(-7, 6), mul2(0x10000, 0x10000))
print(hex(logic(0xFF, 0x0F, 0x100)), hex(xor(0xF0F0, 0xFFFF)), bits(0), negate(5), clear_bits(0xFF, 0x0F))
print(shifts(-256), shl(1, 31), sar(-1024, 3))
print(hex(big_constant()), hex(halves()))
print(divide(-100, 7), udivide(0xFFFFFFFF, 2))
print(as_uint(-1), as_bool(0), as_bool(5))
