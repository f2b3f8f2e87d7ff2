#pragma once
// A store on tmpfs for the fuzz targets that go on from a parsed file to what the app
// does with it (taking in receipts, joining a workshop): made once by a setup function,
// copied back to that state whenever an input changed it, so every input meets the
// same store and a finding reproduces from its file alone.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <unistd.h>

#include "core/store/store.hpp"

namespace oogst::fuzz {

class FuzzStore {
public:
    FuzzStore(const std::string& name, const std::function<void(Store&)>& setup) {
        const std::filesystem::path shm = "/dev/shm";
        root_ = (std::filesystem::exists(shm) ? shm : std::filesystem::temp_directory_path()) /
                ("oogst-fuzz-" + name + "-" + std::to_string(getpid()));
        std::filesystem::remove_all(root_);
        {
            auto made = Store::open_or_create(root_ / "pristine");
            setup(made);
        }
        reset();
    }
    ~FuzzStore() {
        store_.reset();
        std::error_code ignored;
        std::filesystem::remove_all(root_, ignored);
    }
    Store& store() { return *store_; }
    // A scratch folder beside the store, for files an input becomes (a stick's receipts).
    std::filesystem::path scratch() const { return root_ / "scratch"; }

    void reset() {
        store_.reset();
        const auto live = root_ / "live";
        std::filesystem::remove_all(live);
        std::filesystem::create_directories(live);
        for (const auto& file : std::filesystem::directory_iterator(root_ / "pristine"))
            copy_through_signals(file.path(), live / file.path().filename());
        store_ = std::make_unique<Store>(Store::open(live));
    }

private:
    // libFuzzer's -timeout is a periodic SIGALRM (every timeout/2 + 1 s); it can interrupt the copy's
    // sendfile, which libstdc++ reports instead of retrying (a 7-million-run campaign of
    // receipt_fuzz ended on it: the harness's fault, not the code's). Tried again.
    static void copy_through_signals(const std::filesystem::path& from, const std::filesystem::path& to) {
        for (int attempt = 0;; ++attempt) {
            try {
                std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
                return;
            } catch (const std::filesystem::filesystem_error& error) {
                if (error.code() != std::errc::interrupted || attempt == 100) throw;
            }
        }
    }

    std::filesystem::path root_;
    std::unique_ptr<Store> store_;
};

}  // namespace oogst::fuzz
