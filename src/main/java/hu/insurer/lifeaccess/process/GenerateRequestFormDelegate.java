package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.ACCESS_CASE;
import static hu.insurer.lifeaccess.process.ProcessConstants.Variable.REQUEST_FORM;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.customer.Customer;
import hu.insurer.lifeaccess.requestform.RequestFormData;
import hu.insurer.lifeaccess.requestform.RequestFormRenderer;

/** Task_GenerateRequestForm: the "Igénylő nyomtatvány" PDF the customer signs, kept as the file variable. */
@Component("generateRequestFormDelegate")
class GenerateRequestFormDelegate implements JavaDelegate {

    private final CaseCustomer caseCustomer;
    private final RequestFormRenderer renderer;
    private final CurrentAgent agent;
    private final Clock clock;
    private final String place;

    GenerateRequestFormDelegate(CaseCustomer caseCustomer, RequestFormRenderer renderer, CurrentAgent agent,
            Clock clock, @Value("${life-access.request-form.place}") String place) {
        this.caseCustomer = caseCustomer;
        this.renderer = renderer;
        this.agent = agent;
        this.clock = clock;
        this.place = place;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Customer customer = caseCustomer.of(execution);
        if (!PartnerDataScreen.isSendable(customer.mobileNumber())) {
            throw new FormSubmissionException(
                    "Az ügyfélnek nincs érvényes mobilszáma: előbb válassza az Ügyfélmódosítást.");
        }
        byte[] pdf = renderer.render(new RequestFormData(customer.displayName(), customer.motherName(),
                customer.birthDate(), customer.customerCardNumber(), customer.mobileNumber(),
                (String) execution.getVariable(ACCESS_CASE), agent.displayName(execution), place,
                LocalDate.now(clock), execution.getProcessInstanceId()));
        execution.setVariable(REQUEST_FORM, Variables.fileValue(RequestFormRenderer.fileName(customer.customerCardNumber()))
                .file(pdf).mimeType(RequestFormRenderer.MIME_TYPE).create());
    }
}
