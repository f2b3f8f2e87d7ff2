// The victim of the crash test: appends captures to a store in a loop and prints one
// line per capture the moment record() has returned, i.e. the moment the app would
// show it as saved. The parent kills it with SIGKILL at a random moment.
#include <cstdio>
#include <string>

#include "core/model/ids.hpp"
#include "core/store/store.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer STORE PREFIX\n");
        return 2;
    }
    auto store = oogst::Store::open_or_create(argv[1]);
    if (!store.state().session("s1"))
        store.record(oogst::SessionSet{"s1", "droomsessie", "Tafel 1", "", "", 0, 0});
    for (long i = 0;; ++i) {
        oogst::CaptureAdded note;
        note.id = oogst::new_id();
        note.session_id = "s1";
        note.text = std::string(argv[2]) + "-" + std::to_string(i);
        store.record(note);
        std::printf("%s\n", note.text.c_str());
        std::fflush(stdout);
    }
}
