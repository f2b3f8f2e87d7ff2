#include "app/harvest/harvest_job.hpp"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <utility>

namespace oogst::app {

HarvestJob::~HarvestJob() {
    if (thread_.joinable()) thread_.join();
}

void HarvestJob::start(Work work) {
    if (busy()) throw std::logic_error("a harvest job is already under way");
    shared_ = std::make_shared<Shared>();
    // The thread holds its own reference, so the shared part outlives a moved job.
    thread_ = std::thread([shared = shared_, work = std::move(work)] {
        try {
            work(shared->progress);
        } catch (...) {
            shared->failure = std::current_exception();
        }
        shared->finished.store(true, std::memory_order_release);
    });
}

bool HarvestJob::finished() const { return shared_ && shared_->finished.load(std::memory_order_acquire); }

float HarvestJob::fraction() const {
    if (!shared_) return 0;
    const std::size_t total = shared_->progress.total.load();
    if (total == 0) return -1;
    return static_cast<float>(std::min(shared_->progress.done.load(), total)) / static_cast<float>(total);
}

std::size_t HarvestJob::done() const { return shared_ ? shared_->progress.done.load() : 0; }
std::size_t HarvestJob::total() const { return shared_ ? shared_->progress.total.load() : 0; }

int HarvestJob::phase() const { return shared_ ? shared_->progress.phase.load() : 0; }

std::exception_ptr HarvestJob::collect() {
    if (!finished()) throw std::logic_error("the harvest job has not finished");
    thread_.join();
    std::exception_ptr failure = shared_->failure;
    shared_.reset();
    return failure;
}

}  // namespace oogst::app
