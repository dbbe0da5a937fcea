package dk.erhvervshus.reporting.projection;

/**
 * The key of a survey record: survey-service's ids (response, awareness survey, referral, cohort)
 * are unique within a house only, so the house is part of the key, as it is of the stream
 * ({@code response:<house>:<id>} and the like).
 */
public record PerHouseId(String house, String id) {
}
