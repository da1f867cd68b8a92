// Binding `os`: what libuv knows about the machine and the user — host name, kernel, memory, CPUs,
// load, network interfaces, the user's account — plus the signal, errno and priority constants.
// Failures set ctx.errno / ctx.syscall for lib/os.js to turn into node's ERR_SYSTEM_ERROR.
#include <dlfcn.h>
#include <uv.h>

#include <cerrno>
#include <csignal>

#include "env.h"
#include "util.h"

namespace octet {

using v8::Array;
using v8::Context;
using v8::Float64Array;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

void SetError(const FunctionCallbackInfo<Value>& info, int ctx_index, int err,
              const char* syscall) {
  if (!info[ctx_index]->IsObject()) return;
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> ctx = info[ctx_index].As<Object>();
  ctx->Set(context, OneByteString(isolate, "errno"), Integer::New(isolate, err)).Check();
  ctx->Set(context, OneByteString(isolate, "syscall"), OneByteString(isolate, syscall)).Check();
}

// Constants as node defines them: read-only, undeletable, on null-prototype objects.
Local<Object> ConstantsObject(Local<Context> context) {
  Isolate* isolate = context->GetIsolate();
  return Object::New(isolate, v8::Null(isolate), nullptr, nullptr, 0);
}

void DefineConstant(Local<Context> context, Local<Object> target, const char* name,
                    Local<Value> value) {
  target
      ->DefineOwnProperty(context, OneByteString(context->GetIsolate(), name), value,
                          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete))
      .Check();
}

void DefineConstant(Local<Context> context, Local<Object> target, const char* name, double value) {
  DefineConstant(context, target, name, Number::New(context->GetIsolate(), value));
}

Local<Value> Str(Isolate* isolate, const char* s) {
  return Utf8String(isolate, s).ToLocalChecked();
}

// getHostname(ctx)
void GetHostname(const FunctionCallbackInfo<Value>& info) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return SetError(info, 0, err, "uv_os_gethostname");
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

// getOSInformation(ctx) → [sysname, version, release, machine]
void GetOSInformation(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  uv_utsname_t uts;
  int err = uv_os_uname(&uts);
  if (err != 0) return SetError(info, 0, err, "uv_os_uname");
  Local<Value> fields[] = {Str(isolate, uts.sysname), Str(isolate, uts.version),
                           Str(isolate, uts.release), Str(isolate, uts.machine)};
  info.GetReturnValue().Set(Array::New(isolate, fields, 4));
}

// getHomeDirectory(ctx)
void GetHomeDirectory(const FunctionCallbackInfo<Value>& info) {
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return SetError(info, 0, err, "uv_os_homedir");
  info.GetReturnValue().Set(Str(info.GetIsolate(), buf));
}

// getUptime(ctx) → seconds
void GetUptime(const FunctionCallbackInfo<Value>& info) {
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return SetError(info, 0, err, "uv_uptime");
  info.GetReturnValue().Set(uptime);
}

void GetTotalMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_total_memory()));
}

void GetFreeMem(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(static_cast<double>(uv_get_free_memory()));
}

void GetAvailableParallelism(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(uv_available_parallelism());
}

// getCPUs() → [model, speed, user, nice, sys, idle, irq, model, ...] (times in ms)
void GetCPUs(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_cpu_info_t* cpus;
  int count;
  Local<Array> result = Array::New(isolate);
  if (uv_cpu_info(&cpus, &count) != 0) return info.GetReturnValue().Set(result);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_cpu_info_t& cpu = cpus[i];
    Local<Value> fields[] = {
        Str(isolate, cpu.model),
        Number::New(isolate, cpu.speed),
        Number::New(isolate, static_cast<double>(cpu.cpu_times.user)),
        Number::New(isolate, static_cast<double>(cpu.cpu_times.nice)),
        Number::New(isolate, static_cast<double>(cpu.cpu_times.sys)),
        Number::New(isolate, static_cast<double>(cpu.cpu_times.idle)),
        Number::New(isolate, static_cast<double>(cpu.cpu_times.irq)),
    };
    for (Local<Value> field : fields) result->Set(context, index++, field).Check();
  }
  uv_free_cpu_info(cpus, count);
  info.GetReturnValue().Set(result);
}

// getLoadAvg(Float64Array(3))
void GetLoadAvg(const FunctionCallbackInfo<Value>& info) {
  CHECK(info[0]->IsFloat64Array());
  Local<Float64Array> array = info[0].As<Float64Array>();
  CHECK_GE(array->Length(), 3u);
  double loads[3];
  uv_loadavg(loads);
  double* out =
      reinterpret_cast<double*>(static_cast<char*>(array->Buffer()->Data()) + array->ByteOffset());
  for (int i = 0; i < 3; i++) out[i] = loads[i];
}

