#pragma once
// Reads what was just rendered, for screenshots and end-to-end tests.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "platform/window.hpp"

namespace oogst::platform {

// The back buffer of the current OpenGL context as RGBA, top row first. Call after
// rendering and before swapping buffers.
std::vector<std::uint8_t> read_back_buffer(PixelSize size);

// The back buffer written as a PNG file. Throws UserError when it cannot be written.
void write_back_buffer_png(const std::filesystem::path& file, PixelSize size);

}  // namespace oogst::platform
