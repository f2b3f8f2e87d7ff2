#include "core/publish/report.hpp"

#include "core/errors.hpp"
#include "core/publish/gallery.hpp"
#include "core/publish/memorandum.hpp"
#include "core/publish/newspaper/newspaper.hpp"
#include "core/publish/orientation_note.hpp"
#include "core/publish/pdf_document.hpp"
#include "core/publish/published_workshop.hpp"
#include "core/publish/table_summary.hpp"
#include "core/publish/web_document.hpp"
#include "core/store/store.hpp"

namespace oogst {
namespace {

std::string written(const Document& document, const ReportRequest& request) {
    switch (request.format) {
        case ReportFormat::pdf: return document_pdf(document, request.paper);
        case ReportFormat::html: return document_html(document);
        case ReportFormat::md: return document_markdown(document);
    }
    return {};
}

// The publication as a Document; none for the gallery, a folder of pictures.
std::optional<Document> document_of(const Store& store, const PublishedWorkshop& workshop, const Assets& assets,
                                    const ReportRequest& request) {
    switch (request.kind) {
        case ReportKind::note: return orientation_note(store, workshop, assets, request.language);
        case ReportKind::memorandum: return memorandum(store.state(), workshop, assets, request.language);
        case ReportKind::table: return table_summary(workshop, assets, request.language, request.table);
        case ReportKind::newspaper: return newspaper_document(store, workshop, assets.words, request.language);
        case ReportKind::gallery: break;
    }
    return std::nullopt;
}

}  // namespace

std::optional<ReportKind> parse_report_kind(std::string_view name) {
    for (const ReportKind kind : {ReportKind::note, ReportKind::newspaper, ReportKind::memorandum, ReportKind::gallery,
                                  ReportKind::table})
        if (name_of(kind) == name) return kind;
    return std::nullopt;
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
    for (const ReportFormat format : {ReportFormat::pdf, ReportFormat::html, ReportFormat::md})
        if (extension_of(format) == name) return format;
    return std::nullopt;
}

std::string_view name_of(ReportKind kind) {
    switch (kind) {
        case ReportKind::note: return "note";
        case ReportKind::newspaper: return "newspaper";
        case ReportKind::memorandum: return "memorandum";
        case ReportKind::gallery: return "gallery";
        case ReportKind::table: return "table";
    }
    return "note";
}

std::string_view extension_of(ReportFormat format) {
    switch (format) {
        case ReportFormat::pdf: return "pdf";
        case ReportFormat::html: return "html";
        case ReportFormat::md: return "md";
    }
    return "pdf";
}

Language workshop_language(const Store& store) {
    const WorkshopState& state = store.state();
    if (state.has_workshop())
        for (const std::string& code : state.workshop().languages)
            if (const std::optional<Language> language = parse_language(code)) return *language;
    return Language::nl;
}

PageDrawer report_pages(const Store& store, const Assets& assets, const ReportRequest& request) {
    const WorkshopState& state = store.state();
    if (!state.has_workshop()) return {};
    const PublishedWorkshop workshop = published_workshop(state);
    const Paper paper = request.paper;
    if (request.kind == ReportKind::newspaper) {
        std::shared_ptr<const NewspaperContent> content = newspaper_words(store, workshop, assets.words, request.language);
        return [content, paper](int page, int pixel_width, int& pages) {
            return newspaper_page_png(*content, paper, page, pixel_width, pages);
        };
    }
    std::optional<Document> document = document_of(store, workshop, assets, request);
    if (!document) return {};
    auto shared = std::make_shared<const Document>(std::move(*document));
    return [shared, paper](int page, int pixel_width, int& pages) {
        return document_page_png(*shared, paper, page, pixel_width, &pages);
    };
}

std::vector<PublishedFile> make_report(const Store& store, const Assets& assets, const ReportRequest& request) {
    const WorkshopState& state = store.state();
    if (!state.has_workshop()) throw UserError("this store holds no workshop yet: there is nothing to publish");
    const PublishedWorkshop workshop = published_workshop(state);
    if (request.kind == ReportKind::gallery) return exhibition_gallery(store, workshop, assets.words, request.language);
    // The newspaper's PDF has its own layout; as HTML or Markdown it says what its Document says.
    const std::string file = std::string(name_of(request.kind)) + "." + std::string(extension_of(request.format));
    if (request.kind == ReportKind::newspaper && request.format == ReportFormat::pdf)
        return {{file, newspaper_pdf(store, workshop, assets.words, request.language, request.paper)}};
    const Document document = *document_of(store, workshop, assets, request);
    if (request.kind == ReportKind::table && !request.table.empty() && document.blocks.empty())
        throw UserError("there is no table or session called \"" + request.table + "\" (`oogst-cli session list` lists them)");
    return {{file, written(document, request)}};
}

}  // namespace oogst
