package dk.erhvervshus.demo;

import java.util.List;

/** Everything the demo loads for one house: courses of the year before and the contract year, and activity reports. */
public record DemoDataSet(String house, int year, List<DemoCourse> courses, List<DemoActivityReport> activityReports) {
}
