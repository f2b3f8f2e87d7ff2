// libFuzzer target for a kiosk's settings (core/kiosk/kiosk_settings.hpp): whatever bytes
// the store's device_settings row holds (a damaged disk, a store copied from a newer
// Oogst) and whatever a facilitator types after `oogst-cli kiosk set --school`, reading
// them must end in settings, a FormatError or a UserError with a sentence, never in a
// crash, a leak, undefined behaviour or a huge allocation. Each input is
//  1. decoded as stored settings (wire format), checked, and encoded again: what decodes
//     must encode (its texts cleaned, core/model/text_rules.hpp) to bytes that decode and
//     encode to themselves;
//  2. parsed as a --school argument ("De Regenboog: 5A, 5B").
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/errors.hpp"
#include "core/kiosk/kiosk_settings.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace oogst;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        const auto settings = wire::decode<KioskSettings>(bytes);
        if (const auto problem = find_kiosk_settings_problem(settings))
            if (kiosk_settings_sentence(*problem).empty()) std::abort();
        (void)settings.school(settings.title);
        const std::string again = wire::encode(settings);
        if (wire::encode(wire::decode<KioskSettings>(again)) != again) std::abort();
    } catch (const FormatError&) {
    }
    try {
        const KioskSchool school = parse_kiosk_school(std::string(bytes));
        if (school.name.empty() || school.classes.empty()) std::abort();
    } catch (const UserError& error) {
        if (std::string_view(error.what()).empty()) std::abort();
    }
    return 0;
}
