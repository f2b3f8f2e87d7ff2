#pragma once
// A stranger's hub on 127.0.0.1 (any free port): an httplib server whose answers the
// test writes, to check what a device believes and what a listener on the venue's
// Wi-Fi gets to see.
#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace oogst::testing {

class FakeHub {
public:
    // Set the routes on server() first, then start().
    httplib::Server& server() { return server_; }

    void start() {
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds{1});
    }
    ~FakeHub() {
        server_.stop();
        if (thread_.joinable()) thread_.join();
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    httplib::Server server_;
    std::thread thread_;
    int port_ = 0;
};

}  // namespace oogst::testing
