// V8 can be initialized once per process: every cctest that needs it shares one Platform.
#ifndef OCTET_TEST_CCTEST_SHARED_PLATFORM_H_
#define OCTET_TEST_CCTEST_SHARED_PLATFORM_H_

#include "octet.h"

inline octet::Platform* SharedPlatform() {
  static std::unique_ptr<octet::Platform> platform =
      octet::Platform::Create("cctest", {});
  return platform.get();
}

#endif  // OCTET_TEST_CCTEST_SHARED_PLATFORM_H_
