#include "ports/unix/unix_sys.h"

#include "runtime/modules/sys_port.h"

namespace mica {
namespace {

port::SysArguments g_arguments = {nullptr, nullptr, 0};

}  // namespace

void SetSysArgv(const char* program, const char* const* args, size_t count) {
  g_arguments = {program, args, count};
}

namespace port {

SysArguments SysArgv() { return g_arguments; }

const char* SysPlatform() { return "linux"; }

}  // namespace port
}  // namespace mica