// getInterfaceAddresses(ctx) → [name, address, netmask, family, mac, internal, scopeid, ...]
void GetInterfaceAddresses(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_interface_address_t* interfaces;
  int count;
  int err = uv_interface_addresses(&interfaces, &count);
  if (err == UV_ENOSYS) return info.GetReturnValue().Set(Array::New(isolate));
  if (err != 0) return SetError(info, 0, err, "uv_interface_addresses");
  Local<Array> result = Array::New(isolate);
  uint32_t index = 0;
  for (int i = 0; i < count; i++) {
    const uv_interface_address_t& iface = interfaces[i];
    char mac[18];
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x",
             static_cast<unsigned char>(iface.phys_addr[0]),
             static_cast<unsigned char>(iface.phys_addr[1]),
             static_cast<unsigned char>(iface.phys_addr[2]),
             static_cast<unsigned char>(iface.phys_addr[3]),
             static_cast<unsigned char>(iface.phys_addr[4]),
             static_cast<unsigned char>(iface.phys_addr[5]));
    char address[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    const char* family = "unknown";
    int scopeid = -1;
    if (iface.address.address4.sin_family == AF_INET) {
      uv_ip4_name(&iface.address.address4, address, sizeof(address));
      uv_ip4_name(&iface.netmask.netmask4, netmask, sizeof(netmask));
      family = "IPv4";
    } else if (iface.address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&iface.address.address6, address, sizeof(address));
      uv_ip6_name(&iface.netmask.netmask6, netmask, sizeof(netmask));
      family = "IPv6";
      scopeid = static_cast<int>(iface.address.address6.sin6_scope_id);
    }
    Local<Value> fields[] = {
        Str(isolate, iface.name),
        Str(isolate, address),
        Str(isolate, netmask),
        Str(isolate, family),
        Str(isolate, mac),
        v8::Boolean::New(isolate, iface.is_internal),
        Integer::New(isolate, scopeid),
    };
    for (Local<Value> field : fields) result->Set(context, index++, field).Check();
  }
  uv_free_interface_addresses(interfaces, count);
  info.GetReturnValue().Set(result);
}

// getUserInfo(ctx) → { uid, gid, username, homedir, shell }; raw strings are JS's to re-encode.
void GetUserInfo(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return SetError(info, 0, err, "uv_os_get_passwd");
  Local<Object> result = Object::New(isolate);
  auto set = [&](const char* key, Local<Value> value) {
    result->Set(context, OneByteString(isolate, key), value).Check();
  };
  set("uid", Number::New(isolate, static_cast<double>(pwd.uid)));
  set("gid", Number::New(isolate, static_cast<double>(pwd.gid)));
  set("username", Str(isolate, pwd.username));
  set("homedir", Str(isolate, pwd.homedir));
  set("shell", pwd.shell != nullptr ? Str(isolate, pwd.shell) : v8::Null(isolate).As<Value>());
  uv_os_free_passwd(&pwd);
  info.GetReturnValue().Set(result);
}

// setPriority(pid, priority, ctx) → 0 or an error (ctx set)
void SetPriority(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority = info[1]->Int32Value(context).FromMaybe(0);
  int err = uv_os_setpriority(pid, priority);
  if (err != 0) SetError(info, 2, err, "uv_os_setpriority");
  info.GetReturnValue().Set(err);
}

// getPriority(pid, ctx)
void GetPriority(const FunctionCallbackInfo<Value>& info) {
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int pid = info[0]->Int32Value(context).FromMaybe(0);
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return SetError(info, 1, err, "uv_os_getpriority");
  info.GetReturnValue().Set(priority);
}

Local<Object> SignalConstants(Local<Context> context) {
  Local<Object> o = ConstantsObject(context);
#define V(name) DefineConstant(context, o, #name, name)
  V(SIGHUP);
  V(SIGINT);
  V(SIGQUIT);
  V(SIGILL);
  V(SIGTRAP);
  V(SIGABRT);
  V(SIGIOT);
  V(SIGBUS);
  V(SIGFPE);
  V(SIGKILL);
  V(SIGUSR1);
  V(SIGSEGV);
  V(SIGUSR2);
  V(SIGPIPE);
  V(SIGALRM);
  V(SIGTERM);
  V(SIGCHLD);
  V(SIGSTKFLT);
  V(SIGCONT);
  V(SIGSTOP);
  V(SIGTSTP);
  V(SIGTTIN);
  V(SIGTTOU);
  V(SIGURG);
  V(SIGXCPU);
  V(SIGXFSZ);
  V(SIGVTALRM);
  V(SIGPROF);
  V(SIGWINCH);
  V(SIGIO);
  V(SIGPOLL);
  V(SIGPWR);
  V(SIGSYS);
#undef V
  return o;
}

