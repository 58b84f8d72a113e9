# Buffers: bytearray and array arguments pass their data address; loads and stores of each width.
import micropython
import array


@micropython.asm_thumb
def memcpy(r0, r1, r2):  # dst, src, n bytes
    cmp(r2, 0)
    beq(done)
    label(loop)
    ldrb(r3, [r1, 0])
    strb(r3, [r0, 0])
    add(r0, 1)
    add(r1, 1)
    sub(r2, 1)
    bne(loop)
    label(done)


@micropython.asm_thumb
def sum_words(r0, r1):  # array('i') address, count
    mov(r2, 0)
    label(loop)
    cmp(r1, 0)
    beq(done)
    ldr(r3, [r0, 0])
    add(r2, r2, r3)
    add(r0, 4)
    sub(r1, 1)
    b(loop)
    label(done)
    mov(r0, r2)


@micropython.asm_thumb
def store_widths(r0, r1):
    str(r1, [r0, 0])
    strh(r1, [r0, 4])
    strb(r1, [r0, 6])
    strb(r1, [r0, 200])  # wide form: offset beyond the narrow range


@micropython.asm_thumb
def load_widths(r0):
    ldr(r1, [r0, 0])
    ldrh(r2, [r0, 4])
    ldrb(r3, [r0, 6])
    add(r1, r1, r2)
    add(r0, r1, r3)


@micropython.asm_thumb
def ldr_high(r0):
    ldr(r8, [r0, 8])
    mov(r0, r8)


@micropython.asm_thumb
def table(r0):  # data() after the code, addressed via bl's return address
    bl(after)
    data(4, 10, 20, 30, 40)
    label(after)
    mov(r1, lr)
    sub(r1, 1)  # clear the Thumb bit
    lsl(r0, r0, 2)
    add(r1, r1, r0)
    ldr(r0, [r1, 0])


src = bytearray(b"hello, asm_thumb")
dst = bytearray(len(src))
memcpy(dst, src, len(src))
print(dst)
memcpy(dst, b"HELLO", 5)
print(dst)
a = array.array("i", [1, -2, 300000, 4])
print(sum_words(a, len(a)))
buf = bytearray(256)
store_widths(buf, 0x11223344)
print(buf[:8].hex(), buf[200])
print(hex(load_widths(buf)))
w = array.array("I", [0, 0, 0xCAFE])
print(hex(ldr_high(w)))
print([table(i) for i in range(4)])
