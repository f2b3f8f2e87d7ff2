#include "platform/net/guarded_server.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

#include "platform/net/connection_threads.hpp"
#include "platform/net/deadline_stream.hpp"

namespace oogst::platform {
namespace {

// The connection the handler running on this thread answers.
thread_local DeadlineStream* this_connection = nullptr;

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
    new_task_queue = [most = limits_.connections] { return new ConnectionThreads(most); };
    set_read_timeout(std::chrono::duration_cast<std::chrono::seconds>(limits_.pause_limit).count());
    set_socket_options([this](int socket) {
        httplib::default_socket_options(socket);
        listening_socket_ = socket;
    });
}

void GuardedServer::lengthen_listen_queue() {
    // listen() on a socket that listens already changes only its queue's length.
    if (listening_socket_ >= 0) ::listen(listening_socket_, SOMAXCONN);
}

void GuardedServer::trust_this_connection() {
    if (this_connection) this_connection->trust();
}

bool GuardedServer::process_and_close_socket(int socket) {
    // Taken up now: the stranger's deadline runs from here, not from the accept, so a
    // connection that waited for a thread still has its whole time.
    const auto deadline = DeadlineStream::Clock::now() + limits_.stranger_deadline;
    const auto from = peer_address(socket);
    bool admitted = false;
    {
        std::lock_guard lock(addresses_mutex_);
        auto& count = serving_[from];
        if (count < std::max<std::size_t>(1, limits_.per_address)) {
            ++count;
            admitted = true;
        }
    }
    bool answered = false;
    if (admitted) {
        DeadlineStream stream(socket, deadline, limits_.pause_limit, limits_.write_limit);
        this_connection = &stream;
        bool closed_by_client = false;
        // One request per connection: a connection kept open between requests is one
        // more a stranger could hold, and the hub's devices ask once and go.
        answered = process_request(stream, true, closed_by_client, nullptr);
        this_connection = nullptr;
        std::lock_guard lock(addresses_mutex_);
        if (--serving_[from] == 0) serving_.erase(from);
    }
    ::shutdown(socket, SHUT_RDWR);
    ::close(socket);
    return answered;
}

}  // namespace oogst::platform
