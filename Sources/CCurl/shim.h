#ifndef SUPPORTBOT_CCURL_SHIM_H
#define SUPPORTBOT_CCURL_SHIM_H

#include <curl/curl.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <sys/socket.h>

// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic, which Swift cannot call:
// one typed wrapper per argument type the HTTPClient module passes.

static inline CURLcode sb_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/// For CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION, which share this signature.
static inline CURLcode sb_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode sb_curl_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode sb_curl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode sb_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

/// For the address policy: CURLOPT_OPENSOCKETFUNCTION and CURLOPT_PREREQFUNCTION (libcurl 7.80+).
static inline CURLcode sb_curl_easy_setopt_opensocket_callback(
    CURL *handle, CURLoption option, curl_opensocket_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode sb_curl_easy_setopt_prereq_callback(CURL *handle, CURLoption option, curl_prereq_callback value) {
    return curl_easy_setopt(handle, option, value);
}

// The address policy's view of a socket libcurl is about to open (CURLOPT_OPENSOCKETFUNCTION):
// copies the IP address into `out` and returns its length, 4 or 16, or 0 for any other family.
static inline int sb_curl_sockaddr_ip(const struct curl_sockaddr *address, unsigned char out[16]) {
    if (address->family == AF_INET && address->addrlen >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)&address->addr;
        memcpy(out, &in->sin_addr, 4);
        return 4;
    }
    if (address->family == AF_INET6 && address->addrlen >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)&address->addr;
        memcpy(out, &in6->sin6_addr, 16);
        return 16;
    }
    return 0;
}

// What libcurl itself does without an open-socket callback, plus close-on-exec, so that child
// processes (an $EDITOR, test servers) never inherit a connection.
static inline curl_socket_t sb_curl_open_socket(const struct curl_sockaddr *address) {
#ifdef SOCK_CLOEXEC
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
#else
    return socket(address->family, address->socktype, address->protocol);
#endif
}

// Parses libcurl's text form of a connection's address (CURLOPT_PREREQFUNCTION) into `out`;
// returns 4, 16, or 0 when it is neither.
static inline int sb_parse_ip(const char *text, unsigned char out[16]) {
    if (inet_pton(AF_INET, text, out) == 1) return 4;
    if (inet_pton(AF_INET6, text, out) == 1) return 16;
    return 0;
}

// Macros built from other macros are not imported into Swift.
static const long sb_CURL_GLOBAL_ALL = CURL_GLOBAL_ALL;
static const curl_socket_t sb_CURL_SOCKET_BAD = CURL_SOCKET_BAD;

#endif
