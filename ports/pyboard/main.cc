// The pyboard firmware: bring the board up, then, for every boot and every soft reset, start the runtime on a
// cleared heap, run the frozen boot.py and main.py, and give the console to the REPL (docs/ports/pyboard.md).
//
// RAM (stm32f405.ld): the C stack at the bottom of SRAM, then .data and .bss (which hold the VM's value stack
// and frame records, sized by the feature set), then the GC heap up to the end of SRAM.
#include <stdint.h>
#include <string.h>

#include "config/feature_set.h"
#include "ports/baremetal/board.h"
#include "ports/baremetal/memory_init.h"
#include "ports/pyboard/clock.h"
#include "ports/pyboard/console.h"
#include "ports/pyboard/pyboard_board.h"
#include "ports/pyboard/systick.h"
#include "runtime/exec/exec.h"
#include "runtime/exec/exec_state.h"
#include "runtime/exec/module.h"
#include "runtime/mpy/frozen_module.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/runtime_state.h"
#include "runtime/repl/history.h"
#include "runtime/repl/repl.h"
#include "runtime/repl/run_input.h"
#include "runtime/repl/version.h"
#include "runtime/vm/frame.h"

extern "C" {
extern uint8_t __heap_start[], __heap_end[];
extern uint32_t __stack_limit[];
}

namespace mica {
namespace {

// Room kept below the VM's C stack check for the deepest path that does not check it (a collection, a repr).
constexpr uintptr_t kCStackMargin = 3 * 1024;

Value vm_stack[config::kVmStackValues];
vm::Frame vm_frames[config::kMaxFrames];

constexpr size_t kLineBytes = 256;
constexpr size_t kHistorySlots = 8;
constexpr size_t kHistorySlotBytes = 128;
char line_buffer[kLineBytes];
char history_storage[kHistorySlots * kHistorySlotBytes];
constexpr char kBannerEnd[] = "; pyboard with STM32F405RG\r\nType \"help()\" for more information.\r\n";
char banner[sizeof("Mica ") + sizeof(kMicaVersion) + sizeof(" on ") + sizeof(kMicaVersionDate) + sizeof(kBannerEnd)];

// "Mica <version> on <date>; pyboard with STM32F405RG", as MicroPython's banner reads.
void MakeBanner() {
  size_t at = 0;
  const char* const parts[] = {"Mica ", kMicaVersion, " on ", kMicaVersionDate, kBannerEnd};
  for (const char* part : parts) {
    while (*part != '\0') banner[at++] = *part++;
  }
  banner[at] = '\0';
}

int ReadByte(void*) { return board::ConsoleReadByte(); }
void Write(void*, const char* data, size_t length) { board::ConsoleWriteRaw(data, length); }
void BeginRun(void*) { board::SetProgramRunning(true); }
void EndRun(void*) { board::SetProgramRunning(false); }

void Say(const char* text) {
  size_t length = 0;
  while (text[length] != '\0') ++length;
  board::ConsoleWriteRaw(text, length);
}

// A fresh runtime over the whole heap. False if the heap cannot hold the interpreter (a build error, really).
bool StartRuntime(volatile int* stack_base) {
  const size_t heap_bytes = static_cast<size_t>(__heap_end - __heap_start);
  if (!InitRuntime(__heap_start, heap_bytes)) return false;
  Heap().SetStackBase(const_cast<int*>(stack_base));
  if (config::kGcStress) Heap().SetStressMode(true);
  ExecConfig exec_config;
  exec_config.stack = vm_stack;
  exec_config.stack_values = config::kVmStackValues;
  exec_config.frames = vm_frames;
  exec_config.frame_count = config::kMaxFrames;
  exec_config.c_stack_limit = reinterpret_cast<uintptr_t>(__stack_limit) + kCStackMargin;
  exec_config.modules = config::kBuiltinModules;
  exec_config.frozen_modules = config::kFrozenModules;
  if (!InitExec(exec_config)) return false;
  config::InstallCompiler(0);
  // No file system yet: modules come built in or frozen into the image.
  return AppendSearchPath(mpy::kFrozenPathEntry, mpy::kFrozenPathEntryLength);
}

// Runs the frozen script `file` (boot.py, main.py) in __main__, as MicroPython runs them from its file system;
// nothing if the image has none. An exception is reported and the boot goes on. False after SystemExit.
bool RunFrozenScript(const char* file) {
  const size_t length = strlen(file);
  if (mpy::FindFrozenFile(Exec().frozen_modules, file, length) == nullptr) return true;
  if (ReplGlobals().IsNull()) return true;  // no heap for __main__: the REPL reports it
  board::SetProgramRunning(true);
  const Value result = ExecFrozenModule(Exec().main_module, file, length);
  board::SetProgramRunning(false);
  if (!result.IsException()) return true;
  const bool exit = IsInstance(PendingException(), &kSystemExitType);
  if (!exit) PrintException(PendingException());
  ClearPendingException();
  return !exit;
}

[[noreturn]] void Run() {
  volatile int stack_base_marker = 0;
  static History history(history_storage, kHistorySlots, kHistorySlotBytes);
  MakeBanner();
  bool raw_mode = false;
  for (;;) {
    if (!StartRuntime(&stack_base_marker)) board::Fatal("the heap is too small for the interpreter", 0);
    if (RunFrozenScript("boot.py")) RunFrozenScript("main.py");
    ReplConfig config;
    config.io.read_byte = ReadByte;
    config.io.write = Write;
    config.io.begin_run = BeginRun;
    config.io.end_run = EndRun;
    config.banner = banner;
    config.line_buffer = line_buffer;
    config.line_capacity = sizeof(line_buffer);
    config.history = &history;
    config.soft_reset_returns = true;
    config.start_in_raw_mode = raw_mode;
    const ReplExit exit = RunReplSession(config);
    // SystemExit at the prompt is a soft reset too, as in MicroPython; so is the end of input, which a UART
    // never reports.
    raw_mode = exit.kind == ReplExit::kSoftReset && exit.raw_mode;
    if (exit.kind != ReplExit::kSoftReset) Say("MPY: soft reboot\r\n");
  }
}

}  // namespace
}  // namespace mica

extern "C" [[noreturn]] void mica_board_start() {
  mica::board::InitMemory();
  mica::board::Init();
  mica::board::InitSysTick(mica::board::CurrentClocks().sysclk);
  mica::board::InitConsoleInput();
  mica::Run();
}
