#pragma once
// A request written by hand on a plain socket: for what a well-behaved client cannot
// send (a body that never comes, a length that lies) and to see whether the hub
// answers before the body arrived.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace oogst::testing {

class RawConnection {
public:
    // from: the address to send from, e.g. "127.0.0.2" to stand for another machine
    // (every 127.x.y.z is this machine's own on Linux).
    explicit RawConnection(int port, const char* from = nullptr) {
        fd_ = socket(AF_INET, SOCK_STREAM, 0);
        if (from) {
            sockaddr_in source{};
            source.sin_family = AF_INET;
            inet_pton(AF_INET, from, &source.sin_addr);
            if (bind(fd_, reinterpret_cast<sockaddr*>(&source), sizeof source) != 0) {
                close(fd_);
                fd_ = -1;
                return;
            }
        }
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(static_cast<std::uint16_t>(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
            close(fd_);
            fd_ = -1;
        }
    }
    ~RawConnection() {
        if (fd_ >= 0) close(fd_);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool connected() const { return fd_ >= 0; }

    // Sends as much as the socket takes; false when the hub closed the connection.
    bool send_text(const std::string& bytes) {
        std::size_t sent = 0;
        while (sent < bytes.size()) {
            const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) return false;
            sent += static_cast<std::size_t>(n);
        }
        return true;
    }

    // What the hub answered within the time (until it closed the connection or the
    // time ran out); empty when it said nothing.
    std::string answer_within(std::chrono::milliseconds limit) {
        std::string received;
        const auto until = std::chrono::steady_clock::now() + limit;
        while (true) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
            if (left.count() <= 0) break;
            pollfd poll_fd{fd_, POLLIN, 0};
            if (poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) break;
            char buffer[4096];
            const auto n = ::recv(fd_, buffer, sizeof buffer, 0);
            if (n <= 0) break;
            received.append(buffer, static_cast<std::size_t>(n));
            // One whole answer is enough: headers, then the body its length announces.
            const auto end_of_head = received.find("\r\n\r\n");
            if (end_of_head == std::string::npos) continue;
            const auto length_at = received.find("Content-Length: ");
            if (length_at == std::string::npos || length_at > end_of_head) break;
            const auto length = std::stoul(received.substr(length_at + 16));
            if (received.size() >= end_of_head + 4 + length) break;
        }
        return received;
    }

private:
    int fd_ = -1;
};

// "POST /v1/push HTTP/1.1" with the given headers and a Content-Length of length.
inline std::string request_head(const std::string& method, const std::string& path, std::uint64_t length,
                                const std::string& headers = {}) {
    return method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
           "Content-Type: application/octet-stream\r\nContent-Length: " + std::to_string(length) + "\r\n" + headers +
           "\r\n";
}

// Headers (httplib::Headers) as the lines request_head adds.
template <class Headers>
std::string as_text(const Headers& headers) {
    std::string text;
    for (const auto& [name, value] : headers) text += name + ": " + value + "\r\n";
    return text;
}

inline int status_of(const std::string& answer) {
    if (answer.size() < 12 || answer.rfind("HTTP/1.1 ", 0) != 0) return 0;
    return std::stoi(answer.substr(9, 3));
}

}  // namespace oogst::testing
