#include "core/sense/words/stopwords.hpp"

#include <fstream>

#include "core/assets/assets.hpp"
#include "core/errors.hpp"

namespace oogst {

Stopwords Stopwords::load(const std::filesystem::path& folder) {
    Stopwords lists;
    for (const std::string& language : sense_languages) {
        const auto path = folder / ("stopwords-" + language + ".txt");
        std::ifstream file(path);
        if (!file) throw UserError("the stopword list " + path.string() + " cannot be read");
        auto& words = lists.words_[language];
        for (std::string line; std::getline(file, line);) {
            while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
            if (line.empty() || line.front() == '#') continue;
            words.insert(line);
        }
    }
    return lists;
}

const Stopwords& Stopwords::standard() {
    static const Stopwords lists = load(assets_folder() / "sense");
    return lists;
}

bool Stopwords::contains(const std::string& language, const std::string& folded_word) const {
    const auto found = words_.find(language);
    return found != words_.end() && found->second.count(folded_word) > 0;
}

int Stopwords::count(const std::string& language, const std::vector<std::string>& folded_words) const {
    int hits = 0;
    for (const std::string& word : folded_words) hits += contains(language, word) ? 1 : 0;
    return hits;
}

}  // namespace oogst
