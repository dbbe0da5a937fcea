package dk.erhvervshus.reference;

import java.util.List;
import java.util.Optional;

/** An Erhvervshus. It is onboarded (can take registrations) once its municipalities are known. */
public record House(String id, String name, List<Municipality> municipalities) {

    public House {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }

    public boolean isOnboarded() {
        return !municipalities.isEmpty();
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public int totalFundingKey() {
        return municipalities.stream().mapToInt(Municipality::fundingKey).sum();
    }
}
