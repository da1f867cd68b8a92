// Printing an uncaught error the way node does: `file:line`, the source line, a caret underline, then
// the error's stack.
#ifndef OCTET_SRC_ERROR_REPORT_H_
#define OCTET_SRC_ERROR_REPORT_H_

#include <v8.h>

#include <string>

namespace octet {

// "file:line\nsource line\n   ^^^\n" for a message; empty when V8 gave no location.
std::string FormatErrorArrow(v8::Isolate* isolate, v8::Local<v8::Message> message);

// Remembers the arrow on the error itself (a private property) so that a later rethrow — e.g. a
// SyntaxError surfacing through require() — still points at the original location.
void DecorateErrorWithArrow(v8::Isolate* isolate, v8::Local<v8::Value> error,
                            v8::Local<v8::Message> message);
// The arrow stored on the error, or the one computed from message.
std::string GetErrorArrow(v8::Isolate* isolate, v8::Local<v8::Value> error,
                          v8::Local<v8::Message> message);

// The last-resort report used when JS cannot format the error (e.g. during bootstrap).
void PrintFatalError(v8::Isolate* isolate, v8::Local<v8::Value> error,
                     v8::Local<v8::Message> message);

}  // namespace octet

#endif  // OCTET_SRC_ERROR_REPORT_H_
