"""Run a function in a forked child under resource limits, and measure what it cost.

The bounds of the hostile-upload tests are CPU seconds and resident memory, measured by the kernel
for a child process that does nothing else, never wall time: a busy machine makes them no larger.
The child also runs under hard limits (CPU seconds, address space), so that code without its bounds
fails the test instead of taking the machine down.
"""

import json
import os
import resource
import signal
import time

MB = 1024 * 1024


def _status_kilobytes(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def run_bounded(func, *args, cpu_seconds=30, address_space=1500 * MB):
    """Call func(*args) in a child; returns {"outcome": "returned"|<exception name>|"killed",
    "message", "cpu", "memory"} where memory is the growth of the peak resident set, in bytes."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            os.close(read_end)
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
            virtual = _status_kilobytes("VmSize") * 1024
            resource.setrlimit(resource.RLIMIT_AS, (virtual + address_space, virtual + address_space))
            # Peak resident memory from here on: the high-water mark starts at the current size.
            with open("/proc/self/clear_refs", "w") as clear:
                clear.write("5")
            resident = _status_kilobytes("VmRSS") * 1024
            start = time.process_time()
            try:
                value = func(*args)
                outcome, message = "returned", repr(value)[:2000]
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                outcome, message = type(error).__name__, str(error)[:2000]
            report = {
                "outcome": outcome,
                "message": message,
                "cpu": time.process_time() - start,
                "memory": _status_kilobytes("VmHWM") * 1024 - resident,
            }
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _pid, status = os.waitpid(pid, 0)
    if not chunks:
        killed_by = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
        name = signal.Signals(killed_by).name if killed_by else f"exit {os.WEXITSTATUS(status)}"
        return {"outcome": "killed", "message": name, "cpu": float(cpu_seconds), "memory": address_space}
    return json.loads(b"".join(chunks))
