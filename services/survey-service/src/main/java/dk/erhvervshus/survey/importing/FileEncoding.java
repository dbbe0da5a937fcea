package dk.erhvervshus.survey.importing;

/** How the bytes of an imported file were read as text; reported back so a user can check it. */
public enum FileEncoding {
    UTF_8_WITH_BOM("UTF-8 with BOM", "UTF-8"),
    /** Also every pure-ASCII file, which reads the same in both encodings. */
    UTF_8("UTF-8", "UTF-8"),
    WINDOWS_1252("Windows-1252", "Windows-1252");

    private final String displayName;
    private final String charsetName;

    FileEncoding(String displayName, String charsetName) {
        this.displayName = displayName;
        this.charsetName = charsetName;
    }

    public String displayName() {
        return displayName;
    }

    public String charsetName() {
        return charsetName;
    }
}
