package dk.erhvervshus.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RolesTest {

    /** local-stack signs tokens (deploy/local/token) without depending on this jar: the two lists must agree. */
    @Test
    void the_local_token_issuer_knows_exactly_the_roles_the_services_check() {
        assertThat(dk.erhvervshus.stack.Roles.ALL).containsExactlyInAnyOrderElementsOf(Roles.ALL);
        assertThat(dk.erhvervshus.stack.Roles.HOUSE_BOUND).containsExactlyInAnyOrderElementsOf(Roles.HOUSE_BOUND);
    }
}
