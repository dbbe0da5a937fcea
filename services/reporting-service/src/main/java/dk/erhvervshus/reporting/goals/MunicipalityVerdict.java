package dk.erhvervshus.reporting.goals;

/** A municipality held against goal 2: its share must reach {@code thresholdShare} (percent units). */
public record MunicipalityVerdict(MunicipalityShare share, Fraction thresholdShare, boolean meets) {
}
