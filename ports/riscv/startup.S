/* Reset path for rv32imac on QEMU virt with -bios none: hart 0 starts at 0x80000000 (the first thing in .text);
   other harts (none by default) park. */
    .section .text.start, "ax"
    .global _start
_start:
    csrr    t0, mhartid
    bnez    t0, .Lpark
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __stack_top
    call    mica_board_start
.Lpark:
    wfi
    j       .Lpark
