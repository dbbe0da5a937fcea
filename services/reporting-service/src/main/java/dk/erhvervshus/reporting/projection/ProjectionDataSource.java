package dk.erhvervshus.reporting.projection;

/**
 * The name of the projection's own reactive datasource: the same database as the reads, another
 * pool of its own size, so that reads holding every connection of theirs never stall a batch
 * (application.properties, {@code quarkus.datasource.projection.*}).
 */
public final class ProjectionDataSource {

    public static final String NAME = "projection";

    private ProjectionDataSource() {
    }
}
