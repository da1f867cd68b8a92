// StringView reads V8 10.2's string layout directly: each kind of string it claims to see must
// show exactly the characters V8 itself copies out, and the kinds it does not know stay empty.
#include <gtest/gtest.h>
#include <v8.h>

#include <string>

#include "buffer/string_bytes.h"
#include "buffer/string_view.h"
#include "isolate_test.h"

namespace octet::buffer {
namespace {

class StringViewTest : public IsolateTest {
 protected:
  // What the view shows, as UTF-16 units (empty optional-like flag in *seen).
  std::u16string Viewed(v8::Local<v8::String> string, bool* seen, bool* one_byte = nullptr) {
    StringView view(isolate_, string);
    *seen = !view.empty();
    if (one_byte != nullptr) *one_byte = view.one_byte() != nullptr;
    std::u16string units;
    for (size_t i = 0; *seen && i < view.length(); ++i) {
      units.push_back(view.one_byte() != nullptr ? view.one_byte()[i] : view.two_byte()[i]);
    }
    return units;
  }
};

TEST_F(StringViewTest, SequentialStringsShowTheirCharacters) {
  Entered entered(isolate_);
  bool seen;
  bool one_byte;
  static constexpr uint8_t kLatin1[] = "caf\xe9: 12345 bytes";
  v8::Local<v8::String> latin1 =
      v8::String::NewFromOneByte(isolate_, kLatin1, v8::NewStringType::kNormal,
                                 sizeof(kLatin1) - 1)
          .ToLocalChecked();
  EXPECT_EQ(Viewed(latin1, &seen, &one_byte), Copied(latin1));
  EXPECT_TRUE(seen);
  EXPECT_TRUE(one_byte);
  v8::Local<v8::String> greek =
      v8::String::NewFromUtf8(isolate_, "\xce\xb1\xce\xb2\xce\xb3 and \xf0\x9f\x98\x80")
          .ToLocalChecked();
  EXPECT_EQ(Viewed(greek, &seen, &one_byte), Copied(greek));
  EXPECT_TRUE(seen);
  EXPECT_FALSE(one_byte);
  v8::Local<v8::String> empty = v8::String::Empty(isolate_);
  EXPECT_EQ(Viewed(empty, &seen), u"");
}

TEST_F(StringViewTest, SlicedStringsShowTheirRange) {
  Entered entered(isolate_);
  const v8::Local<v8::Context> context = entered.context;
  bool seen;
  bool one_byte;
  // Long enough that V8 slices instead of copying, at an offset, in both encodings.
  v8::Local<v8::String> sliced =
      Run(context, "globalThis.s = Array.from({length: 200}, (_, i) => i).join(','); s.slice(7, 300)");
  EXPECT_EQ(Viewed(sliced, &seen, &one_byte), Copied(sliced));
  EXPECT_TRUE(seen);
  EXPECT_TRUE(one_byte);
  v8::Local<v8::String> sliced_two =
      Run(context, "'\\u03b1\\u03b2-'.repeat(50).concat('end').slice(11, 140)");
  EXPECT_EQ(Viewed(sliced_two, &seen, &one_byte), Copied(sliced_two));
  EXPECT_TRUE(seen);
  EXPECT_FALSE(one_byte);
}

TEST_F(StringViewTest, ConsStringsAreSeenOnceFlat) {
  Entered entered(isolate_);
  // Flat halves, so that a cons string is all there is to look through.
  v8::Local<v8::String> left =
      v8::String::NewFromUtf8(isolate_, "left half of a cons string, ").ToLocalChecked();
  v8::Local<v8::String> right =
      v8::String::NewFromUtf8(isolate_, "and its right half").ToLocalChecked();
  v8::Local<v8::String> cons = v8::String::Concat(isolate_, left, right);
  bool seen;
  Viewed(cons, &seen);
  EXPECT_FALSE(seen);  // two parts: nothing contiguous to show
  const std::u16string copied = Copied(cons);  // copying flattens it
  EXPECT_EQ(Viewed(cons, &seen), copied);
  EXPECT_TRUE(seen);
}

// The view a fast API call takes: it never calls into V8, so it only shows what the layout checks
// have confirmed, and that includes short cons strings (checked when the layout first is).
TEST_F(StringViewTest, ConfirmedViewNeedsNoCallIntoV8) {
  Entered entered(isolate_);
  v8::Local<v8::String> flat = v8::String::NewFromUtf8(isolate_, "flat \xce\xb1").ToLocalChecked();
  bool seen;
  EXPECT_EQ(Viewed(flat, &seen), Copied(flat));  // confirms the layouts if nothing did before
  const StringView flat_view = StringView::Confirmed(flat);
  ASSERT_FALSE(flat_view.empty());
  EXPECT_EQ(flat_view.length(), 6u);
  EXPECT_EQ(flat_view.two_byte()[5], u'\u03b1');

  v8::Local<v8::String> cons = v8::String::Concat(
      isolate_, v8::String::NewFromUtf8(isolate_, "short cons").ToLocalChecked(),
      v8::String::NewFromUtf8(isolate_, " string").ToLocalChecked());
  EXPECT_TRUE(StringView::Confirmed(cons).empty());  // two parts
  const std::u16string copied = Copied(cons);       // flattens it
  const StringView cons_view = StringView::Confirmed(cons);
  ASSERT_FALSE(cons_view.empty());
  ASSERT_EQ(cons_view.length(), copied.size());
  EXPECT_EQ(std::u16string(cons_view.one_byte(), cons_view.one_byte() + cons_view.length()), copied);
}

class Latin1Resource final : public v8::String::ExternalOneByteStringResource {
 public:
  explicit Latin1Resource(std::string text) : text_(std::move(text)) {}
  const char* data() const override { return text_.data(); }
  size_t length() const override { return text_.size(); }

