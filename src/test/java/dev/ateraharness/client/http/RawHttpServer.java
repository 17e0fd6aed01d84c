package dev.ateraharness.client.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving HTTP/1.1 server on 127.0.0.1 for tests: raw sockets, one thread per connection, so it can do what no
 * well-behaved server does (an endless body, a body that stops mid-way). Each connection's request line goes to the
 * {@link Handler}, which writes whatever bytes it likes. {@link #clientClosed} counts down when a write fails because
 * the client closed the connection (how a test sees that the client stopped reading).
 */
public final class RawHttpServer implements AutoCloseable {

    /** Answers one request: {@code requestLine} is e.g. {@code GET /api/v3/tickets?page=1 HTTP/1.1}. */
    @FunctionalInterface
    public interface Handler {
        void handle(String requestLine, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "raw-http");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch clientClosed = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();

    public RawHttpServer(Handler handler) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    threads.execute(() -> serve(s, handler));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void serve(Socket s, Handler handler) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            String line = in.readLine();
            for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                // headers are not needed
            }
            if (line == null) {
                return;
            }
            requests.incrementAndGet();
            handler.handle(line, s.getOutputStream());
            s.getOutputStream().flush();
        } catch (IOException e) {
            clientClosed.countDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code http://127.0.0.1:port/api/v3}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/api/v3";
    }

    /** Requests seen so far. */
    public int requests() {
        return requests.get();
    }

    /** Waits until a write failed because the client closed the connection. */
    public boolean awaitClientClosed(long seconds) throws InterruptedException {
        return clientClosed.await(seconds, TimeUnit.SECONDS);
    }

    /** Headers for a chunked 200 JSON response. */
    public static void chunkedHeaders(OutputStream out) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** One chunk. */
    public static void chunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A complete 200 response with a JSON body. */
    public static void json(OutputStream out, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + b.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
        out.flush();
    }

    /** Writes an endless JSON-looking chunked body (64 KiB chunks) until the client hangs up. */
    public static void endless(OutputStream out) throws IOException {
        chunkedHeaders(out);
        byte[] data = new byte[64 * 1024];
        java.util.Arrays.fill(data, (byte) ' ');
        data[0] = '{';
        chunk(out, new byte[] {'{', '"', 'x', '"', ':', '"'});
        while (true) {
            java.util.Arrays.fill(data, (byte) 'a');
            chunk(out, data);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
