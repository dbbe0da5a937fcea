package dk.erhvervshus.reporting.api;

import dk.erhvervshus.reporting.goals.MunicipalityShare;
import dk.erhvervshus.reporting.goals.MunicipalityVerdict;

import java.math.BigDecimal;

/**
 * Goal 2 per municipality. Shares in percent units: {@code actualShare} = companies / the house's
 * guided companies, {@code keyShare} = funding key / total key, {@code thresholdShare} = the
 * catalogue's minimumShareOfKeyShare × keyShare; {@code meets} when actualShare ≥ thresholdShare.
 */
public record MunicipalitySpreadEntry(
        String code,
        String name,
        String group,
        long companies,
        long courses,
        BigDecimal keyShare,
        BigDecimal actualShare,
        BigDecimal thresholdShare,
        boolean meets) {

    static MunicipalitySpreadEntry of(MunicipalityVerdict verdict) {
        MunicipalityShare m = verdict.share();
        return new MunicipalitySpreadEntry(m.code(), m.name(), m.group().name(), m.companies(), m.courses(),
                Decimals.oneDecimal(m.keyShare()), Decimals.oneDecimal(m.actualShare()),
                Decimals.oneDecimal(verdict.thresholdShare()), verdict.meets());
    }
}
