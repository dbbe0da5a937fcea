package dk.erhvervshus.contracts.survey;

import dk.erhvervshus.contracts.DomainEvent;

/**
 * Register data of one company and year; aggregate id = {@link #aggregateId(String, int)}. Register
 * data belong to no house: the envelope's house is {@link #NATIONAL}.
 */
public sealed interface CompanyFiguresEvent extends DomainEvent permits CompanyFiguresReported {

    String NATIONAL = "national";

    String cvr();

    int year();

    static String aggregateId(String cvr, int year) {
        return "figures:" + cvr + ":" + year;
    }
}
