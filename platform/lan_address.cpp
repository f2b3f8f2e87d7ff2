#include "lan_address.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>

namespace oogst {
namespace {

bool is_private(std::uint32_t host_order) {
    return (host_order >> 24) == 10 || (host_order >> 16) == 0xC0A8 || (host_order >> 20) == 0xAC1;
}

}  // namespace

std::vector<std::string> lan_addresses() {
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return {};
    std::vector<std::pair<bool, std::string>> found;  // (not private, address): private sorts first
    for (auto* each = list; each; each = each->ifa_next) {
        if (!each->ifa_addr || each->ifa_addr->sa_family != AF_INET) continue;
        if (!(each->ifa_flags & IFF_UP) || (each->ifa_flags & IFF_LOOPBACK)) continue;
        const auto* address = reinterpret_cast<const sockaddr_in*>(each->ifa_addr);
        char text[INET_ADDRSTRLEN] = {};
        if (!inet_ntop(AF_INET, &address->sin_addr, text, sizeof text)) continue;
        found.emplace_back(!is_private(ntohl(address->sin_addr.s_addr)), text);
    }
    freeifaddrs(list);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<std::string> addresses;
    for (auto& [ignored, address] : found) addresses.push_back(std::move(address));
    return addresses;
}

std::string reachable_address(const std::string& listening_host) {
    if (!listening_host.empty() && listening_host != "0.0.0.0" && listening_host != "::") return listening_host;
    const auto addresses = lan_addresses();
    return addresses.empty() ? "127.0.0.1" : addresses.front();
}

}  // namespace oogst
