package dev.ateraharness.client.limit;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import redis.embedded.core.ExecutableProvider;

/**
 * A real redis-server on 127.0.0.1 for tests and benchmarks: {@code redis-server} from PATH when present, else the
 * 6.2 binary that embedded-redis ships (no install needed). No persistence. {@link #kill()} is a SIGKILL (a
 * crash, not a shutdown); {@link #start()} again restarts it on the same port with an empty data set.
 * {@code main} runs one until killed (the multi-injector script uses it): {@code RedisProcess PORT}.
 */
public final class RedisProcess implements AutoCloseable {

    private final int port;
    private final File executable;
    private Process process;

    private RedisProcess(int port, File executable) {
        this.port = port;
        this.executable = executable;
    }

    /** Starts one on a free port. */
    public static RedisProcess startOnFreePort() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return startOn(port);
    }

    /** Starts one on {@code port}. */
    public static RedisProcess startOn(int port) throws IOException {
        RedisProcess r = new RedisProcess(port, executable());
        r.start();
        return r;
    }

    private static File executable() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "redis-server");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return p.toFile();
            }
        }
        File f = ExecutableProvider.newJarResourceProvider().get();
        if (!f.canExecute() && !f.setExecutable(true)) {
            throw new IOException("cannot make " + f + " executable");
        }
        return f;
    }

    /** Starts (or restarts) the server and waits until it accepts connections. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(executable.getAbsolutePath(), "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("redis-server exited with " + process.exitValue() + " on port " + port);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }
        throw new IOException("redis-server did not listen on 127.0.0.1:" + port + " within 10 s");
    }

    /** SIGKILL: the server and its data vanish at once. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** redis://127.0.0.1:port */
    public URI uri() {
        return URI.create("redis://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    public static void main(String[] args) throws Exception {
        RedisProcess r = startOn(Integer.parseInt(args[0]));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                r.kill();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }));
        System.out.println("redis-server on " + r.uri());
        r.process.waitFor();
    }
}
