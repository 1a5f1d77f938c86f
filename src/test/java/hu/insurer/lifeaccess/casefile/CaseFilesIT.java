package hu.insurer.lifeaccess.casefile;

import static hu.insurer.lifeaccess.support.DemoCustomerFixtures.DOROTTYA_MOBILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import hu.insurer.lifeaccess.customer.CustomerRepository;
import hu.insurer.lifeaccess.customer.DocumentType;
import hu.insurer.lifeaccess.eligibility.AccessCase;
import hu.insurer.lifeaccess.eligibility.EligibilityDecision;
import hu.insurer.lifeaccess.support.IntegrationTest;

/**
 * The case record's state machine on the real database: every step records its fact, and a step whose facts are
 * missing is refused with a Hungarian reason and records nothing.
 */
@Transactional
class CaseFilesIT extends IntegrationTest {

    private static final String AGENT = "agent";

    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcClient jdbc;

    private String caseId;
    private long dorottya;
    private long namesake;

    @BeforeEach
    void openCase() {
        caseId = UUID.randomUUID().toString();
        dorottya = customers.findIdByCardNumber("123456789").orElseThrow();
        namesake = customers.findIdByCardNumber("100000007").orElseThrow();
        caseFiles.open(caseId, AGENT);
    }

    @Test
    void aNewCaseHasAReadableNumberAndBelongsToItsAgent() {
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        assertThat(file.caseNumber()).matches("ÜBK-20\\d\\d-\\d{6}");
        assertThat(file.ownerId()).isEqualTo(AGENT);
        assertThat(file.state()).isEqualTo(CaseState.OPENED);
        assertThat(caseFiles.findByCaseNumber(file.caseNumber()).orElseThrow().processInstanceId()).isEqualTo(caseId);
    }

    @Test
    void onlyACustomerTheSearchOfferedCanBeIdentified() {
        caseFiles.offer(caseId, List.of(dorottya));
        assertRefused(() -> caseFiles.identify(caseId, namesake, AGENT, DocumentType.ID_CARD, "123456AB"),
                "Válasszon ügyfelet a találati listából.");
        assertThat(caseFiles.find(caseId).orElseThrow().state()).isEqualTo(CaseState.OPENED);
    }

    @Test
    void theIdentificationKeepsTheDocumentOnlyHashedWithItsLastCharacters() {
        caseFiles.offer(caseId, List.of(dorottya));
        Identification identification = caseFiles.identify(caseId, dorottya, AGENT, DocumentType.PASSPORT,
                "ab 123-456");

        assertThat(identification.maskedDocumentNumber()).isEqualTo("******456");
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        assertThat(file.state()).isEqualTo(CaseState.IDENTIFIED);
        assertThat(file.customerId()).isEqualTo(dorottya);
        assertThat(file.identification().identifiedBy()).isEqualTo(AGENT);
        assertThat(file.identification().documentType()).isEqualTo(DocumentType.PASSPORT);
        String stored = jdbc.sql("SELECT id_document_hash FROM case_file WHERE process_instance_id = ?")
                .param(caseId).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain("123456").doesNotContain("AB123456");
    }

    @Test
    void anotherAgentCannotTakeTheCaseSteps() {
        caseFiles.offer(caseId, List.of(dorottya));
        assertRefused(() -> caseFiles.identify(caseId, dorottya, "agent2", DocumentType.ID_CARD, "123456AB"),
                "Ezt az ügyet agent ügyintéző vezeti");
        caseFiles.reassign(caseId, "agent2");
        caseFiles.identify(caseId, dorottya, "agent2", DocumentType.ID_CARD, "123456AB");
        assertThat(caseFiles.find(caseId).orElseThrow().ownerId()).isEqualTo("agent2");
    }

    @Test
    void noCustomerBeforeIdentificationAndNoFormBeforeEligibility() {
        caseFiles.offer(caseId, List.of(dorottya));
        assertRefused(() -> caseFiles.identifiedCustomer(caseId), "Az ügyben még nincs személyesen azonosított ügyfél.");
        identify();
        assertRefused(() -> caseFiles.printRequestForm(caseId, DOROTTYA_MOBILE, "f.pdf", new byte[] {1}, AGENT),
                "Igénylő nyomtatvány csak azonosított, jogosult ügyfélnek nyomtatható.");
        caseFiles.decideEligibility(caseId, EligibilityDecision.notEligible("Nem jogosult."));
        assertRefused(() -> caseFiles.printRequestForm(caseId, DOROTTYA_MOBILE, "f.pdf", new byte[] {1}, AGENT),
                "Igénylő nyomtatvány csak azonosított, jogosult ügyfélnek nyomtatható.");
        assertRefused(() -> caseFiles.customerForDataChange(caseId, AGENT), "Ügyféladat csak azonosított, jogosult");
    }

