#pragma once
// Snowball stemmers (libstemmer) for the three languages: "bomen" and "bomenrij" lose
// their endings so a plural meets its singular. A stemmer is not thread-safe; each
// Stemmers is used by one thread.
#include <map>
#include <memory>
#include <string>

struct sb_stemmer;

namespace oogst {

class Stemmers {
public:
    Stemmers();
    ~Stemmers();
    Stemmers(const Stemmers&) = delete;
    Stemmers& operator=(const Stemmers&) = delete;

    // The stem of a folded word in language ("nl", "fr", "en"); an unknown language
    // stems as Dutch.
    std::string stem(const std::string& language, const std::string& folded_word);

private:
    std::map<std::string, sb_stemmer*> stemmers_;
};

}  // namespace oogst
