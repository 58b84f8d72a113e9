# Branches forward and backward, loops, conditions, bl to a local label, push/pop.
import micropython


@micropython.asm_thumb
def sum_to(r0):  # 1 + 2 + ... + r0
    mov(r1, 0)
    label(loop)
    cmp(r0, 0)
    beq(done)
    add(r1, r1, r0)
    sub(r0, 1)
    b(loop)
    label(done)
    mov(r0, r1)


@micropython.asm_thumb
def maximum(r0, r1):
    cmp(r0, r1)
    bge(keep)
    mov(r0, r1)
    label(keep)


@micropython.asm_thumb
def umaximum(r0, r1) -> uint:
    cmp(r0, r1)
    bcs(keep)  # unsigned >=
    mov(r0, r1)
    label(keep)


@micropython.asm_thumb
def classify(r0):  # -1, 0 or 1 via the signed conditions
    cmp(r0, 0)
    blt(negative)
    bgt(positive)
    mov(r0, 0)
    b(end)
    label(negative)
    mov(r0, 0)
    sub(r0, 1)
    b(end)
    label(positive)
    mov(r0, 1)
    label(end)


@micropython.asm_thumb
def conditions(r0, r1):  # one bit per condition that holds after cmp(r0, r1)
    mov(r2, 0)
    cmp(r0, r1)
    bne(l1)
    add(r2, 1)
    label(l1)
    lsl(r2, r2, 1)
    cmp(r0, r1)
    bhi(l2)
    add(r2, 1)
    label(l2)
    lsl(r2, r2, 1)
    cmp(r0, r1)
    bls(l3)
    add(r2, 1)
    label(l3)
    lsl(r2, r2, 1)
    cmp(r0, r1)
    ble(l4)
    add(r2, 1)
    label(l4)
    lsl(r2, r2, 1)
    cmp(r0, r1)
    bcc(l5)
    add(r2, 1)
    label(l5)
    mov(r0, r2)


@micropython.asm_thumb
def popcount(r0):  # bit tricks: clear the lowest set bit until none is left
    mov(r1, 0)
    label(loop)
    cmp(r0, 0)
    beq(done)
    sub(r2, r0, 1)
    and_(r0, r2)
    add(r1, 1)
    b(loop)
    label(done)
    mov(r0, r1)


@micropython.asm_thumb
def twice_via_bl(r0):
    bl(double)
    b(out)
    label(double)
    add(r0, r0, r0)
    bx(lr)
    label(out)


@micropython.asm_thumb
def keep_registers(r0):
    mov(r4, 7)
    push({r4, r5})
    mov(r4, 1)
    pop({r4, r5})
    add(r0, r0, r4)


@micropython.asm_thumb
def far_branch(r0):  # align(4096) makes the branches wide
    cmp(r0, 0)
    beq(far)
    mov(r0, 1)
    b(far_end)
    align(4096)
    label(far)
    mov(r0, 2)
    label(far_end)


print(sum_to(0), sum_to(1), sum_to(100), sum_to(10000))
print(maximum(3, 9), maximum(-3, -9), umaximum(-1, 5), umaximum(1, 5))
print(classify(-5), classify(0), classify(12))
print(conditions(1, 1), conditions(2, 1), conditions(1, 2), conditions(-1, 1))
print(popcount(0), popcount(0xFF), popcount(-1))
print(twice_via_bl(21), keep_registers(3))
print(far_branch(0), far_branch(5))
