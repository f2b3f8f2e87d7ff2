#pragma once
// A device's store: one SQLite file (WAL, synchronous=FULL, STRICT tables) holding the
// operations made or imported on this device, the content-addressed blobs, and the
// device's identity. The workshop state is rebuilt from the operations on open and
// kept current as operations are appended.
//
// Durability promise: when append() or record() returns, the operation is committed and
// survives a power cut. Callers show a capture as saved only after that.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "operation.hpp"
#include "wire.hpp"
#include "workshop_state.hpp"

namespace oogst {

struct DeviceIdentity {
    std::string id;
    std::string public_key;  // Ed25519, raw 32 bytes; signs this device's bundles
};

class Store {
public:
    static constexpr int schema_version = 1;
    static constexpr const char* file_name = "oogst.db";

    // Creates a store in folder (made if missing), or opens the one already there.
    static Store open_or_create(const std::filesystem::path& folder);
    // Opens an existing store; a folder without one is a UserError.
    static Store open(const std::filesystem::path& folder);
    static bool exists(const std::filesystem::path& folder);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::filesystem::path& folder() const;
    const DeviceIdentity& device() const;
    const WorkshopState& state() const;

    // Appends one operation made on this device, durably, and folds it into the state.
    // Only typed payloads can be recorded, so every stored operation is one the fold
    // can read; bytes from elsewhere arrive through bundle import, which validates them.
    template <class Payload>
    OperationId record(const Payload& payload) {
        return append(Payload::kind, wire::encode(payload));
    }

    // Runs work with every append inside one transaction: all of it is committed, or
    // none of it. The state shows the batch's operations once it has committed. For
    // generated data and imports; a person's capture is appended on its own.
    void batch(const std::function<void()>& work);

    // Stores bytes under their content hash (once) and returns the hash.
    std::string put_blob(std::string_view bytes, std::string_view media_type);
    std::optional<std::string> blob(const std::string& hash) const;

    std::vector<Operation> operations() const;
    std::uint64_t operation_count() const;
    // SQLite's own check of the file: "ok" when healthy.
    std::string integrity_check() const;

private:
    OperationId append(OperationKind kind, std::string payload);

    struct Impl;
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace oogst
