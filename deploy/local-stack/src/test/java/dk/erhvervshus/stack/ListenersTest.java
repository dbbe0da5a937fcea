package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class ListenersTest {

    @Test
    void reads_the_kernels_little_endian_addresses() {
        assertThat(Listeners.parse("0100007F:1F90").toString()).isEqualTo("127.0.0.1:8080");
        assertThat(Listeners.parse("00000000:2382").toString()).isEqualTo("0.0.0.0:9090");
        assertThat(Listeners.parse("00000000000000000000000000000000:1F90").toString()).isEqualTo("[0:0:0:0:0:0:0:0]:8080");
        assertThat(Listeners.parse("00000000000000000000000001000000:1F90").isLoopback()).isTrue();
    }

    @Test
    void finds_what_this_jvm_listens_on() throws Exception {
        try (ServerSocket loopback = new ServerSocket();
             ServerSocket everywhere = new ServerSocket(0)) {
            loopback.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            var listeners = Listeners.of(ProcessHandle.current().pid());

            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(loopback.getLocalPort());
                assertThat(l.address().getHostAddress()).isEqualTo("127.0.0.1");
            });
            assertThat(listeners).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(everywhere.getLocalPort());
                assertThat(l.isLoopback()).isFalse();
            });
        }
    }
}
