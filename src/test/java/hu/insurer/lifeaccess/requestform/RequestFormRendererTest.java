package hu.insurer.lifeaccess.requestform;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE_DISPLAYED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestFormRendererTest {

    private static RequestFormRenderer renderer;

    @BeforeAll
    static void compileOnce() {
        renderer = new RequestFormRenderer();
    }

    @Test
    void showsTheSeedCustomerForAnExtension() throws IOException {
        String text = textOf(renderer.render(dorottya()));

        assertThat(text)
                .contains("Igénylő nyomtatvány – ÜP élet ügyfélbiztonsági kód")
                .contains("Dorottya Katalin")
                .contains("Magdolna István")
                .contains("1970.01.01.")
                .contains("123456789")
                .contains(DOROTTYA_MOBILE_DISPLAYED)
                .contains("Ügyfélportál jogosultság kibővítése élet termékekre")
                .doesNotContain("Regisztráció az Ügyfélportálra")
                .contains("Alulírott kérem, hogy a Biztosító Zrt. részemre ügyfélbiztonsági kódot állítson ki")
                .contains("Budapest, 2025. november 25.")
                .contains("Ügyfél aláírása")
                .contains("Ügyintéző aláírása")
                .contains("Ügyszám: ÜBK-2026-000042");
    }

    @Test
    void keepsHungarianDoubleAcuteLettersForARegistration() throws IOException {
        RequestFormData data = new RequestFormData("Őri Űrsula Győzőné", "Űrös Őzike", LocalDate.of(1958, 12, 31),
                "100000001", "+36201112233", RequestFormData.REGISTRATION, "Kőműves Kelemen", "Győr",
                LocalDate.of(2025, 1, 2), "case-2");

        String text = textOf(renderer.render(data));

        assertThat(text)
                .contains("Őri Űrsula Győzőné")
                .contains("Űrös Őzike")
                .contains("Kőműves Kelemen")
                .contains("+36 20 111 2233")
                .contains("Regisztráció az Ügyfélportálra")
                .contains("Győr, 2025. január 2.");
    }

    @Test
    void shrinksALongNameInsteadOfCuttingItOff() throws IOException {
        String longName = "Dr. Kovácsné Szabó-Nagyváradi Erzsébet Katalin Mária Győzőné";
        RequestFormData data = new RequestFormData(longName, "Magdolna István", LocalDate.of(1970, 1, 1),
                "123456789", DOROTTYA_MOBILE, RequestFormData.EXTENSION, "Teszt Ügyintéző", "Budapest",
                LocalDate.of(2025, 11, 25), "case-3");

        assertThat(textOf(renderer.render(data))).contains("Partner neve " + longName);
    }

    @Test
    void isOnePageWithEmbeddedFonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(dorottya()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            PDResources resources = page.getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName fontName : resources.getFontNames()) {
                assertThat(resources.getFont(fontName).isEmbedded()).as("font %s embedded", fontName).isTrue();
            }
        }
    }

    @Test
    void printsTheLatinLettersOfNeighbouringLanguages() throws IOException {
        String name = "Łukasz Řehoř Ștefănescu Gößweiner Œdipe";
        RequestFormData data = new RequestFormData(name, "Čačić Đurđa", LocalDate.of(1970, 1, 1), "123456789",
                DOROTTYA_MOBILE, RequestFormData.EXTENSION, "Teszt Ügyintéző", "Budapest", LocalDate.of(2025, 11, 25),
                "case-4");

        assertThat(textOf(renderer.render(data))).contains(name).contains("Čačić Đurđa");
    }

    @Test
    void refusesACharacterItsFontsCannotPrintInsteadOfPrintingABox() {
        assertThatThrownBy(() -> renderer.render(withName("Kovács Жанна", "Teszt Ügyintéző")))
                .isInstanceOfSatisfying(UnprintableCharacterException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("partnerName");
                    assertThat(refused.character()).isEqualTo("Ж");
                    assertThat(refused.agentMessage()).isEqualTo("Az igénylő nyomtatvány nem tudja kiírni ezt a"
                            + " karaktert az ügyfél nevében: „Ж” (U+0416). Az ügyfél adatát a partnertörzsben kell"
                            + " javítani: jelezze a hibát az informatikának, és addig ne nyomtassa ki a nyomtatványt.");
                });
    }

    @Test
    void refusesLineBreaksAndDirectionOverridesThatWouldMoveTheTextAround() {
        for (String name : new String[] {"Kovács\nIstván", "Kovács \u202EnávtsI", "Kovács\u200BIstván"}) {
            assertThatThrownBy(() -> renderer.render(withName(name, "Teszt Ügyintéző")))
                    .as(name).isInstanceOf(UnprintableCharacterException.class);
        }
    }

    @Test
    void namesTheFirstUnprintableValueInTheFormsOrderAndTellsStaffDataFromCustomerData() {
        assertThatThrownBy(() -> renderer.render(withName("Kovács Жанна", "Ügyintéző Σοφία")))
                .isInstanceOfSatisfying(UnprintableCharacterException.class,
                        refused -> assertThat(refused.field()).isEqualTo("partnerName"));
        assertThatThrownBy(() -> renderer.render(withName("Kovács István", "Ügyintéző Σοφία")))
                .isInstanceOfSatisfying(UnprintableCharacterException.class, refused -> assertThat(
                        refused.agentMessage()).contains("az ügyintéző nevében: „Σ” (U+03A3). Jelezze a hibát"));
    }

    @Test
    void printsADecomposedAccentAsTheLetterItComposes() throws IOException {
        assertThat(textOf(renderer.render(withName("Gyo\u030Bzo\u030B Ilona", "Teszt Ügyintéző"))))
                .contains("Győző Ilona");
    }

    /** The fonts are cut down to the Latin scripts, so the PDF embeds only small glyph tables (41 KB before). */
    @Test
    void staysSmallEnoughToKeepForEveryCase() {
        assertThat(renderer.render(dorottya()).length).isLessThan(20 * 1024);
    }

    @Test
    void rendersAgainWithTheSameCompiledTemplate() throws IOException {
        byte[] first = renderer.render(dorottya());
        byte[] second = renderer.render(dorottya());

        assertThat(textOf(second)).isEqualTo(textOf(first));
    }

    @Test
    void namesAMissingTemplate() {
        assertThatThrownBy(() -> new RequestFormRenderer("reports/no-such-form.jrxml"))
                .isInstanceOf(RequestFormException.class)
                .hasMessageContaining("reports/no-such-form.jrxml")
                .hasMessageContaining("not on the classpath");
    }

    @Test
    void namesTheDownloadAfterTheCustomerCard() {
        assertThat(RequestFormRenderer.fileName("123456789")).isEqualTo("igenylo-nyomtatvany-123456789.pdf");
        assertThat(RequestFormRenderer.fileName("12/34 56")).isEqualTo("igenylo-nyomtatvany-12_34_56.pdf");
        assertThat(RequestFormRenderer.MIME_TYPE).isEqualTo("application/pdf");
    }

    private static RequestFormData dorottya() {
        return new RequestFormData("Dorottya Katalin", "Magdolna István", LocalDate.of(1970, 1, 1), "123456789",
                DOROTTYA_MOBILE, RequestFormData.EXTENSION, "Teszt Ügyintéző", "Budapest",
                LocalDate.of(2025, 11, 25), "ÜBK-2026-000042");
    }

    private static RequestFormData withName(String partnerName, String agentName) {
        return new RequestFormData(partnerName, "Magdolna István", LocalDate.of(1970, 1, 1), "123456789",
                DOROTTYA_MOBILE, RequestFormData.EXTENSION, agentName, "Budapest", LocalDate.of(2025, 11, 25),
                "case-5");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Justified lines come out with runs of spaces; wrapped lines with line breaks.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
