#pragma once
// The address devices on the venue's network can reach this machine at.
#include <string>

namespace oogst::platform {

// The first IPv4 address of an interface that is up and not the loopback
// ("192.168.1.20"), or "127.0.0.1" when there is none (a laptop without network).
std::string local_network_address();

}  // namespace oogst::platform
