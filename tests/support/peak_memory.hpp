#pragma once
// Runs a program (no shell, output discarded) and reports its exit code and the peak of
// its resident memory, from the kernel's own account of the child (wait4's rusage).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <vector>

namespace oogst::testing {

struct PeakMemory {
    int exit_code = -1;
    std::uint64_t peak_bytes = 0;
};

inline PeakMemory run_measuring_memory(const std::string& program, const std::vector<std::string>& arguments) {
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_RDWR);
        dup2(null, STDIN_FILENO), dup2(null, STDOUT_FILENO), dup2(null, STDERR_FILENO);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status),
            static_cast<std::uint64_t>(usage.ru_maxrss) * 1024};  // ru_maxrss is in KiB on Linux
}

}  // namespace oogst::testing
