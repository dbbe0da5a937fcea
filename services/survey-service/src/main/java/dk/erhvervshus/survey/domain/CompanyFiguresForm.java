package dk.erhvervshus.survey.domain;

/** One company's register figures for one year as they arrived, every field raw text; see {@link SurveyResponseForm}. */
public record CompanyFiguresForm(String cvr, String year, String revenueDkk, String fte) {
}
