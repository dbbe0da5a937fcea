package dk.erhvervshus.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling, from the verified bearer token: the subject recorded in every event it causes,
 * its roles and the house it is confined to. Resources check the house rule through it before they
 * read or write anything ({@link #requireHouse}); the roles are checked by {@code @RolesAllowed}.
 */
@RequestScoped
public class Caller {

    /** The claim that confines a token to one house. */
    public static final String HOUSE_CLAIM = "house";

    private final JsonWebToken token;

    @Inject
    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The token's subject ({@code sub}), e.g. the CRM integration's client id or a person's id. */
    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : token.getName();
    }

    public Optional<String> house() {
        return scope().house();
    }

    public boolean mayActFor(String house) {
        return scope().refusalFor(house).isEmpty();
    }

    /** @throws AccessDeniedException when the token may not act for {@code house} */
    public void requireHouse(String house) {
        scope().refusalFor(house).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
    }

    /**
     * For a record the caller named by id, whose house is the record's own: like
     * {@link #requireHouse}, but the refusal does not tell whose the record is.
     *
     * @param record the record, for the refusal ("guidance course c-17")
     * @throws AccessDeniedException when the token may not act for {@code house}
     */
    public void requireHouseOfRecord(String house, String record) {
        scope().refusalForRecordOf(house, record).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
    }

    /**
     * For records that belong to no house (register figures): only a token confined to no house.
     *
     * @param what the records, in the plural, for the refusal ("register figures")
     */
    public void requireAllHouses(String what) {
        scope().refusalForAllHouses(what).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
    }

    /**
     * For operations that act for the caller's own house as a whole, e.g. a CRM batch whose event
     * ids are unique per house: the house of the token.
     *
     * @param what the records, in the plural, for the refusal ("CRM events")
     * @throws AccessDeniedException when the token names no house
     */
    public String requireOwnHouse(String what) {
        HouseScope scope = scope();
        scope.refusalWithoutOwnHouse(what).ifPresent(reason -> {
            throw new AccessDeniedException(reason);
        });
        return scope.house().orElseThrow();
    }

    private HouseScope scope() {
        return HouseScope.of(token.getGroups(), Optional.ofNullable(textClaim(token.getClaim(HOUSE_CLAIM))));
    }

    /** Custom claims arrive as JSON values; a JSON text must not keep its quotes. */
    private static String textClaim(Object claim) {
        if (claim instanceof JsonString text) {
            return text.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
