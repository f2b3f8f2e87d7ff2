#pragma once
// The devices part of the preparation: on the right, how devices join (the hub's join
// code with its QR code, and the join file to a stick, as on the desk); on the left, the
// planned sessions nothing has come in for yet, then every device that handed in: the
// sessions it serves, when it last handed in and how many of its operations are here.
#include "app/shell/app_state.hpp"
#include "app/shell/ui.hpp"
#include "core/prepare/device_list.hpp"
#include "core/store/store.hpp"

namespace oogst::app {

// The device list, worked out again only when the store changed or some seconds passed.
const DeviceList& current_devices(const Store& store, PrepareState& prepare);

void draw_device_list(Store& store, AppState& state, Ui& ui);

}  // namespace oogst::app
