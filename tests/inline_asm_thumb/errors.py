# Assembly errors are SyntaxErrors at the line of the bad instruction; call errors are TypeError/OverflowError.
import micropython


def compile_error(body, params="", returns=""):
    source = "@micropython.asm_thumb\ndef f(%s)%s:\n" % (params, returns)
    source += "".join("    " + line + "\n" for line in body.split(";"))
    try:
        exec(source, {"micropython": micropython})
    except SyntaxError as e:
        print("SyntaxError", e.lineno, e.args[0])
    else:
        print("compiled")


compile_error("mov(r0, 1)")
compile_error("foo(r0, 1)")
compile_error("nop(r0)")
compile_error("add(r0, r1, r2, r3)")
compile_error("mov(r9, 1)")
compile_error("add(r0, r9, r1)")
compile_error("mov(r0, 256)")
compile_error("mov(r0, -1)")
compile_error("lsl(r0, r1, 32)")
compile_error("lsr(r0, r1, 0)")
compile_error("mov(x, 1)")
compile_error("mov(r0, x)")
compile_error("b(nowhere)")
compile_error("label(a);label(a)")
compile_error("label(1)")
compile_error("b(1)")
compile_error("ldr(r0, r1)")
compile_error("ldr(r0, [r1, 4096])")
compile_error("ldr(r0, [pc, 0])")
compile_error("ldr(sp, [r0, 0])")
compile_error("push({r8})")
compile_error("pop({lr})")
compile_error("push(r0)")
compile_error("data(3, 1)")
compile_error("data(1, 256)")
compile_error("align(3)")
compile_error("x = 1")
compile_error("mov(r0, 1);r0 + 1")
compile_error("mov(r0, r1=2)")
compile_error("nop()", "a")
compile_error("nop()", "r1")
compile_error("nop()", "r0, r1, r2, r3, r4")
compile_error("nop()", "r0=1")
compile_error("nop()", "*r0")
compile_error("nop()", "", " -> float")
compile_error("movw(r0, 65536)")
compile_error("movwt(r0, 0x100000000)")
compile_error("sdiv(r0, sp, r1)")


@micropython.asm_thumb
def two(r0, r1):
    add(r0, r0, r1)


for args in [(), (1,), (1, 2, 3)]:
    try:
        two(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    two(1, r1=2)
except TypeError as e:
    print("TypeError", e)
try:
    two(1, "x")
except TypeError as e:
    print("TypeError", e)
try:
    two(1, 1 << 32)
except OverflowError as e:
    print("OverflowError", e)
try:
    two(1, 2.5)
except TypeError as e:
    print("TypeError", e)
print(two(True, 1 << 31))
