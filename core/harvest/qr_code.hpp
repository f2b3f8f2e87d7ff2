#pragma once
// QR codes (libqrencode) for the join link: drawn on the facilitator's screen and
// written as PNG by 'oogst-cli workshop join-code --qr FILE'.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace oogst {

struct QrCode {
    int size = 0;                 // modules per side, without the quiet zone
    std::vector<bool> dark;       // size * size, row by row
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y) * size + x]; }
};

// Error correction level M. Throws UserError when the text is too long for a QR code.
QrCode make_qr_code(std::string_view text);
// A PNG with a 4-module quiet zone, module_pixels per module (cairo).
void write_qr_png(const QrCode& code, const std::filesystem::path& file, int module_pixels = 8);
// The code in the terminal, two modules per character row (▀ ▄ █).
std::string qr_as_text(const QrCode& code);

}  // namespace oogst
