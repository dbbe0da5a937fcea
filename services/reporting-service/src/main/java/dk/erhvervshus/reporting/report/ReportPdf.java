package dk.erhvervshus.reporting.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report's HTML as a PDF (openhtmltopdf on PDFBox): the same document, laid out on A4 pages by
 * its print CSS (the house's name on every page, "Side X af Y"). DejaVu Sans is embedded from the
 * classpath (jasperreports-fonts ships it with its free licence), never from the machine's fonts, so
 * æøå and the dashes print the same on any machine. CPU-bound: never on the event loop.
 */
final class ReportPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    // A layout logs a dozen INFO lines of its timings, and PDFBox warns for each standard PDF font it
    // maps, which the report never uses (every font in it is the embedded one): warnings and errors
    // only. The PDFBox logger is held here, since the logging keeps its loggers weakly.
    private static final Logger STANDARD_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
        STANDARD_FONTS.setLevel(Level.SEVERE);
    }

    private ReportPdf() {
    }

    static byte[] of(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        // The document is self-contained: nothing is fetched while it is laid out.
        builder.useUriResolver((base, uri) -> null);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the report's font " + FONTS + file + " is not on the classpath");
        }
        return in;
    }
}
