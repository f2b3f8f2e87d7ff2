#pragma once
// httplib's Server as a hub on a venue's open network needs it (Debian's cpp-httplib
// 0.11 has no such limits of its own): every connection is served one request and
// closed; strangers get a deadline for their whole request (DeadlineStream); one address
// gets a few connections at once; and connections are served by as many threads as are
// needed, up to a most (ConnectionThreads). A handler calls trust_this_connection() once
// the request proved who sent it, and from then on only long pauses end it.
#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <string>

namespace oogst::platform {

struct ConnectionLimits {
    std::size_t connections = 64;  // served at once; more wait for a thread to come free
    std::size_t per_address = 16;  // from one address at once; more are closed unread
    // A request's head, and any body read before its sender proved who it is, must have
    // arrived whole within this time of the connection being taken up.
    std::chrono::milliseconds stranger_deadline{3000};
    std::chrono::milliseconds pause_limit{5000};  // a silence this long ends any connection
    std::chrono::milliseconds write_limit{5000};
};

class GuardedServer : public httplib::Server {
public:
    explicit GuardedServer(ConnectionLimits limits);

    // From a handler: the request on this thread's connection proved who sent it.
    static void trust_this_connection();

    // After bind_to_port or bind_to_any_port: let connections wait for their accept in a
    // queue as long as the system allows. Debian's httplib is compiled with a queue of 5;
    // a burst of connections (a table's tablets pushing together, or a stranger opening
    // connection after connection) overflows it, Linux drops the next device's SYN, and
    // that device waits a second for its retry, and longer when that is dropped too.
    void lengthen_listen_queue();

private:
    bool process_and_close_socket(int socket) override;

    ConnectionLimits limits_;
    int listening_socket_ = -1;  // the socket httplib binds, seen through its socket options
    std::mutex addresses_mutex_;
    std::map<std::string, std::size_t> serving_;  // connections being served, by address
};

}  // namespace oogst::platform
