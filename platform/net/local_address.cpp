#include "platform/net/local_address.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace oogst::platform {

std::string local_network_address() {
    ifaddrs* interfaces = nullptr;
    if (getifaddrs(&interfaces) != 0) return "127.0.0.1";
    std::string found = "127.0.0.1";
    for (auto* each = interfaces; each; each = each->ifa_next) {
        if (!each->ifa_addr || each->ifa_addr->sa_family != AF_INET) continue;
        if (!(each->ifa_flags & IFF_UP) || (each->ifa_flags & IFF_LOOPBACK)) continue;
        char text[INET_ADDRSTRLEN] = {};
        const auto* address = reinterpret_cast<const sockaddr_in*>(each->ifa_addr);
        if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text)) {
            found = text;
            break;
        }
    }
    freeifaddrs(interfaces);
    return found;
}

}  // namespace oogst::platform
