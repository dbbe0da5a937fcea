package dk.erhvervshus.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/local/token --role ROLE [--role ROLE ...] [--house HOUSE] [--subject NAME] [--ttl 8h]}:
 * prints a token signed with the local stack's key, alone on stdout, so that
 * {@code TOKEN=$(deploy/local/token --role dashboard --house nordjylland)} works. Everything else
 * goes to stderr. Reads the keys {@code deploy/local/start} generated and never creates any.
 */
public final class TokenCli {

    private static final String USAGE = "usage: deploy/local/token --role ROLE [--role ROLE ...] [--house HOUSE]"
            + " [--subject NAME] [--ttl 8h]\n  roles: " + String.join(", ", Roles.ALL) + "\n  ttl units: s, m, h, d";
    private static final Pattern TTL = Pattern.compile("([1-9][0-9]{0,6})([smhd])");
    private static final List<String> OPTIONS = List.of("--role", "--house", "--subject", "--ttl");
    private static final Pattern HOUSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private TokenCli() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(List.of(args), System.getenv(), System.out, System.err);
        } catch (RuntimeException e) {
            System.err.println("token: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    /** Exit code 0 with the token on out; 1 with a message on err when it refuses; 2 for bad usage. */
    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> roles = new ArrayList<>();
        String house = null;
        String subject = null;
        Duration ttl = JwtIssuer.DEFAULT_TTL;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--help") || option.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (!OPTIONS.contains(option)) {
                err.println("unknown option: " + option);
                err.println(USAGE);
                return 2;
            }
            if (i + 1 >= args.size()) {
                err.println(option + " needs a value");
                return 2;
            }
            String value = args.get(++i);
            switch (option) {
                case "--role" -> roles.add(value);
                case "--house" -> house = value;
                case "--subject" -> subject = value;
                default -> {
                    Matcher ttlMatch = TTL.matcher(value);
                    if (!ttlMatch.matches()) {
                        err.println("--ttl " + value + ": expected a number and a unit (s, m, h, d), e.g. 8h");
                        return 2;
                    }
                    ttl = ttlOf(Long.parseLong(ttlMatch.group(1)), ttlMatch.group(2));
                }
            }
        }
        if (roles.isEmpty()) {
            err.println("at least one --role is needed");
            err.println(USAGE);
            return 2;
        }
        for (String role : roles) {
            if (!Roles.isKnown(role)) {
                err.println("unknown role '" + role + "'; the roles are: " + String.join(", ", Roles.ALL));
                return 1;
            }
            if (Roles.isHouseBound(role) && house == null) {
                err.println("role " + role + " acts for one Erhvervshus and needs --house HOUSE (e.g. --house nordjylland);"
                        + " the services refuse a " + role + " token without a house");
                return 1;
            }
        }
        if (house != null && !HOUSE.matcher(house).matches()) {
            err.println("--house " + house + ": expected a house id such as nordjylland");
            return 1;
        }
        if (subject != null && subject.isBlank()) {
            err.println("--subject must not be blank");
            return 1;
        }
        Path secretsDir = LocalStackCli.stateDir(env).resolve(LocalStackCli.SECRETS_DIR);
        if (!Secrets.exists(secretsDir, JwtKeys.SIGNING_KEY)) {
            err.println("no JWT signing key in " + secretsDir + ": the local stack has never been started"
                    + " (run deploy/local/start first)");
            return 1;
        }
        JwtIssuer issuer = new JwtIssuer(JwtKeys.load(Secrets.in(secretsDir)));
        out.println(issuer.token(subject != null ? subject : JwtIssuer.defaultSubject(roles), roles, house, ttl));
        return 0;
    }

    private static Duration ttlOf(long amount, String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
