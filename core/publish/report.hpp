#pragma once
// One way to every publication, for the command line (`oogst-cli report`), the desk's
// Publish screen and the tests: what is asked (kind, format, language, paper) in, the
// files out. Core makes the bytes; the caller writes them where the facilitator chose.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assets/assets.hpp"
#include "core/publish/paper.hpp"
#include "core/publish/published_file.hpp"

namespace oogst {

class Store;

enum class ReportKind { note, newspaper, memorandum, gallery, table };
enum class ReportFormat { pdf, html, md };

struct ReportRequest {
    ReportKind kind = ReportKind::note;
    ReportFormat format = ReportFormat::pdf;
    Language language = Language::nl;
    Paper paper = Paper::a4;
    std::string table;  // kind table: one session's id or table name; empty: every table
};

std::optional<ReportKind> parse_report_kind(std::string_view name);      // note, newspaper, memorandum, gallery, table
std::optional<ReportFormat> parse_report_format(std::string_view name);  // pdf, html, md
std::string_view name_of(ReportKind kind);
std::string_view extension_of(ReportFormat format);  // "pdf", "html", "md"

// The workshop's first language, else Dutch: what a publication is written in unless asked.
Language workshop_language(const Store& store);

// The publication's files: one file ("note.pdf" and the like, for the caller to name) for every kind
// but the gallery, whose folder holds index.html and its images. Throws UserError when
// the store holds no workshop or the table asked for does not exist.
std::vector<PublishedFile> make_report(const Store& store, const Assets& assets, const ReportRequest& request);

// Draws a page (from 1) of a publication as a PNG pixel_width wide and says how many
// pages there are. Holds its own copy of what it draws: made where the store is read,
// called on any thread.
using PageDrawer = std::function<std::string(int page, int pixel_width, int& pages)>;
// The publication's pages as they will be printed (the newspaper in its own layout);
// empty for the gallery, which has none.
PageDrawer report_pages(const Store& store, const Assets& assets, const ReportRequest& request);

}  // namespace oogst
