// insn_count: a QEMU TCG plugin that counts executed guest instructions exactly, optionally only inside windows.
//
//   qemu-system-arm ... -icount shift=0,sleep=off -plugin libinsn_count.so,start=0x80199e4,stop=0x80001d4,out=F
//
// Arguments (each `key=value`; addresses in hex with or without 0x):
//   start=ADDR    a window opens when the instruction at ADDR executes (if none is open)
//   stop=ADDR     the open window closes when the instruction at ADDR executes; its count is written at once
//   exclude=LO-HI instructions in [LO, HI) are never counted (repeatable): interrupt handlers, whose number in a
//                 window depends on when the host's input arrived, so leaving them out makes windows repeatable
//   out=PATH      where results go (default stderr): "window N COUNT" per closed window, flushed as it closes,
//                 and at exit "total COUNT" (every counted instruction) and "windows N SUM"
// Without start/stop there are no windows and only the total is reported.
//
// Why inline counters: QEMU adds to the counter in the generated code for every instruction, so the count is exact
// (including instructions of a block that an exception or interrupt leaves early) and costs little. Only the
// start and stop instructions get a C callback, which reads the running total.
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/qemu_plugins/qemu_plugin_api.h"

extern "C" {
__attribute__((visibility("default"))) int qemu_plugin_version = 1;
__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t* info, int argc,
                                                               char** argv);
}

namespace {

struct Range {
  uint64_t low, high;  // [low, high)
};

constexpr int kMaxExcluded = 64;

struct Config {
  bool has_start = false, has_stop = false;
  uint64_t start = 0, stop = 0;
  Range excluded[kMaxExcluded];
  int excluded_count = 0;
  const char* out_path = nullptr;
};

Config config;
FILE* out = nullptr;

// One vCPU on the boards measured; with several, the windows would interleave and the count would be shared.
uint64_t total = 0;  // the inline counter
bool window_open = false;
uint64_t window_begin = 0;
uint64_t window_count = 0, window_sum = 0;

bool ParseAddress(const char* text, uint64_t* value, const char** end) {
  errno = 0;
  char* stop = nullptr;
  *value = strtoull(text, &stop, 16);  // base 16 accepts a leading 0x
  if (errno != 0 || stop == text) return false;
  if (end != nullptr) {
    *end = stop;
  } else if (*stop != '\0') {
    return false;
  }
  return true;
}

bool ParseArgument(const char* arg) {
  const char* equals = strchr(arg, '=');
  if (equals == nullptr) return false;
  const size_t key_length = static_cast<size_t>(equals - arg);
  const char* value = equals + 1;
  auto key_is = [&](const char* key) { return strlen(key) == key_length && strncmp(arg, key, key_length) == 0; };
  if (key_is("start")) {
    config.has_start = true;
    return ParseAddress(value, &config.start, nullptr);
  }
  if (key_is("stop")) {
    config.has_stop = true;
    return ParseAddress(value, &config.stop, nullptr);
  }
  if (key_is("out")) {
    config.out_path = value;
    return *value != '\0';
  }
  if (key_is("exclude")) {
    if (config.excluded_count == kMaxExcluded) return false;
    Range& range = config.excluded[config.excluded_count];
    const char* dash = nullptr;
    if (!ParseAddress(value, &range.low, &dash) || *dash != '-') return false;
    if (!ParseAddress(dash + 1, &range.high, nullptr) || range.high <= range.low) return false;
    ++config.excluded_count;
    return true;
  }
  return false;
}

bool IsExcluded(uint64_t address) {
  for (int i = 0; i < config.excluded_count; ++i) {
    if (address >= config.excluded[i].low && address < config.excluded[i].high) return true;
  }
  return false;
}

void OnStart(unsigned int, void*) {
  if (window_open) return;
  window_open = true;
  window_begin = total;
}

void OnStop(unsigned int, void*) {
  if (!window_open) return;
  window_open = false;
  const uint64_t count = total - window_begin;
  ++window_count;
  window_sum += count;
  fprintf(out, "window %" PRIu64 " %" PRIu64 "\n", window_count, count);
  fflush(out);
}

// The start/stop callbacks are registered before the inline add, so both run before the instruction is counted:
// a window holds its start instruction and everything up to, not including, its stop instruction.
void OnTranslate(qemu_plugin_id_t, struct qemu_plugin_tb* tb) {
  const size_t count = qemu_plugin_tb_n_insns(tb);
  for (size_t i = 0; i < count; ++i) {
    struct qemu_plugin_insn* insn = qemu_plugin_tb_get_insn(tb, i);
    const uint64_t address = qemu_plugin_insn_vaddr(insn);
    if (config.has_start && address == config.start) {
      qemu_plugin_register_vcpu_insn_exec_cb(insn, OnStart, QEMU_PLUGIN_CB_NO_REGS, nullptr);
    }
    if (config.has_stop && address == config.stop) {
      qemu_plugin_register_vcpu_insn_exec_cb(insn, OnStop, QEMU_PLUGIN_CB_NO_REGS, nullptr);
    }
    if (!IsExcluded(address)) {
      qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &total, 1);
    }
  }
}

void OnExit(qemu_plugin_id_t, void*) {
  fprintf(out, "total %" PRIu64 "\n", total);
  if (config.has_start || config.has_stop) fprintf(out, "windows %" PRIu64 " %" PRIu64 "\n", window_count, window_sum);
  fflush(out);
  if (out != stderr) fclose(out);
  out = nullptr;
}

}  // namespace

int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t*, int argc, char** argv) {
  for (int i = 0; i < argc; ++i) {
    if (!ParseArgument(argv[i])) {
      fprintf(stderr, "insn_count: bad argument '%s' (expected start=ADDR, stop=ADDR, exclude=LO-HI or out=PATH)\n",
              argv[i]);
      return -1;
    }
  }
  if (config.has_start != config.has_stop) {
    fprintf(stderr, "insn_count: start= and stop= go together\n");
    return -1;
  }
  out = stderr;
  if (config.out_path != nullptr) {
    out = fopen(config.out_path, "w");
    if (out == nullptr) {
      fprintf(stderr, "insn_count: cannot write %s: %s\n", config.out_path, strerror(errno));
      return -1;
    }
  }
  qemu_plugin_register_vcpu_tb_trans_cb(id, OnTranslate);
  qemu_plugin_register_atexit_cb(id, OnExit, nullptr);
  return 0;
}