Local<Object> ErrnoConstants(Local<Context> context) {
  Local<Object> o = ConstantsObject(context);
#define V(name) DefineConstant(context, o, #name, name)
  V(E2BIG);
  V(EACCES);
  V(EADDRINUSE);
  V(EADDRNOTAVAIL);
  V(EAFNOSUPPORT);
  V(EAGAIN);
  V(EALREADY);
  V(EBADF);
  V(EBADMSG);
  V(EBUSY);
  V(ECANCELED);
  V(ECHILD);
  V(ECONNABORTED);
  V(ECONNREFUSED);
  V(ECONNRESET);
  V(EDEADLK);
  V(EDESTADDRREQ);
  V(EDOM);
  V(EDQUOT);
  V(EEXIST);
  V(EFAULT);
  V(EFBIG);
  V(EHOSTUNREACH);
  V(EIDRM);
  V(EILSEQ);
  V(EINPROGRESS);
  V(EINTR);
  V(EINVAL);
  V(EIO);
  V(EISCONN);
  V(EISDIR);
  V(ELOOP);
  V(EMFILE);
  V(EMLINK);
  V(EMSGSIZE);
  V(EMULTIHOP);
  V(ENAMETOOLONG);
  V(ENETDOWN);
  V(ENETRESET);
  V(ENETUNREACH);
  V(ENFILE);
  V(ENOBUFS);
  V(ENODATA);
  V(ENODEV);
  V(ENOENT);
  V(ENOEXEC);
  V(ENOLCK);
  V(ENOLINK);
  V(ENOMEM);
  V(ENOMSG);
  V(ENOPROTOOPT);
  V(ENOSPC);
  V(ENOSR);
  V(ENOSTR);
  V(ENOSYS);
  V(ENOTCONN);
  V(ENOTDIR);
  V(ENOTEMPTY);
  V(ENOTSOCK);
  V(ENOTSUP);
  V(ENOTTY);
  V(ENXIO);
  V(EOPNOTSUPP);
  V(EOVERFLOW);
  V(EPERM);
  V(EPIPE);
  V(EPROTO);
  V(EPROTONOSUPPORT);
  V(EPROTOTYPE);
  V(ERANGE);
  V(EROFS);
  V(ESPIPE);
  V(ESRCH);
  V(ESTALE);
  V(ETIME);
  V(ETIMEDOUT);
  V(ETXTBSY);
  V(EWOULDBLOCK);
  V(EXDEV);
#undef V
  return o;
}

Local<Object> PriorityConstants(Local<Context> context) {
  Local<Object> o = ConstantsObject(context);
  DefineConstant(context, o, "PRIORITY_LOW", UV_PRIORITY_LOW);
  DefineConstant(context, o, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  DefineConstant(context, o, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  DefineConstant(context, o, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  DefineConstant(context, o, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  DefineConstant(context, o, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  return o;
}

Local<Object> DlopenConstants(Local<Context> context) {
  Local<Object> o = ConstantsObject(context);
  DefineConstant(context, o, "RTLD_LAZY", RTLD_LAZY);
  DefineConstant(context, o, "RTLD_NOW", RTLD_NOW);
  DefineConstant(context, o, "RTLD_GLOBAL", RTLD_GLOBAL);
  DefineConstant(context, o, "RTLD_LOCAL", RTLD_LOCAL);
  DefineConstant(context, o, "RTLD_DEEPBIND", RTLD_DEEPBIND);
  return o;
}

}  // namespace

void InitializeBinding_os(Environment* env, Local<Object> target) {
  Local<Context> context = env->context();
  SetMethod(context, target, "getHostname", GetHostname);
  SetMethod(context, target, "getOSInformation", GetOSInformation);
  SetMethod(context, target, "getHomeDirectory", GetHomeDirectory);
  SetMethod(context, target, "getUptime", GetUptime);
  SetMethod(context, target, "getTotalMem", GetTotalMem);
  SetMethod(context, target, "getFreeMem", GetFreeMem);
  SetMethod(context, target, "getAvailableParallelism", GetAvailableParallelism);
  SetMethod(context, target, "getCPUs", GetCPUs);
  SetMethod(context, target, "getLoadAvg", GetLoadAvg);
  SetMethod(context, target, "getInterfaceAddresses", GetInterfaceAddresses);
  SetMethod(context, target, "getUserInfo", GetUserInfo);
  SetMethod(context, target, "setPriority", SetPriority);
  SetMethod(context, target, "getPriority", GetPriority);
  Local<Object> constants = ConstantsObject(context);
  DefineConstant(context, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  DefineConstant(context, constants, "dlopen", DlopenConstants(context));
  DefineConstant(context, constants, "errno", ErrnoConstants(context));
  SetValue(context, constants, "signals", SignalConstants(context));
  DefineConstant(context, constants, "priority", PriorityConstants(context));
  SetValue(context, target, "constants", constants);
}

}  // namespace octet