 private:
  std::string text_;
};

TEST_F(StringViewTest, ExternalStringsShowTheirResource) {
  Entered entered(isolate_);
  auto* resource = new Latin1Resource(std::string(64, 'x') + "external");
  v8::Local<v8::String> external =
      v8::String::NewExternalOneByte(isolate_, resource).ToLocalChecked();  // V8 owns it now
  StringView view(isolate_, external);
  EXPECT_EQ(view.one_byte(), reinterpret_cast<const uint8_t*>(resource->data()));
  EXPECT_EQ(view.length(), resource->length());
}

// The codecs give the same answers whether they read a string in place or copy it out.
TEST_F(StringViewTest, CodecsAgreeAcrossRepresentations) {
  Entered entered(isolate_);
  const v8::Local<v8::Context> context = entered.context;
  v8::Local<v8::String> flat = Run(context, "'\\u00e9\\u20ac\\ud83d\\ude00xyz'.repeat(40)");
  v8::Local<v8::String> sliced = Run(context, "('#' + '\\u00e9\\u20ac\\ud83d\\ude00xyz'.repeat(41)).slice(1, 281)");
  v8::Local<v8::String> cons = v8::String::Concat(
      isolate_, Run(context, "'\\u00e9\\u20ac\\ud83d\\ude00xyz'.repeat(20) + ''"),
      Run(context, "'\\u00e9\\u20ac\\ud83d\\ude00xyz'.repeat(20) + ''"));  // two parts: copied
  for (v8::Local<v8::String> s : {flat, sliced, cons}) {
    EXPECT_EQ(Utf8Length(isolate_, s), 40u * (2 + 3 + 4 + 3));
  }
  EXPECT_EQ(Copied(flat), Copied(sliced));
  EXPECT_EQ(Copied(flat), Copied(cons));
  v8::Local<v8::String> hex = Run(context, "'0123456789abcdef'.repeat(8).slice(2, 66)");
  uint8_t bytes[32];
  ASSERT_EQ(WriteString(isolate_, hex, Encoding::kHex, bytes, sizeof(bytes)), 32u);
  EXPECT_EQ(bytes[0], 0x23);
  EXPECT_EQ(bytes[31], 0x01);
}

}  // namespace
}  // namespace octet::buffer
