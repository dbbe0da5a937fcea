package dk.erhvervshus.e2e.chaos;

import java.time.LocalDate;

/** One awareness survey (kendskabsmåling) of the house. */
record AwarenessSurvey(String surveyId, int year, int respondents, int awareOfHouse, int awareOfGreenServices,
                       LocalDate conductedOn) {

    String aggregateId() {
        return "awareness:" + Course.HOUSE + ":" + surveyId;
    }
}
