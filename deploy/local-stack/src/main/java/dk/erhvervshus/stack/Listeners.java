package dk.erhvervshus.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets a process listens on, read from the OS rather than from its configuration: the
 * socket inodes among {@code /proc/<pid>/fd} matched against the LISTEN entries of
 * {@code /proc/<pid>/net/tcp} and {@code tcp6}. Lets a test prove that nothing of the stack is
 * reachable from outside the machine. Linux only; needs the process's own user or root.
 */
public final class Listeners {

    /** A listening socket's local address and port. */
    public record Listener(InetAddress address, int port) {
        public boolean isLoopback() {
            return address.isLoopbackAddress();
        }

        @Override
        public String toString() {
            return (address.getAddress().length == 16 ? "[" + address.getHostAddress() + "]" : address.getHostAddress())
                    + ":" + port;
        }
    }

    /** State column value of a socket in LISTEN (include/net/tcp_states.h). */
    private static final String LISTEN = "0A";

    private Listeners() {
    }

    /** Every TCP socket the process listens on; empty when it listens on none. */
    public static List<Listener> of(long pid) {
        Set<String> inodes = socketInodes(pid);
        List<Listener> listeners = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = readLines(file);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ...
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 9 && columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                    listeners.add(parse(columns[1]));
                }
            }
        }
        return listeners;
    }

    private static Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor was closed between listing and reading it: not a listener then.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the descriptors of process " + pid, e);
        }
        return inodes;
    }

    /** {@code 0100007F:1F90} → 127.0.0.1:8080; addresses are 32-bit words in host (little-endian) order. */
    static Listener parse(String hexAddress) {
        String[] parts = hexAddress.split(":");
        String hex = parts[0];
        byte[] address = new byte[hex.length() / 2];
        for (int word = 0; word < address.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                address[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return new Listener(InetAddress.getByAddress(address), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + hexAddress, e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
