package dk.erhvervshus.security.testing;

import dk.erhvervshus.stack.testing.RealInfraTestResource;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Gives every RestAssured call of a module's {@code @QuarkusTest}s a real signed token of the
 * module's usual caller, so that tests about behaviour do not each repeat authentication; tests
 * about access set their own ({@code given().auth().oauth2(...)} or {@code .auth().none()}), which
 * replaces this one. A module opts in by listing this class in
 * {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}
 * and naming the caller in its test configuration:
 *
 * <pre>
 * test.caller.roles=crm-integration,house-staff
 * test.caller.house=nordjylland      # absent: a token without a house claim
 * </pre>
 */
public class TestCaller implements QuarkusTestBeforeEachCallback {

    static final String ROLES = "test.caller.roles";
    static final String HOUSE = "test.caller.house";
    static final String SUBJECT = "test-caller";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        Optional<String> roles = ConfigProvider.getConfig().getOptionalValue(ROLES, String.class);
        if (roles.isEmpty()) {
            return;
        }
        String house = ConfigProvider.getConfig().getOptionalValue(HOUSE, String.class).orElse(null);
        List<String> granted = Arrays.stream(roles.get().split(",")).map(String::strip).toList();
        String token = RealInfraTestResource.tokens().token(SUBJECT, granted, house, Duration.ofHours(1));
        // The default authentication, not a default request specification: Quarkus sets RestAssured's
        // port only after these callbacks, and a specification built here would keep the port of then.
        RestAssured.authentication = RestAssured.oauth2(token);
    }
}
