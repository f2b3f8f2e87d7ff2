#pragma once
// cairo's write callback for files made in memory (a PDF, a PNG): what cairo writes is
// appended to the std::string the closure points to. A null closure throws the bytes
// away, for a trial layout that only counts pages.
#include <string>

#include <cairo.h>

namespace oogst {

inline cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    if (closure) static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace oogst
