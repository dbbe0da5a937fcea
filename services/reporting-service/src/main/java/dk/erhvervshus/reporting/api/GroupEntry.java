package dk.erhvervshus.reporting.api;

import java.math.BigDecimal;

/** Goal 2 summed over a municipality group (CITY, COMMUTER_BELT, RURAL) or over RURAL vs URBAN. */
public record GroupEntry(
        String group,
        int municipalities,
        int municipalitiesMeeting,
        long companies,
        long courses,
        BigDecimal keyShare,
        BigDecimal actualShare) {
}
