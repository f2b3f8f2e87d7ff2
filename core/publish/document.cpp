#include "core/publish/document.hpp"

namespace oogst {

Document& Document::heading(std::string text, int level) {
    Block block;
    block.kind = BlockKind::heading;
    block.level = level;
    block.text = std::move(text);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::paragraph(std::string text) {
    if (text.empty()) return *this;
    Block block;
    block.text = std::move(text);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::quote(std::string text, std::string source) {
    Block block;
    block.kind = BlockKind::quote;
    block.text = std::move(text);
    block.source = std::move(source);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::list(std::vector<std::string> items) {
    if (items.empty()) return *this;
    Block block;
    block.kind = BlockKind::list;
    block.items = std::move(items);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::figures(std::vector<std::pair<std::string, std::string>> rows) {
    if (rows.empty()) return *this;
    Block block;
    block.kind = BlockKind::figures;
    block.rows = std::move(rows);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::pictures(std::vector<DocPicture> pictures) {
    if (pictures.empty()) return *this;
    Block block;
    block.kind = BlockKind::pictures;
    block.pictures = std::move(pictures);
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::note(std::string text) {
    Block block;
    block.kind = BlockKind::note;
    block.text = std::move(text);
    blocks.push_back(std::move(block));
    return *this;
}

}  // namespace oogst
