#include "error_report.h"

#include <cstdio>

#include "octet.h"
#include "util.h"

namespace octet {

using v8::Context;
using v8::Isolate;
using v8::Local;
using v8::Message;
using v8::Object;
using v8::Private;
using v8::String;
using v8::Value;

namespace {
Local<Private> ArrowSymbol(Isolate* isolate) {
  return Private::ForApi(isolate, OneByteString(isolate, "octet:errorArrow"));
}
}  // namespace

std::string FormatErrorArrow(Isolate* isolate, Local<Message> message) {
  if (message.IsEmpty()) return {};
  Local<Context> context = isolate->GetCurrentContext();
  std::string file = ToStdString(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  Local<String> source_line;
  if (line == 0 || !message->GetSourceLine(context).ToLocal(&source_line)) return {};
  std::string source = ToStdString(isolate, source_line);
  int start = message->GetStartColumn(context).FromMaybe(0);
  int end = message->GetEndColumn(context).FromMaybe(start + 1);
  std::string out = file + ":" + std::to_string(line) + "\n" + source + "\n";
  // Tabs stay tabs so the caret lines up under the source as the terminal renders it.
  for (int i = 0; i < start && i < static_cast<int>(source.size()); i++)
    out += source[i] == '\t' ? '\t' : ' ';
  int width = end > start ? end - start : 1;
  if (start + width > static_cast<int>(source.size()) && static_cast<int>(source.size()) > start)
    width = static_cast<int>(source.size()) - start;
  out.append(width, '^');
  out += "\n";
  return out;
}

void DecorateErrorWithArrow(Isolate* isolate, Local<Value> error, Local<Message> message) {
  if (!error->IsObject()) return;
  Local<Context> context = isolate->GetCurrentContext();
  Local<Object> obj = error.As<Object>();
  if (obj->HasPrivate(context, ArrowSymbol(isolate)).FromMaybe(true)) return;
  std::string arrow = FormatErrorArrow(isolate, message);
  Local<String> js_arrow;
  if (arrow.empty() || !Utf8String(isolate, arrow).ToLocal(&js_arrow)) return;
  obj->SetPrivate(context, ArrowSymbol(isolate), js_arrow).Check();
}

std::string GetErrorArrow(Isolate* isolate, Local<Value> error, Local<Message> message) {
  if (error->IsObject()) {
    Local<Value> stored;
    if (error.As<Object>()->GetPrivate(isolate->GetCurrentContext(), ArrowSymbol(isolate))
            .ToLocal(&stored) &&
        stored->IsString()) {
      return ToStdString(isolate, stored);
    }
  }
  return FormatErrorArrow(isolate, message);
}

void PrintFatalError(Isolate* isolate, Local<Value> error, Local<Message> message) {
  std::string report = GetErrorArrow(isolate, error, message);
  if (!report.empty()) report += "\n";
  Local<Value> stack;
  if (error->IsObject() && error.As<Object>()
                               ->Get(isolate->GetCurrentContext(), OneByteString(isolate, "stack"))
                               .ToLocal(&stack) &&
      stack->IsString()) {
    report += ToStdString(isolate, stack);
  } else {
    report += ToStdString(isolate, error);
  }
  fprintf(stderr, "%s\n\noctet v%s\n", report.c_str(), Version());
  fflush(stderr);
}

}  // namespace octet
