package dk.erhvervshus.survey.application;

import dk.erhvervshus.reference.Houses;
import dk.erhvervshus.survey.domain.AwarenessSurveyValidator;
import dk.erhvervshus.survey.domain.CompanyFiguresValidator;
import dk.erhvervshus.survey.domain.EffectCohortValidator;
import dk.erhvervshus.survey.domain.ReferralValidator;
import dk.erhvervshus.survey.domain.SurveyResponseValidator;
import dk.erhvervshus.survey.importing.SurveyCsvImporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;

/** Wires the framework-free domain and importer: reference data, the clock "today" is read from, the validators. */
public class DomainBeans {

    /** Business dates ("not after today") are Danish dates, whatever zone the server runs in. */
    @Produces
    @Singleton
    Clock clock(@ConfigProperty(name = "survey.time-zone", defaultValue = "Europe/Copenhagen") String zone) {
        return Clock.system(ZoneId.of(zone));
    }

    @Produces
    @Singleton
    Houses houses() {
        return Houses.load();
    }

    @Produces
    @Singleton
    SurveyResponseValidator surveyResponseValidator(Houses houses, Clock clock) {
        return new SurveyResponseValidator(houses, clock);
    }

    @Produces
    @Singleton
    AwarenessSurveyValidator awarenessSurveyValidator(Houses houses, Clock clock) {
        return new AwarenessSurveyValidator(houses, clock);
    }

    @Produces
    @Singleton
    ReferralValidator referralValidator(Houses houses, Clock clock) {
        return new ReferralValidator(houses, clock);
    }

    @Produces
    @Singleton
    CompanyFiguresValidator companyFiguresValidator(Clock clock) {
        return new CompanyFiguresValidator(clock);
    }

    @Produces
    @Singleton
    EffectCohortValidator effectCohortValidator(Houses houses, Clock clock) {
        return new EffectCohortValidator(houses, clock);
    }

    @Produces
    @Singleton
    SurveyCsvImporter surveyCsvImporter(SurveyResponseValidator validator,
                                        @ConfigProperty(name = "survey.import.chunk-size", defaultValue = "500") int chunkSize) {
        return new SurveyCsvImporter(validator, chunkSize);
    }
}
