package dev.ateraharness.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Generated bad requests for the stub, as raw bytes, and the rules every answer must keep. Shared by
 * {@code StubHostileInputAcceptanceTest} (jqwik, a few hundred) and the {@code StubFuzzRun} bench (10,000+).
 */
public final class HostileRequests {

    /** The kinds of bad request, each with what the stub must answer. */
    public enum Kind {
        NO_KEY, UNKNOWN_KEY, ADMIN_NO_TOKEN, ADMIN_WRONG_TOKEN, BAD_PERCENT, DOT_SEGMENTS, LONG_URI, BIG_HEADERS,
        BAD_CHUNKED, BAD_GZIP, GZIP_OVER_LIMIT, UNKNOWN_ENCODING, NON_JSON_WRITE, CONNECT_TRACE, UNKNOWN_METHOD,
        NON_ASCII_DIGITS, BAD_JSON, OPTIONS, HEAD, DECLARED_TOO_LARGE, GARBAGE_LINE, UNKNOWN_PATH
    }

    /** One request and the statuses it may get (empty: any 4xx). */
    public record Probe(Kind kind, byte[] bytes, List<Integer> expected) {
        public String preview() {
            String s = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.ISO_8859_1);
            return kind + " " + s.replace("\r\n", "\\r\\n");
        }
    }

    /** What an answer broke; empty when it kept every rule. */
    public record Verdict(boolean stubMade5xx, boolean nonEnvelope4xx, boolean leak, boolean unexpectedStatus,
                          boolean corsHeader, boolean missingAllow) {
        public boolean ok() {
            return !stubMade5xx && !nonEnvelope4xx && !leak && !unexpectedStatus && !corsHeader && !missingAllow;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    /** Anything that names the machinery: a stack frame, a class, a library, an HTML error page. */
    public static final Pattern LEAK = Pattern.compile(
            "(?i)\\bat [a-z]+\\.[a-z]|exception|jetty|wiremock|jackson|fasterxml|StreamReadFeature|java\\.|javax\\.|jakarta\\."
                    + "|org\\.eclipse|com\\.github|<html|<pre|stack ?trace|\\.java:");

    private static final String[] READ_PATHS = {"/tickets", "/agents", "/customers", "/contacts", "/alerts",
        "/devices/snmpdevices", "/tickets/statusmodified"};
    private static final String[] ADMIN_PATHS = {"/__admin", "/__admin/", "/__admin/atera/settings", "/__admin/atera/arrivals",
        "/__admin/mappings", "/__admin/shutdown", "/__admin/reset", "/__admin/settings", "/__admin/files/x.json",
        "/__admin/recordings/start", "/__admin/requests", "/__ADMIN/mappings", "/api/v3/../__admin/mappings"};
    private static final String[] ODD_DIGITS = {"\u0663", "\u06f3", "\u0969", "\uff13", "\u09e9", "\u0e53", "1\u0663"};

    private final int port;
    private final String key;

    public HostileRequests(int port, String key) {
        this.port = port;
        this.key = key;
    }

    public Probe next(Random r) {
        Kind k = Kind.values()[r.nextInt(Kind.values().length)];
        return make(k, r);
    }

    public Probe make(Kind k, Random r) {
        String path = "/api/v3" + pick(r, READ_PATHS);
        return switch (k) {
            case NO_KEY -> probe(k, req(pick(r, "GET", "POST", "PUT", "DELETE", "HEAD"), path, null, "", null), 401);
            case UNKNOWN_KEY -> probe(k, req("GET", path, "X-API-KEY: " + randomToken(r, 1 + r.nextInt(60)) + "\r\n", "", null), 401);
            case ADMIN_NO_TOKEN -> probe(k, req(pick(r, "GET", "POST", "DELETE", "PUT", "OPTIONS"), pick(r, ADMIN_PATHS),
                    "Origin: https://evil.example\r\n", r.nextBoolean() ? "{\"request\":{\"url\":\"/x\"},\"response\":{\"proxyBaseUrl\":\"http://127.0.0.1:1\"}}" : "",
                    "application/json"), 401);
            case ADMIN_WRONG_TOKEN -> probe(k, req("GET", pick(r, ADMIN_PATHS), "Authorization: Bearer " + randomToken(r, 20 + r.nextInt(30))
                    + "\r\nOrigin: http://localhost:" + (1 + r.nextInt(65000)) + "\r\n", "", null), 401);
            case BAD_PERCENT -> probe(k, req("GET", path + pick(r, "%zz", "%", "%0", "%00", "/%00", "%c0%af", "%ff", "%u0041",
                    "%2e%2e/%2e%2e", "%%", "/%2f") + (r.nextBoolean() ? "?page=%zz" : ""), keyHeader(), "", null));
            case DOT_SEGMENTS -> probe(k, req("GET", pick(r, "/api/v3/../../etc/passwd", "/..", "/api/v3/tickets/..;/..;/x",
                    "/api/v3/./tickets/../../../x", "/../api/v3/tickets", "/api/v3/%2e%2e/%2e%2e/x", "/api/v3/tickets/%2e%2e%2f"), keyHeader(), "", null));
            case LONG_URI -> probe(k, req("GET", path + "?q=" + "a".repeat(17_000 + r.nextInt(40_000)), keyHeader(), "", null), 414, 431, 400);
            case BIG_HEADERS -> probe(k, req("GET", path, keyHeader() + "X-Pad: " + "b".repeat(17_000 + r.nextInt(30_000)) + "\r\n", "", null), 431, 400);
            case BAD_CHUNKED -> probe(k, raw("POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\n" + keyHeader()
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + pick(r, "zz\r\n{}\r\n0\r\n\r\n", "5\r\n{}\r\n0\r\n\r\n", "-1\r\n{}\r\n", "fffffffffffffffff\r\n{}\r\n",
                    "2\r\n{}XX0\r\n\r\n", "3;" + "x".repeat(9000) + "\r\n{}}\r\n0\r\n\r\n")), 400, 413, 431);
            case BAD_GZIP -> {
                byte[] junk = new byte[1 + r.nextInt(2000)];
                r.nextBytes(junk);
                if (r.nextBoolean() && junk.length > 2) {
                    junk[0] = 0x1f;
                    junk[1] = (byte) 0x8b;
                }
                yield probe(k, withBody("POST", path, "Content-Encoding: gzip\r\n", junk), 400);
            }
            case GZIP_OVER_LIMIT -> probe(k, withBody("POST", path, "Content-Encoding: gzip\r\n",
                    gzipZeros(1_048_577 + r.nextInt(4 << 20))), 413);
            case UNKNOWN_ENCODING -> probe(k, withBody("POST", path, "Content-Encoding: " + pick(r, "br", "compress", "zstd",
                    "gzip, gzip", "x-" + randomToken(r, 5)) + "\r\n", "{}".getBytes(StandardCharsets.UTF_8)), 415);
            case NON_JSON_WRITE -> probe(k, r.nextBoolean() ? req("PUT", "/api/v3/tickets/1", keyHeader(), "{\"TicketTitle\":\"x\"}",
                    pick(r, "image/png", "text/plain", "application/xml")) : req("POST", pick(r, "/api/v3/tickets",
                    "/api/v3/customers", "/api/v3/contacts"), keyHeader(), "{\"TicketTitle\":\"x\",\"Description\":\"y\"}",
                    pick(r, "image/png", "text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x")), 415);
            case CONNECT_TRACE -> probe(k, req(pick(r, "TRACE", "TRACK", "CONNECT"), path, r.nextBoolean() ? keyHeader() : "", "", null), 405, 400);
            case UNKNOWN_METHOD -> probe(k, req(pick(r, "PROPFIND", "FOO", "PURGE", "PATCH", "LINK", "MKCOL"), "/api/v3/tickets", keyHeader(), "", null), 405);
            case NON_ASCII_DIGITS -> probe(k, req("GET", r.nextBoolean() ? "/api/v3/tickets?page=" + enc(pick(r, ODD_DIGITS))
                    : pick(r, "/api/v3/tickets/", "/api/v3/agents/", "/api/v3/customers/") + enc(pick(r, ODD_DIGITS)), keyHeader(), "", null), 400);
            case BAD_JSON -> probe(k, req("POST", "/api/v3/tickets", keyHeader(), pick(r, "{", "{\"a\":", "[1,2", "{\"TicketTitle\":\"x\"",
                    "nul", "{'a':1}", "{\"a\":1}}", "\u0000", "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}", "[" .repeat(2000)), "application/json"), 400);
            case OPTIONS -> probe(k, req("OPTIONS", path, keyHeader() + (r.nextBoolean() ? "Origin: https://evil.example\r\n"
                    + "Access-Control-Request-Method: GET\r\n" : ""), "", null), 204);
            case HEAD -> probe(k, req("HEAD", path, keyHeader(), "", null), 200);
            case DECLARED_TOO_LARGE -> probe(k, raw("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + keyHeader()
                    + "Content-Type: application/json\r\nContent-Length: " + (1_048_577 + r.nextInt(1 << 30)) + "\r\nConnection: close\r\n\r\n{}"), 413);
            case GARBAGE_LINE -> probe(k, raw(pick(r, "GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "\u0000\u0001\u0002 / HTTP/1.1\r\n\r\n",
                    "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n\r\n",
                    "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-KEY: a\u0000b\r\n\r\n",
                    "GET /a b c HTTP/1.1\r\n\r\n", "G@T / HTTP/1.1\r\nHost: x\r\n\r\n",
                    "GET /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",
                    "POST /api/v3/tickets HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: x\r\n\r\n")));
            case UNKNOWN_PATH -> probe(k, req("GET", "/" + randomToken(r, 1 + r.nextInt(30)) + (r.nextBoolean() ? "/__files/x" : ""),
                    r.nextBoolean() ? keyHeader() : "", "", null), 404, 401);
        };
    }

    /** Judges one answer to one probe. */
    public Verdict judge(Probe p, RawHttp.Answer a) {
        String text = a.text();
        boolean fiveXX = a.status() >= 500;
        boolean fourXX = a.status() >= 400 && a.status() < 500;
        boolean nonEnvelope = fourXX && !envelope(a);
        StringBuilder headers = new StringBuilder();
        a.headers().forEach((n, v) -> headers.append(n).append(": ").append(v).append('\n'));
        boolean leak = LEAK.matcher(text).find() || LEAK.matcher(headers).find();
        boolean unexpected = a.status() == 0 || (p.expected().isEmpty() ? !(fourXX) : !p.expected().contains(a.status()));
        boolean cors = a.headers().keySet().stream().anyMatch(h -> h.startsWith("access-control-"));
        boolean missingAllow = a.status() == 405 && a.header("allow") == null
                || p.kind() == Kind.OPTIONS && a.status() == 204 && a.header("allow") == null;
        return new Verdict(fiveXX, nonEnvelope, leak, unexpected, cors, missingAllow);
    }

    /** The spec profile's error shapes: ProblemDetails with the answer's status, or empty for 401 and 429. */
    static boolean envelope(RawHttp.Answer a) {
        if (a.body().length == 0) {
            return a.status() == 401 || a.status() == 429;
        }
        String ct = a.header("content-type");
        if (ct == null || !ct.toLowerCase(Locale.ROOT).contains("json")) {
            return false;
        }
        try {
            JsonNode n = JSON.readTree(a.body());
            return n != null && n.isObject() && n.path("status").asInt() == a.status() && n.hasNonNull("title")
                    && n.hasNonNull("detail") && n.has("type");
        } catch (IOException e) {
            return false;
        }
    }

    private Probe probe(Kind k, byte[] bytes, Integer... expected) {
        return new Probe(k, bytes, List.of(expected));
    }

    private String keyHeader() {
        return "X-API-KEY: " + key + "\r\n";
    }

    private byte[] req(String method, String target, String headers, String body, String contentType) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String h = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + (headers == null ? "" : headers)
                + (contentType != null ? "Content-Type: " + contentType + "\r\n" : "")
                + (b.length > 0 ? "Content-Length: " + b.length + "\r\n" : "") + "Connection: close\r\n\r\n";
        return concat(h.getBytes(StandardCharsets.UTF_8), b);
    }

    private byte[] withBody(String method, String path, String headers, byte[] body) {
        String h = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + keyHeader() + headers
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        return concat(h.getBytes(StandardCharsets.UTF_8), body);
    }

    private static byte[] raw(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** gzip of {@code n} zero bytes: about n/1000 bytes on the wire. */
    public static byte[] gzipZeros(long n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 65536)) {
            byte[] zeros = new byte[65536];
            for (long left = n; left > 0; left -= zeros.length) {
                gz.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String randomToken(Random r, int n) {
        String abc = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(abc.charAt(r.nextInt(abc.length())));
        }
        return b.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
