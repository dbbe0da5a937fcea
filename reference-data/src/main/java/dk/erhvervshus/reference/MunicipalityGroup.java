package dk.erhvervshus.reference;

/** Danmarks Statistik's 2018 municipality grouping, as far as Nordjylland needs it. */
public enum MunicipalityGroup {
    /** Storbykommune. */
    CITY,
    /** Oplandskommune. */
    COMMUTER_BELT,
    /** Landkommune. */
    RURAL;

    /** Goal 2 asks for spread in "both rural and urban" municipalities; the commuter belt counts as urban. */
    public boolean isUrban() {
        return this != RURAL;
    }
}
