package dk.erhvervshus.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCliTest {

    @TempDir
    Path stateDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int token(String... args) {
        return TokenCli.run(List.of(args), Map.of("ERHVERVSHUS_STACK_DIR", stateDir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private void startedOnce() {
        JwtKeys.loadOrGenerate(Secrets.in(stateDir.resolve(LocalStackCli.SECRETS_DIR)));
    }

    @Test
    void prints_the_token_alone_on_stdout() {
        startedOnce();

        int code = token("--role", "dashboard", "--house", "nordjylland", "--ttl", "30m");

        assertThat(code).isZero();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n");
        String claims = new String(Base64.getUrlDecoder().decode(printed.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"local-dashboard\"", "\"groups\":[\"dashboard\"]", "\"house\":\"nordjylland\"");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void several_roles_and_a_subject_of_ones_own() {
        startedOnce();

        assertThat(token("--role", "national", "--role", "admin", "--subject", "ops")).isZero();

        String claims = new String(Base64.getUrlDecoder().decode(out.toString(StandardCharsets.UTF_8).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"ops\"", "\"groups\":[\"national\",\"admin\"]").doesNotContain("house");
    }

    @Test
    void refuses_when_the_stack_was_never_started_and_creates_nothing() {
        assertThat(token("--role", "national")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("never been started", "deploy/local/start");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(stateDir.resolve(LocalStackCli.SECRETS_DIR)).doesNotExist();
    }

    @Test
    void refuses_an_unknown_role_naming_the_known_ones() {
        startedOnce();

        assertThat(token("--role", "dashbord", "--house", "nordjylland")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'dashbord'", String.join(", ", Roles.ALL));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refuses_a_house_bound_role_without_a_house() {
        startedOnce();

        assertThat(token("--role", "house-staff")).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("house-staff", "needs --house");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void refuses_a_ttl_without_a_unit() {
        startedOnce();

        assertThat(token("--role", "national", "--ttl", "8")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--ttl 8");
    }
}
