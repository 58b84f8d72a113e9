// The `os` module, MicroPython's subset: getcwd, chdir, listdir, mkdir, rmdir, remove/unlink, rename, stat (a
// 10-tuple, st_mode first), getenv, urandom and sep, over the port's file interface (runtime/exec/port_files.h).
// Failures raise the OSError subclass CPython raises, with errno and the file name.
#include <stdint.h>

#include "gc/heap.h"
#include "runtime/exec/port_files.h"
#include "runtime/modules/modules.h"
#include "runtime/modules/os_error.h"
#include "runtime/names.h"
#include "runtime/objects/allocator.h"
#include "runtime/objects/builtin_function.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/exception.h"
#include "runtime/objects/int.h"
#include "runtime/objects/list.h"
#include "runtime/objects/str.h"
#include "runtime/objects/tuple.h"

namespace mica {
namespace {

constexpr intptr_t kERANGE = 34;
constexpr size_t kMaxPathBytes = 4096;
constexpr size_t kMaxNameBytes = 256;  // one directory entry's name, NUL included

// f(path) for the port calls that take one path and return 0 or -errno.
Value PathCall(Value path, int (*call)(const char*)) {
  const char* text;
  MICA_TRY(PathArgument(path, &text));
  const int result = call(text);
  if (result < 0) return RaiseOSError(result, path);
  return Value::None();
}

Value OsGetcwd(const Value*, uint32_t, uint32_t) {
  // Grow a heap buffer until the path fits: no large C-stack buffer on a board.
  for (size_t capacity = 128; capacity <= kMaxPathBytes; capacity *= 2) {
    char* buffer = static_cast<char*>(AllocateRaw(capacity, gc::kNoScan));
    if (buffer == nullptr) return Value::Exception();
    const intptr_t length = port::GetCurrentDirectory(buffer, capacity);
    if (length >= 0) {
      const Value result = NewStr(buffer, static_cast<size_t>(length));
      FreeRaw(buffer);
      return result;
    }
    FreeRaw(buffer);
    if (length != -kERANGE) return RaiseOSError(length);
  }
  return RaiseOSError(kERANGE);
}

Value OsChdir(const Value* args, uint32_t, uint32_t) { return PathCall(args[0], port::ChangeDirectory); }
Value OsMkdir(const Value* args, uint32_t, uint32_t) { return PathCall(args[0], port::MakeDirectory); }
Value OsRmdir(const Value* args, uint32_t, uint32_t) { return PathCall(args[0], port::RemoveDirectory); }
Value OsRemove(const Value* args, uint32_t, uint32_t) { return PathCall(args[0], port::RemoveFile); }

Value OsRename(const Value* args, uint32_t, uint32_t) {
  const char* from;
  MICA_TRY(PathArgument(args[0], &from));
  const char* to;
  MICA_TRY(PathArgument(args[1], &to));
  const int result = port::Rename(from, to);
  if (result < 0) return RaiseOSError(result, args[0]);
  return Value::None();
}

// listdir(path='.'): the names in the directory, in the order the port gives them.
Value OsListdir(const Value* args, uint32_t n_pos, uint32_t) {
  const Value path = n_pos > 0 ? args[0] : Value();
  const char* text = ".";
  if (!path.IsNull()) MICA_TRY(PathArgument(path, &text));
  const Value names = NewList();
  MICA_TRY(names);
  const intptr_t dir = port::DirOpen(text);
  if (dir < 0) return RaiseOSError(dir, path.IsNull() ? Value() : path);
  char name[kMaxNameBytes];
  for (;;) {
    uint32_t mode;
    const intptr_t length = port::DirNext(dir, name, sizeof(name), &mode);
    if (length == 0) break;
    Value entry = length < 0 ? RaiseOSError(length, path) : NewStr(name, static_cast<size_t>(length));
    if (!entry.IsException()) entry = ListAppend(names, entry);
    if (entry.IsException()) {
      port::DirClose(dir);
      return entry;
    }
  }
  port::DirClose(dir);
  return names;
}

// stat(path): (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime).
Value OsStat(const Value* args, uint32_t, uint32_t) {
  const char* text;
  MICA_TRY(PathArgument(args[0], &text));
  port::FileStat info;
  const int result = port::Stat(text, &info);
  if (result < 0) return RaiseOSError(result, args[0]);
  const int64_t fields[10] = {
      info.mode, 0, 0, info.links, info.uid, info.gid, 0, info.access_time, info.modify_time, info.change_time,
  };
  Value items[10];
  for (size_t i = 0; i < 10; ++i) {
    items[i] = NewInt(fields[i]);
    MICA_TRY(items[i]);
  }
  items[1] = NewIntFromUint64(info.inode);
  MICA_TRY(items[1]);
  items[2] = NewIntFromUint64(info.device);
  MICA_TRY(items[2]);
  items[6] = NewIntFromUint64(info.size);
  MICA_TRY(items[6]);
  return NewTuple(items, 10);
}

// getenv(key, default=None).
Value OsGetenv(const Value* args, uint32_t n_pos, uint32_t) {
  const char* key;
  MICA_TRY(PathArgument(args[0], &key));
  const char* value = port::GetEnv(key);
  if (value == nullptr) return n_pos > 1 ? args[1] : Value::None();
  return NewStrFromCString(value);
}

Value OsUrandom(const Value* args, uint32_t, uint32_t) {
  intptr_t length;
  MICA_TRY(ToIndex(args[0], &length));
  if (length < 0) return RaiseValueError("negative argument not allowed");
  BytesObject* bytes = AllocateBytes(static_cast<size_t>(length));
  if (bytes == nullptr) return Value::Exception();
  if (length > 0) {
    const int result = port::Urandom(bytes->Data(), static_cast<size_t>(length));
    if (result < 0) return RaiseOSError(result);
  }
  return FinishBytes(bytes);
}

constexpr BuiltinFunction kChdir = MakeBuiltin(names::chdir, 1, 1, OsChdir);
constexpr BuiltinFunction kGetcwd = MakeBuiltin(names::getcwd, 0, 0, OsGetcwd);
constexpr BuiltinFunction kGetenv = MakeBuiltin(names::getenv, 1, 2, OsGetenv);
constexpr BuiltinFunction kListdir = MakeBuiltin(names::listdir, 0, 1, OsListdir);
constexpr BuiltinFunction kMkdir = MakeBuiltin(names::mkdir, 1, 2, OsMkdir);  // the mode is not applied
constexpr BuiltinFunction kRemove = MakeBuiltin(names::remove, 1, 1, OsRemove);
constexpr BuiltinFunction kRename = MakeBuiltin(names::rename, 2, 2, OsRename);
constexpr BuiltinFunction kRmdir = MakeBuiltin(names::rmdir, 1, 1, OsRmdir);
constexpr BuiltinFunction kStat = MakeBuiltin(names::stat, 1, 1, OsStat);
constexpr BuiltinFunction kUnlink = MakeBuiltin(names::unlink, 1, 1, OsRemove);
constexpr BuiltinFunction kUrandom = MakeBuiltin(names::urandom, 1, 1, OsUrandom);

constexpr ModuleMember kOsMembers[] = {
    ModuleObjectMember(names::chdir, &kChdir.header),
    ModuleObjectMember(names::getcwd, &kGetcwd.header),
    ModuleObjectMember(names::getenv, &kGetenv.header),
    ModuleObjectMember(names::listdir, &kListdir.header),
    ModuleObjectMember(names::mkdir, &kMkdir.header),
    ModuleObjectMember(names::remove, &kRemove.header),
    ModuleObjectMember(names::rename, &kRename.header),
    ModuleObjectMember(names::rmdir, &kRmdir.header),
    ModuleValueMember(names::sep, Value::Name(names::kSlash)),
    ModuleObjectMember(names::stat, &kStat.header),
    ModuleObjectMember(names::unlink, &kUnlink.header),
    ModuleObjectMember(names::urandom, &kUrandom.header),
};
constexpr uint16_t kOsMemberCount = sizeof(kOsMembers) / sizeof(kOsMembers[0]);
static_assert(ModuleMembersSorted(kOsMembers, kOsMemberCount), "sorted by name id");

}  // namespace

extern const BuiltinModuleDef kOsModule = {names::os, kOsMembers, kOsMemberCount, nullptr};

}  // namespace mica
