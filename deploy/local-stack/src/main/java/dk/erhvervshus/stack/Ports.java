package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/** Loopback TCP ports: finding a free one and checking whether something listens. */
public final class Ports {

    /**
     * The kernel may hand the same ephemeral port out twice in a row once the probe socket is
     * closed; remembering what this JVM already gave away keeps PostgreSQL, the broker and the
     * controller of one test run from colliding with each other.
     */
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private Ports() {
    }

    /** A loopback TCP port nobody listens on right now and this JVM has not handed out before. */
    public static synchronized int free() {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                int port = socket.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot bind a loopback port", e);
            }
        }
        throw new IllegalStateException("no free loopback port after 50 attempts");
    }

    /** True when something accepts TCP connections on 127.0.0.1:port. */
    public static boolean isListening(int port) {
        return isListening("127.0.0.1", port);
    }

    /**
     * True when something accepts TCP connections on host:port within half a second. A port of the
     * ephemeral range can be "answered" by the probe itself: when the kernel picks the target port as
     * the probe's own local port, a loopback connect meets itself (TCP simultaneous open) although
     * nothing listens. Such a self-connection is not a listener.
     */
    public static boolean isListening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return socket.getLocalPort() != port || !socket.getInetAddress().isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
