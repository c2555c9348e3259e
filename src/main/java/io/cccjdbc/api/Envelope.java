package io.cccjdbc.api;

/**
 * The common frame of every CCC response, successful or not. Error bodies carry
 * {@code HostId} and {@code Recommend}; successful ones carry {@code Data}.
 */
record Envelope<T>(
    String requestId,
    String hostId,
    String code,
    String message,
    String recommend,
    Integer httpStatusCode,
    T data) {
}
