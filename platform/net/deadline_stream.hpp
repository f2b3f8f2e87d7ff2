#pragma once
// One connection's socket as httplib reads and writes it, with a deadline for strangers:
// until trust() is called, everything read (the request's head, and a body read before
// the sender proved who it is) must arrive before the deadline, however the bytes are
// spaced. httplib's own stream only limits each pause, so a connection that sends a byte
// every few seconds keeps a thread forever. Once trusted, only a pause longer than
// pause_limit ends the connection: a paired device on slow Wi-Fi may take its time.
#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace oogst::platform {

class DeadlineStream final : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;
    DeadlineStream(int socket, Clock::time_point deadline, std::chrono::milliseconds pause_limit,
                   std::chrono::milliseconds write_limit);

    void trust() { trusted_ = true; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* bytes, std::size_t size) override;
    ssize_t write(const char* bytes, std::size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    int socket() const override { return socket_; }

private:
    // How long the next read may wait: the pause limit, and for a stranger no later than
    // the deadline. Zero or less: stop.
    std::chrono::milliseconds read_wait() const;

    int socket_;
    Clock::time_point deadline_;
    std::chrono::milliseconds pause_limit_, write_limit_;
    bool trusted_ = false;
    // httplib reads a request's head a byte at a time: one receive fills this instead.
    std::array<char, 4096> buffer_{};
    std::size_t buffered_from_ = 0, buffered_to_ = 0;
};

// The address a connected socket's peer has, as text ("192.168.1.20"); empty if unknown.
std::string peer_address(int socket);

}  // namespace oogst::platform
