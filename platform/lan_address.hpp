#pragma once
// The addresses other machines on the venue's network can reach this one at: what the
// hub puts in its join file and shows the facilitator.
#include <string>
#include <vector>

namespace oogst {

// IPv4 addresses of the network interfaces that are up, loopback excluded, private
// ranges (192.168/16, 10/8, 172.16/12) first, in a stable order.
std::vector<std::string> lan_addresses();

// The address to tell devices for a hub listening on host: host itself when it is a
// specific address, else the first LAN address (127.0.0.1 when there is none).
std::string reachable_address(const std::string& listening_host);

}  // namespace oogst
