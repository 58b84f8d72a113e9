// The part of QEMU's TCG plugin API (version 1, as QEMU 7.2 exports it) that insn_count.cc uses, declared here
// because Debian's QEMU ships the plugin loader but not qemu-plugin.h. The declarations follow the documented
// API (https://www.qemu.org/docs/master/devel/tcg-plugins.html); only the calls and types used are listed.
//
// QEMU checks `qemu_plugin_version` when it loads the library and then calls `qemu_plugin_install` once.
#ifndef MICA_TOOLS_QEMU_PLUGINS_QEMU_PLUGIN_API_H_
#define MICA_TOOLS_QEMU_PLUGINS_QEMU_PLUGIN_API_H_

#include <stddef.h>
#include <stdint.h>

extern "C" {

typedef uint64_t qemu_plugin_id_t;

// What QEMU tells the plugin about itself at install time (layout of API version 1).
typedef struct qemu_info_t {
  const char* target_name;
  struct {
    int min;
    int cur;
  } version;
  bool system_emulation;
  union {
    struct {
      int smp_vcpus;
      int max_vcpus;
    } system;
  };
} qemu_info_t;

struct qemu_plugin_tb;
struct qemu_plugin_insn;

enum qemu_plugin_cb_flags {
  QEMU_PLUGIN_CB_NO_REGS,
  QEMU_PLUGIN_CB_R_REGS,
  QEMU_PLUGIN_CB_RW_REGS,
};

enum qemu_plugin_op {
  QEMU_PLUGIN_INLINE_ADD_U64,
};

typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void* userdata);
typedef void (*qemu_plugin_vcpu_udata_cb_t)(unsigned int vcpu_index, void* userdata);
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id, struct qemu_plugin_tb* tb);

// Called for every translation block QEMU translates (before it first runs).
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, qemu_plugin_vcpu_tb_trans_cb_t cb);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb* tb);
struct qemu_plugin_insn* qemu_plugin_tb_get_insn(const struct qemu_plugin_tb* tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn* insn);

// Per executed instruction: an inline add to a 64-bit counter (generated code, no call), or a C callback.
void qemu_plugin_register_vcpu_insn_exec_inline(struct qemu_plugin_insn* insn, enum qemu_plugin_op op, void* ptr,
                                                uint64_t imm);
void qemu_plugin_register_vcpu_insn_exec_cb(struct qemu_plugin_insn* insn, qemu_plugin_vcpu_udata_cb_t cb,
                                            enum qemu_plugin_cb_flags flags, void* userdata);

void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void* userdata);

}  // extern "C"

#endif  // MICA_TOOLS_QEMU_PLUGINS_QEMU_PLUGIN_API_H_
