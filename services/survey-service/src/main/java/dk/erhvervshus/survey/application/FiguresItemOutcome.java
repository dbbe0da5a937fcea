package dk.erhvervshus.survey.application;

import dk.erhvervshus.contracts.survey.CompanyFiguresReported;

/**
 * What became of one item of a figures delivery: written (accepted or unchanged), or refused.
 *
 * @param report  the validated figures; null when refused
 * @param write   null when refused
 * @param refusal the invalid fields; null when written
 */
public record FiguresItemOutcome(CompanyFiguresReported report, WriteOutcome write, RuntimeException refusal) {

    static FiguresItemOutcome written(CompanyFiguresReported report, WriteOutcome write) {
        return new FiguresItemOutcome(report, write, null);
    }

    static FiguresItemOutcome refused(RuntimeException refusal) {
        return new FiguresItemOutcome(null, null, refusal);
    }
}
