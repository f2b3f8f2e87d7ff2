#pragma once
// Runs a program with arguments (no shell) and captures its exit code, stdout and stderr.
// Its standard input is the given text (empty by default: a program that reads stdin
// sees its end at once instead of waiting on the test's terminal).
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/temporary_folder.hpp"

namespace oogst::testing {

struct ProgramResult {
    int exit_code = -1;
    std::string out, err;
};

inline ProgramResult run_program(const std::string& program, const std::vector<std::string>& arguments,
                                 const std::string& input = {}) {
    TemporaryFolder capture;
    const auto in_file = capture / "in", out_file = capture / "out", err_file = capture / "err";
    std::ofstream(in_file, std::ios::binary) << input;
    const pid_t pid = fork();
    if (pid == 0) {
        const int in = open(in_file.c_str(), O_RDONLY);
        dup2(in, STDIN_FILENO);
        const int out = open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        std::vector<char*> argv{const_cast<char*>(program.c_str())};
        for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    auto slurp = [](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), slurp(out_file), slurp(err_file)};
}

}  // namespace oogst::testing