    @Test
    void aSignatureOnlyForAFormPrintedInThisCaseAndACodeOnlyAfterASignature() {
        eligible();
        assertRefused(() -> caseFiles.sign(caseId, AGENT), "Aláírás csak az ebben az ügyben kinyomtatott");
        assertRefused(() -> caseFiles.authorizeSend(caseId, DOROTTYA_MOBILE), "Kód csak az ügyfél által aláírt nyomtatvány után");

        RequestForm printed = caseFiles.printRequestForm(caseId, DOROTTYA_MOBILE, "f.pdf", new byte[] {1, 2, 3}, AGENT);
        assertThat(printed.pdfSha256()).isEqualTo(CaseFiles.sha256(new byte[] {1, 2, 3}));
        assertThat(printed.mobileNumber()).isEqualTo(DOROTTYA_MOBILE);
        assertRefused(() -> caseFiles.authorizeSend(caseId, DOROTTYA_MOBILE), "Kód csak az ügyfél által aláírt nyomtatvány után");

        RequestForm signed = caseFiles.sign(caseId, AGENT);
        assertThat(signed.id()).isEqualTo(printed.id());
        SendAuthorization send = caseFiles.authorizeSend(caseId, DOROTTYA_MOBILE);
        assertThat(send.customerId()).isEqualTo(dorottya);
        assertThat(send.mobileNumber()).isEqualTo(DOROTTYA_MOBILE);
        assertThat(send.accessCase()).isEqualTo(AccessCase.EXTENSION);
        caseFiles.codeSent(caseId);
        assertThat(caseFiles.find(caseId).orElseThrow().state()).isEqualTo(CaseState.CODE_SENT);
        assertRefused(() -> caseFiles.offer(caseId, List.of(namesake)), "Az aláírt igénylés után");
    }

    @Test
    void aNumberChangedAfterPrintingRefusesTheSendAndAsksForANewForm() {
        eligible();
        caseFiles.printRequestForm(caseId, DOROTTYA_MOBILE, "f.pdf", new byte[] {1}, AGENT);
        caseFiles.sign(caseId, AGENT);

        assertThatThrownBy(() -> caseFiles.authorizeSend(caseId, "+36705550199"))
                .isInstanceOf(SignedFormOutdatedException.class)
                .hasMessageContaining("Nyomtassa ki az új nyomtatványt, és írassa alá újra");
        assertThat(caseFiles.find(caseId).orElseThrow().state()).isEqualTo(CaseState.ELIGIBLE);
        assertRefused(() -> caseFiles.sign(caseId, AGENT), "Aláírás csak az ebben az ügyben kinyomtatott");
    }

    @Test
    void aDataChangeAfterPrintingMakesTheFormStale() {
        eligible();
        caseFiles.printRequestForm(caseId, DOROTTYA_MOBILE, "f.pdf", new byte[] {1}, AGENT);
        assertThat(caseFiles.customerForDataChange(caseId, AGENT)).isEqualTo(dorottya);
        caseFiles.customerDataChanged(caseId);
        assertRefused(() -> caseFiles.sign(caseId, AGENT), "Aláírás csak az ebben az ügyben kinyomtatott");
    }

    @Test
    void aNewSearchStartsTheCaseOver() {
        eligible();
        caseFiles.offer(caseId, List.of(namesake));
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        assertThat(file.state()).isEqualTo(CaseState.OPENED);
        assertThat(file.customerId()).isNull();
        assertThat(file.identification()).isNull();
    }

    @Test
    void aCaseNeedsALoggedInAgent() {
        assertRefused(() -> caseFiles.open(UUID.randomUUID().toString(), " "), "bejelentkezett ügyintéző");
    }

    private void identify() {
        caseFiles.identify(caseId, dorottya, AGENT, DocumentType.ID_CARD, "123456AB");
    }

    private void eligible() {
        caseFiles.offer(caseId, List.of(dorottya, namesake));
        identify();
        caseFiles.decideEligibility(caseId, EligibilityDecision.eligible(AccessCase.EXTENSION));
    }

    private static void assertRefused(Runnable step, String message) {
        assertThatThrownBy(step::run).isInstanceOf(CaseStepRefusedException.class).hasMessageContaining(message);
    }
}
