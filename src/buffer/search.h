// Substring search over bytes and UTF-16 units, both directions, linear in the worst case: a
// vectorised first/last-unit filter finds candidates, and if verifying them costs too much (a
// periodic haystack such as "aaaa…"), the search continues with Knuth-Morris-Pratt.
#ifndef OCTET_SRC_BUFFER_SEARCH_H_
#define OCTET_SRC_BUFFER_SEARCH_H_

#include <cstddef>
#include <cstdint>

namespace octet::buffer {

constexpr size_t kNotFound = static_cast<size_t>(-1);

// First match starting at an index >= start, or kNotFound. An empty needle matches at start.
size_t SearchForward(const uint8_t* haystack, size_t n, const uint8_t* needle, size_t m,
                     size_t start);
size_t SearchForward(const char16_t* haystack, size_t n, const char16_t* needle, size_t m,
                     size_t start);

// Last match starting at an index <= start, or kNotFound.
size_t SearchBackward(const uint8_t* haystack, size_t n, const uint8_t* needle, size_t m,
                      size_t start);
size_t SearchBackward(const char16_t* haystack, size_t n, const char16_t* needle, size_t m,
                      size_t start);

}  // namespace octet::buffer

#endif  // OCTET_SRC_BUFFER_SEARCH_H_
