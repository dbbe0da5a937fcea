package dk.erhvervshus.reporting.goals;

import dk.erhvervshus.reference.MunicipalityGroup;

/**
 * The companies a municipality got out of the house's guided companies, next to its share of the
 * funding key. Shares are exact, in percent units; {@code actualShare} is null while the house has
 * no guided company.
 */
public record MunicipalityShare(
        String code,
        String name,
        MunicipalityGroup group,
        long companies,
        long courses,
        Fraction keyShare,
        Fraction actualShare) {
}
