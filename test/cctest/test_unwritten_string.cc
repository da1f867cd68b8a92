// NewUnwrittenOneByte calls a V8 function no header declares: what it makes must be an ordinary
// string in every way V8 can tell, before and after a collection moves it.
#include <gtest/gtest.h>
#include <v8.h>

#include <string>

#include "buffer/unwritten_string.h"
#include "isolate_test.h"

namespace octet::buffer {
namespace {

class UnwrittenStringTest : public IsolateTest {
 protected:
  // A string of `length` characters cycling through `alphabet`, written in place.
  bool Make(size_t length, const std::string& alphabet, v8::Local<v8::String>* string,
            std::u16string* expected) {
    uint8_t* chars;
    if (!NewUnwrittenOneByte(isolate_, length, string, &chars)) return false;
    expected->clear();
    for (size_t i = 0; i < length; ++i) {
      chars[i] = static_cast<uint8_t>(alphabet[i % alphabet.size()]);
      expected->push_back(static_cast<unsigned char>(chars[i]));
    }
    return true;
  }
};

#if V8_MAJOR_VERSION == 10 && V8_MINOR_VERSION == 2
TEST_F(UnwrittenStringTest, IsOfferedByTheSupportedV8) {
  Entered entered(isolate_);
  v8::Local<v8::String> string;
  uint8_t* chars;
  ASSERT_TRUE(NewUnwrittenOneByte(isolate_, 10, &string, &chars));
  for (int i = 0; i < 10; ++i) chars[i] = 'a';
}
#endif

TEST_F(UnwrittenStringTest, HoldsWhatWasWrittenAtEverySize) {
  Entered entered(isolate_);
  // Around the 8-byte object alignment, a page (the largest heap-string size octet makes), and
  // past V8's largest regular object, which lands in its large-object space.
  for (size_t length : {1, 7, 8, 9, 15, 16, 17, 4096, 87384, 131008, 131072}) {
    v8::Local<v8::String> string;
    std::u16string expected;
    if (!Make(length, "base64+/=\xe9\xff", &string, &expected)) GTEST_SKIP() << "not offered";
    ASSERT_EQ(string->Length(), static_cast<int>(length));
    EXPECT_TRUE(string->IsOneByte());
    EXPECT_TRUE(string->ContainsOnlyOneByte());
    EXPECT_EQ(Copied(string), expected) << length;
  }
}

TEST_F(UnwrittenStringTest, BehavesAsAnyStringInJavaScript) {
  Entered entered(isolate_);
  const v8::Local<v8::Context> context = entered.context;
  v8::Local<v8::String> string;
  std::u16string expected;
  if (!Make(24, "key:", &string, &expected)) GTEST_SKIP() << "not offered";
  ASSERT_TRUE(context->Global()->Set(context, v8::String::NewFromUtf8Literal(isolate_, "s"),
                                     string).FromJust());
  // Compared, hashed as a property key, searched and sliced: all from the characters written.
  v8::Local<v8::String> result = Run(context,
      "const o = {}; o[s] = 1;"
      "String([s === 'key:'.repeat(6), o['key:'.repeat(6)], s.indexOf(':k'), s.slice(20),"
      " new Set([s, 'key:'.repeat(6)]).size])");
  EXPECT_EQ(Copied(result), u"true,1,3,key:,1");
}

TEST_F(UnwrittenStringTest, SurvivesCollectionsThatMoveIt) {
  Entered entered(isolate_);
  v8::Local<v8::String> small;
  v8::Local<v8::String> large;
  std::u16string small_expected;
  std::u16string large_expected;
  if (!Make(100, "young ", &small, &small_expected) ||
      !Make(100000, "0123456789abcdef", &large, &large_expected)) {
    GTEST_SKIP() << "not offered";
  }
  isolate_->LowMemoryNotification();  // full collections: young objects are moved out
  EXPECT_EQ(Copied(small), small_expected);
  EXPECT_EQ(Copied(large), large_expected);
}

TEST_F(UnwrittenStringTest, RefusesLengthsV8Cannot) {
  Entered entered(isolate_);
  v8::Local<v8::String> string;
  uint8_t* chars;
  EXPECT_FALSE(NewUnwrittenOneByte(isolate_, 0, &string, &chars));
  EXPECT_FALSE(NewUnwrittenOneByte(isolate_, static_cast<size_t>(v8::String::kMaxLength) + 1,
                                   &string, &chars));
  v8::TryCatch try_catch(isolate_);
  EXPECT_FALSE(try_catch.HasCaught());  // refused before V8 could throw
}

}  // namespace
}  // namespace octet::buffer
