package dk.erhvervshus.reporting.projection;

import dk.erhvervshus.contracts.survey.CompanyFiguresEvent;
import dk.erhvervshus.contracts.survey.CompanyFiguresReported;

import static dk.erhvervshus.reporting.projection.UnprojectableEventException.required;

/**
 * Turns register figures into {@code company_figures} rows, one per company and year. A later
 * report replaces the earlier (register data get corrected): the row is the event of the highest
 * version of the stream {@code figures:<cvr>:<year>}. No visitor on the family: the unit test
 * walking its permitted subclasses guards this class.
 */
public final class CompanyFiguresProjection {

    public CompanyFiguresRow toRow(CompanyFiguresEvent event, long version) {
        if (event instanceof CompanyFiguresReported f) {
            return new CompanyFiguresRow(required(f.cvr(), "cvr", "company figures"), f.year(), f.revenueDkk(), f.fte(), version);
        }
        throw new UnprojectableEventException("no projection for " + event.getClass().getSimpleName());
    }
}
