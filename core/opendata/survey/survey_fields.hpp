#pragma once
// The online survey's session and the fields each imported idea keeps (the method
// assets/templates/online-bevraging.yaml): the import writes them, the exports read them.
namespace oogst {

inline constexpr const char* survey_method = "online-bevraging";
inline constexpr const char* survey_board = "ideeen";

namespace survey_field {
inline constexpr const char* title = "titel";    // the idea's title, when the survey had one
inline constexpr const char* group = "groep";    // the respondent's group ("18-25 jaar"), never a name
inline constexpr const char* date = "datum";     // when it was given, as the file wrote it
inline constexpr const char* category = "categorie";  // the platform's category or taxonomy ("Mobiliteit")
inline constexpr const char* source = "herkomst";  // provenance: "enquete.csv#12" (file and row); not "bron", a debate copy's mark
inline constexpr const char* platform_id = "platform-id";  // the platform's own id ("decidim:118", "polis:7")
}  // namespace survey_field

}  // namespace oogst
