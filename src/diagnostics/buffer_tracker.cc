#include "diagnostics/buffer_tracker.h"

#include <algorithm>
#include <cstring>

#include "util.h"

namespace octet {

using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::StackFrame;
using v8::StackTrace;
using v8::String;

namespace {

// Capturing a stack allocates on the V8 heap; if that ever reached the allocator again, the inner
// allocation is attributed to the outer site instead of recursing.
thread_local bool in_capture = false;

constexpr char kBuiltinPrefix[] = "octet:";

}  // namespace

bool BufferTracker::Key::operator==(const Key& other) const {
  return memcmp(parts, other.parts, sizeof(parts)) == 0;
}

size_t BufferTracker::KeyHash::operator()(const Key& key) const {
  size_t hash = 1469598103934665603ull;
  for (int part : key.parts) hash = (hash ^ static_cast<size_t>(part)) * 1099511628211ull;
  return hash;
}

BufferTracker::BufferTracker(Isolate* isolate, size_t min_bytes)
    : isolate_(isolate), min_bytes_(min_bytes) {
  // Site 0: allocations with no JS on the stack, or made off the isolate's thread.
  sites_.emplace_back();
}

bool BufferTracker::IsBuiltinScript(Local<StackFrame> frame) {
  int id = frame->GetScriptId();
  auto known = builtin_scripts_.find(id);
  if (known != builtin_scripts_.end()) return known->second;
  Local<String> name = frame->GetScriptName();
  bool builtin = false;
  if (!name.IsEmpty() && name->Length() >= static_cast<int>(sizeof(kBuiltinPrefix) - 1)) {
    char prefix[sizeof(kBuiltinPrefix)] = {};
    name->WriteOneByte(isolate_, reinterpret_cast<uint8_t*>(prefix), 0,
                       sizeof(kBuiltinPrefix) - 1, String::NO_NULL_TERMINATION);
    builtin = memcmp(prefix, kBuiltinPrefix, sizeof(kBuiltinPrefix) - 1) == 0;
  }
  builtin_scripts_.emplace(id, builtin);
  return builtin;
}

uint32_t BufferTracker::CurrentSite() {
  HandleScope handle_scope(isolate_);
  Local<StackTrace> trace = StackTrace::CurrentStackTrace(isolate_, kCapturedFrames);
  int count = trace->GetFrameCount();
  if (count == 0) return 0;

  // The user's frames; when there are none (a built-in's callback), the top frames as they are.
  Local<StackFrame> chosen[kSiteFrames];
  size_t n = 0;
  for (int i = 0; i < count && n < kSiteFrames; i++) {
    Local<StackFrame> frame = trace->GetFrame(isolate_, i);
    if (!IsBuiltinScript(frame)) chosen[n++] = frame;
  }
  for (int i = 0; n == 0 && i < count && i < static_cast<int>(kSiteFrames); i++)
    chosen[i] = trace->GetFrame(isolate_, i), n = static_cast<size_t>(i) + 1;

  Key key;
  memset(key.parts, 0, sizeof(key.parts));
  for (size_t i = 0; i < n; i++) {
    key.parts[i * 3] = chosen[i]->GetScriptId() + 1;
    key.parts[i * 3 + 1] = chosen[i]->GetLineNumber();
    key.parts[i * 3 + 2] = chosen[i]->GetColumn();
  }
  auto found = site_ids_.find(key);
  if (found != site_ids_.end()) return found->second;

  Site site;
  for (size_t i = 0; i < n; i++) {
    site.frames.push_back(Frame{ToStdString(isolate_, chosen[i]->GetFunctionName()),
                                ToStdString(isolate_, chosen[i]->GetScriptName()),
                                chosen[i]->GetLineNumber(), chosen[i]->GetColumn()});
  }
  std::lock_guard<std::mutex> lock(mutex_);
  uint32_t id = static_cast<uint32_t>(sites_.size());
  sites_.push_back(std::move(site));
  site_ids_.emplace(key, id);
  return id;
}

void BufferTracker::OnAllocate(void* data, size_t length) {
  if (length < min_bytes_ || data == nullptr) return;
  uint32_t site = 0;
  if (!in_capture && Isolate::TryGetCurrent() == isolate_ && isolate_->InContext()) {
    in_capture = true;
    site = CurrentSite();
    in_capture = false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  live_[data] = Live{length, site};
  Site& s = sites_[site];
  s.live_bytes += length;
  s.live_count++;
  s.total_count++;
  s.total_bytes += length;
  live_bytes_ += length;
}

void BufferTracker::OnFree(void* data, size_t length) {
  if (length < min_bytes_ || data == nullptr) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = live_.find(data);
  if (it == live_.end()) return;  // allocated before tracking began
  Site& s = sites_[it->second.site];
  s.live_bytes -= it->second.length;
  s.live_count--;
  live_bytes_ -= it->second.length;
  live_.erase(it);
}

std::vector<BufferTracker::Site> BufferTracker::TopSites(size_t limit) {
  std::vector<Site> top;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const Site& site : sites_)
      if (site.live_count > 0) top.push_back(site);
  }
  std::sort(top.begin(), top.end(), [](const Site& a, const Site& b) {
    if (a.live_bytes != b.live_bytes) return a.live_bytes > b.live_bytes;
    return a.live_count > b.live_count;
  });
  if (top.size() > limit) top.resize(limit);
  return top;
}

void BufferTracker::Totals(size_t* live_bytes, size_t* live_count) {
  std::lock_guard<std::mutex> lock(mutex_);
  *live_bytes = live_bytes_;
  *live_count = live_.size();
}

}  // namespace octet
