/* Reset path for the lx106 (call0 ABI). QEMU's sim machine starts at 0x50000000 with SP = 0, whatever the ELF
   entry says; `j` cannot reach instruction RAM from there, so the stub loads the address with l32r and jumps. */

    .section .reset, "ax"
    .global _reset
_reset:
    j       1f
    .align  4
.Lentry:
    .word   _start
1:
    l32r    a0, .Lentry
    jx      a0

    .section .text._start, "ax"
    .literal_position
    .align  4
    .global _start
_start:
    movi    a1, __stack_top
    movi    a0, 0
    call0   mica_board_start
2:
    j       2b
