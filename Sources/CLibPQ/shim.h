#ifndef SUPPORTBOT_CLIBPQ_SHIM_H
#define SUPPORTBOT_CLIBPQ_SHIM_H

#include <libpq-fe.h>
#include <poll.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

// Character-literal macros are not imported into Swift.
static const int sb_PG_DIAG_SQLSTATE = PG_DIAG_SQLSTATE;
static const int sb_PG_DIAG_MESSAGE_PRIMARY = PG_DIAG_MESSAGE_PRIMARY;
static const int sb_PG_DIAG_MESSAGE_DETAIL = PG_DIAG_MESSAGE_DETAIL;
static const int sb_PG_DIAG_CONSTRAINT_NAME = PG_DIAG_CONSTRAINT_NAME;

static const short sb_POLLIN = POLLIN;
static const short sb_POLLERR = POLLERR;
static const short sb_POLLHUP = POLLHUP;

/// Waits until `fd1` or `fd2` is readable or `timeoutMs` passes. Returns poll()'s result, retrying on EINTR.
static inline int sb_poll_two(int fd1, int fd2, int timeoutMs, short *revents1, short *revents2) {
    struct pollfd fds[2];
    fds[0].fd = fd1; fds[0].events = POLLIN; fds[0].revents = 0;
    fds[1].fd = fd2; fds[1].events = POLLIN; fds[1].revents = 0;
    int rc;
    do {
        rc = poll(fds, fd2 >= 0 ? 2 : 1, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    *revents1 = fds[0].revents;
    *revents2 = fd2 >= 0 ? fds[1].revents : 0;
    return rc;
}

/// Waits until `fd1` is writable or `fd2` readable, or `timeoutMs` passes (retrying on EINTR).
static inline int sb_poll_write_and(int fd1, int fd2, int timeoutMs, short *revents1, short *revents2) {
    struct pollfd fds[2];
    fds[0].fd = fd1; fds[0].events = POLLOUT; fds[0].revents = 0;
    fds[1].fd = fd2; fds[1].events = POLLIN; fds[1].revents = 0;
    int rc;
    do {
        rc = poll(fds, 2, timeoutMs);
    } while (rc < 0 && errno == EINTR);
    *revents1 = fds[0].revents;
    *revents2 = fds[1].revents;
    return rc;
}

/// Non-blocking check: is there something to read on `fd` right now?
static inline int sb_readable_now(int fd) {
    struct pollfd p; p.fd = fd; p.events = POLLIN; p.revents = 0;
    int rc;
    do { rc = poll(&p, 1, 0); } while (rc < 0 && errno == EINTR);
    return rc > 0;
}

static inline int sb_pipe_nonblocking(int fds[2]) {
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

#endif
