#include "platform/net/deadline_stream.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace oogst::platform {
namespace {

// Whether the socket becomes ready for events within wait.
bool ready(int socket, short events, std::chrono::milliseconds wait) {
    if (wait.count() <= 0) return false;
    const auto until = std::chrono::steady_clock::now() + wait;
    while (true) {
        pollfd watched{socket, events, 0};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        const int result = poll(&watched, 1, static_cast<int>(std::max<long long>(0, left.count())));
        if (result > 0) return true;
        if (result == 0 || errno != EINTR) return false;
    }
}

void address_of(const sockaddr_storage& address, std::string& ip, int& port) {
    char text[INET6_ADDRSTRLEN] = {};
    if (address.ss_family == AF_INET) {
        const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
        inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
        port = ntohs(v4.sin_port);
    } else if (address.ss_family == AF_INET6) {
        const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
        inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
        port = ntohs(v6.sin6_port);
    }
    ip = text;
}

}  // namespace

DeadlineStream::DeadlineStream(int socket, Clock::time_point deadline, std::chrono::milliseconds pause_limit,
                               std::chrono::milliseconds write_limit)
    : socket_(socket), deadline_(deadline), pause_limit_(pause_limit), write_limit_(write_limit) {}

std::chrono::milliseconds DeadlineStream::read_wait() const {
    if (trusted_) return pause_limit_;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
    return std::min(pause_limit_, left);
}

bool DeadlineStream::is_readable() const {
    return buffered_from_ < buffered_to_ || ready(socket_, POLLIN, read_wait());
}

bool DeadlineStream::is_writable() const { return ready(socket_, POLLOUT, write_limit_); }

ssize_t DeadlineStream::read(char* bytes, std::size_t size) {
    if (buffered_from_ == buffered_to_) {
        if (!ready(socket_, POLLIN, read_wait())) return -1;
        // Small reads (the head, byte by byte) go through the buffer; a body's large
        // reads straight into the caller's.
        char* into = size < buffer_.size() ? buffer_.data() : bytes;
        const std::size_t room = size < buffer_.size() ? buffer_.size() : size;
        ssize_t received;
        do {
            received = recv(socket_, into, room, 0);
        } while (received < 0 && errno == EINTR);
        if (received <= 0 || into == bytes) return received;
        buffered_from_ = 0;
        buffered_to_ = static_cast<std::size_t>(received);
    }
    const auto count = std::min(size, buffered_to_ - buffered_from_);
    std::memcpy(bytes, buffer_.data() + buffered_from_, count);
    buffered_from_ += count;
    return static_cast<ssize_t>(count);
}

ssize_t DeadlineStream::write(const char* bytes, std::size_t size) {
    if (!ready(socket_, POLLOUT, write_limit_)) return -1;
    ssize_t sent;
    do {
        sent = send(socket_, bytes, size, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent;
}

void DeadlineStream::get_remote_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getpeername(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string& ip, int& port) const {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    if (getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
}

std::string peer_address(int socket) {
    sockaddr_storage address{};
    socklen_t length = sizeof address;
    std::string ip;
    int port = 0;
    if (getpeername(socket, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_of(address, ip, port);
    return ip;
}

}  // namespace oogst::platform
