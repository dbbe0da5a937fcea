package dk.erhvervshus.security;

import dk.erhvervshus.problems.Problem;
import dk.erhvervshus.problems.ProblemType;
import dk.erhvervshus.problems.Problems;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * 401 and 403 as problem documents. Authentication runs lazily (proactive authentication is off),
 * so a missing or invalid token surfaces here as an exception instead of an empty challenge from
 * the HTTP layer. A 401 always carries {@code WWW-Authenticate} (RFC 6750); a 403 says why.
 */
public class SecurityProblemMappers {

    /** A request-scoped proxy: the token of the request being answered. */
    @Inject
    JsonWebToken token;

    static final String REALM = "erhvervshus";
    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);

    @ServerExceptionMapper
    public Response noToken(UnauthorizedException e) {
        return unauthorized("Bearer realm=\"" + REALM + "\"",
                "this operation needs a bearer token: Authorization: Bearer <JWT>");
    }

    @ServerExceptionMapper
    public Response invalidToken(AuthenticationFailedException e) {
        // The reason (expired, signature, issuer, audience) is logged, not told: an attacker probing
        // tokens learns nothing, an operator finds it in the log.
        LOG.debugf("bearer token refused: %s", e.getMessage());
        return unauthorized("Bearer realm=\"" + REALM + "\", error=\"invalid_token\"",
                "the bearer token is not valid: expired, not yet valid, or not signed by the trusted issuer "
                        + "for this audience");
    }

    @ServerExceptionMapper
    public Response wrongRole(ForbiddenException e, SimpleResourceInfo resource) {
        return forbidden(roleRefusal(resource, token));
    }

    @ServerExceptionMapper
    public Response otherHouse(AccessDeniedException e) {
        return forbidden(e.getMessage());
    }

    private static Response unauthorized(String challenge, String detail) {
        Problem problem = ProblemType.UNAUTHORIZED.problem(detail);
        return Response.fromResponse(Problems.response(problem)).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static Response forbidden(String reason) {
        return Problems.response(ProblemType.FORBIDDEN.problem(reason));
    }

    /** "needs role crm-integration; the token has dashboard", from the method's {@code @RolesAllowed}. */
    static String roleRefusal(SimpleResourceInfo resource, JsonWebToken token) {
        Set<String> needed = new TreeSet<>(allowedRoles(resource));
        Set<String> held = new TreeSet<>(token == null || token.getGroups() == null ? Set.of() : token.getGroups());
        String has = held.isEmpty() ? "no role" : String.join(", ", held);
        if (needed.isEmpty()) {
            return "this operation is not open to any role; the token has " + has;
        }
        return "this operation needs role " + String.join(" or ", needed) + "; the token has " + has;
    }

    private static Set<String> allowedRoles(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return Set.of();
        }
        RolesAllowed allowed = null;
        for (Method method : resource.getResourceClass().getMethods()) {
            if (method.getName().equals(resource.getMethodName())
                    && Arrays.equals(method.getParameterTypes(), resource.parameterTypes())) {
                allowed = method.getAnnotation(RolesAllowed.class);
            }
        }
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? Set.of() : Set.of(allowed.value());
    }
}
