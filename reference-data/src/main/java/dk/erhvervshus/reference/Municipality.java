package dk.erhvervshus.reference;

/**
 * @param code       the three-digit kommunekode, e.g. {@code 851}
 * @param fundingKey the house's base-funding key for the municipality (1,000 DKK); goal 2's expected share
 */
public record Municipality(String code, String name, int fundingKey, MunicipalityGroup group) {
}
