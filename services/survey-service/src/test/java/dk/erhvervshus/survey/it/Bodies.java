package dk.erhvervshus.survey.it;

import dk.erhvervshus.contracts.survey.AwarenessSurveyEvent;
import dk.erhvervshus.contracts.survey.EffectCohortEvent;
import dk.erhvervshus.contracts.survey.ReferralEvent;
import dk.erhvervshus.contracts.survey.SurveyResponseEvent;
import dk.erhvervshus.survey.domain.TestCvrs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies and export files as Erhvervsstyrelsen's feed would send them; maps are mutable so a test can break a field. */
final class Bodies {

    /** The house every body is for unless a test says otherwise. */
    static final String NORDJYLLAND = "nordjylland";

    static final String HEADER = "responseId;house;cvr;surveyYear;segment;answeredOn;competenceSatisfaction;"
            + "recommendScore;expectedEffect;receivedDigitalGuidance;receivedReferral;usedReferral";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Distinct CVR numbers across all tests of one run. */
    private static final AtomicInteger NEXT_CVR = new AtomicInteger(500);

    private Bodies() {
    }

    /** An id no other test uses. */
    static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** The stream (aggregate id) of Nordjylland's survey response {@code responseId}. */
    static String responseStream(String responseId) {
        return SurveyResponseEvent.aggregateId(NORDJYLLAND, responseId);
    }

    static String awarenessStream(String surveyId) {
        return AwarenessSurveyEvent.aggregateId(NORDJYLLAND, surveyId);
    }

    static String referralStream(String referralId) {
        return ReferralEvent.aggregateId(NORDJYLLAND, referralId);
    }

    static String cohortStream(String cohortId) {
        return EffectCohortEvent.aggregateId(NORDJYLLAND, cohortId);
    }

    /** An outcome report of one of Nordjylland's referrals. */
    static Map<String, Object> outcome(boolean used, String reportedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("house", NORDJYLLAND);
        body.put("used", used);
        body.put("reportedOn", reportedOn);
        return body;
    }

    static String cvr() {
        return TestCvrs.valid(NEXT_CVR.incrementAndGet());
    }

    static Map<String, Object> response(String responseId) {
        Map<String, Object> body = new HashMap<>();
        body.put("responseId", responseId);
        body.put("house", "nordjylland");
        body.put("cvr", cvr());
        body.put("surveyYear", 2023);
        body.put("segment", "GROWTH");
        body.put("answeredOn", "2023-05-02");
        body.put("competenceSatisfaction", "VERY_SATISFIED");
        body.put("recommendScore", 9);
        body.put("expectedEffect", "HIGH");
        body.put("receivedDigitalGuidance", true);
        body.put("receivedReferral", true);
        body.put("usedReferral", "YES");
        return body;
    }

    static Map<String, Object> awareness(String surveyId) {
        Map<String, Object> body = new HashMap<>();
        body.put("surveyId", surveyId);
        body.put("house", "nordjylland");
        body.put("year", 2023);
        body.put("respondents", 1000);
        body.put("awareOfHouse", 520);
        body.put("awareOfGreenServices", 390);
        body.put("conductedOn", "2023-11-20");
        return body;
    }

    static Map<String, Object> referral(String referralId) {
        Map<String, Object> body = new HashMap<>();
        body.put("referralId", referralId);
        body.put("house", "nordjylland");
        body.put("cvr", cvr());
        body.put("referredOn", "2023-09-01");
        body.put("direction", "OUTBOUND");
        body.put("counterpartType", "PRIVATE_ADVISOR");
        body.put("counterpartName", "Revisor Hansen ApS");
        body.put("municipalityCode", "851");
        return body;
    }

    static Map<String, Object> figures(String cvr, int year, Object revenueDkk, Object fte) {
        Map<String, Object> body = new HashMap<>();
        body.put("cvr", cvr);
        body.put("year", year);
        body.put("revenueDkk", revenueDkk);
        body.put("fte", fte);
        return body;
    }

    static Map<String, Object> cohort(String cohortId, List<String> treated, List<String> control) {
        Map<String, Object> body = new HashMap<>();
        body.put("cohortId", cohortId);
        body.put("house", "nordjylland");
        body.put("cohortYear", 2021);
        body.put("segment", "GROWTH");
        body.put("treated", treated);
        body.put("control", control);
        return body;
    }

    /** A complete, valid export row in the Danish labels. */
    static String row(String responseId) {
        return responseId + ";nordjylland;" + cvr() + ";2023;Vækst;02-05-2023;Meget tilfreds;9;I høj grad;Ja;Ja;Ja";
    }

    static byte[] windows1252(String... lines) {
        return lines(lines).getBytes(WINDOWS_1252);
    }

    static byte[] utf8WithBom(String... lines) {
        byte[] text = lines(lines).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(text, 0, file, BOM.length, text.length);
        return file;
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
