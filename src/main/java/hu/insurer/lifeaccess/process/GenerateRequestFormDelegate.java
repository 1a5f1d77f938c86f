package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.REQUEST_FORM_DOWNLOAD_URL;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.casefile.CaseFile;
import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.customer.MobileNumbers;
import hu.insurer.lifeaccess.requestform.RequestFormData;
import hu.insurer.lifeaccess.requestform.RequestFormRenderer;
import hu.insurer.lifeaccess.requestform.UnprintableCharacterException;

/**
 * Task_GenerateRequestForm: the "Igénylő nyomtatvány" PDF the customer signs, for the case's identified customer
 * and with the number the code will go to. The case record keeps it once (with its hash and the printed number);
 * the signature screen links to it.
 */
@Component("generateRequestFormDelegate")
class GenerateRequestFormDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final CaseFiles caseFiles;
    private final RequestFormRenderer renderer;
    private final CurrentAgent agent;
    private final Clock clock;
    private final String place;

    GenerateRequestFormDelegate(CaseCustomer caseCustomer, CaseFiles caseFiles, RequestFormRenderer renderer,
            CurrentAgent agent, Clock clock, @Value("${life-access.request-form.place}") String place) {
        this.caseCustomer = caseCustomer;
        this.caseFiles = caseFiles;
        this.renderer = renderer;
        this.agent = agent;
        this.clock = clock;
        this.place = place;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CaseFile file = caseFiles.find(execution.getProcessInstanceId()).orElseThrow();
        Customer customer = CaseSteps.refusedAsFormError(() -> caseCustomer.of(execution));
        if (file.accessCase() == null) {
            throw new FormSubmissionException("Igénylő nyomtatvány csak azonosított, jogosult ügyfélnek nyomtatható.");
        }
        if (!MobileNumbers.isSendable(customer.mobileNumber())) {
            throw new FormSubmissionException(
                    "Az ügyfélnek nincs érvényes mobilszáma: előbb válassza az Ügyfélmódosítást.");
        }
        byte[] pdf = render(new RequestFormData(customer.displayName(), customer.motherName(),
                customer.birthDate(), customer.customerCardNumber(), customer.mobileNumber(),
                file.accessCase().name(), agent.displayName(execution), place, LocalDate.now(clock),
                file.caseNumber()));
        CaseSteps.refusedAsFormError(() -> caseFiles.printRequestForm(execution.getProcessInstanceId(),
                customer.mobileNumber(), RequestFormRenderer.fileName(customer.customerCardNumber()), pdf,
                agent.userId(execution)));
        REQUEST_FORM_DOWNLOAD_URL.set(execution, RequestFormController.path(execution.getProcessInstanceId()));
    }

    private byte[] render(RequestFormData data) {
        try {
            return renderer.render(data);
        } catch (UnprintableCharacterException e) {
            throw new FormSubmissionException(e.agentMessage());
        }
    }
}
