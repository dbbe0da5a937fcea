package dk.erhvervshus.reporting.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {

    @Test
    void the_pdf_embeds_its_own_font_for_danish_letters_and_numbers_its_pages() throws IOException {
        String rows = "<p>Læsø, Hjørring og Målet er 27,3 % opfyldt – Σ omsætning</p>".repeat(200);
        String xhtml = "<!DOCTYPE html><html lang=\"da\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\" />"
                + "<style>@page { size: A4; @top-left { content: \"Erhvervshus Nordjylland\"; font-family: \"DejaVu Sans\"; }"
                + " @bottom-center { content: \"Side \" counter(page) \" af \" counter(pages); font-family: \"DejaVu Sans\"; } }"
                + " body { font-family: \"DejaVu Sans\"; }</style></head><body>" + rows + "</body></html>";

        byte[] pdf = ReportPdf.of(xhtml);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Læsø", "Hjørring", "Målet er 27,3 % opfyldt", "Σ omsætning")
                    .contains("Side 1 af " + pages).contains("Side " + pages + " af " + pages);
            assertThat(text.split("Erhvervshus Nordjylland", -1)).hasSize(pages + 1);
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
        }
    }
}
