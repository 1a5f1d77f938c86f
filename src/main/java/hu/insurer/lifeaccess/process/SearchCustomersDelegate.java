package hu.insurer.lifeaccess.process;

import static hu.insurer.lifeaccess.process.CaseVariables.CUSTOMER_RESULT_COUNT;
import static hu.insurer.lifeaccess.process.CaseVariables.SEARCH_FEEDBACK;
import static hu.insurer.lifeaccess.process.CaseVariables.SEARCH_OUTCOME;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import hu.insurer.lifeaccess.casefile.CaseFiles;
import hu.insurer.lifeaccess.customer.search.CustomerSearch;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteria;
import hu.insurer.lifeaccess.customer.search.CustomerSearchCriteriaValidator;
import hu.insurer.lifeaccess.customer.search.CustomerSearchResult;
import hu.insurer.lifeaccess.customer.search.CustomerSummary;

/**
 * Task_SearchCustomers: validates the search form on the server, lists the matching customers, and records in the
 * case which customers were offered (identification may choose only among them).
 */
@Component("searchCustomersDelegate")
class SearchCustomersDelegate implements JavaDelegate {

    private final CustomerSearchCriteriaValidator validator;
    private final CustomerSearch search;
    private final CaseFiles caseFiles;

    SearchCustomersDelegate(CustomerSearchCriteriaValidator validator, CustomerSearch search, CaseFiles caseFiles) {
        this.validator = validator;
        this.search = search;
        this.caseFiles = caseFiles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CustomerSearchCriteria criteria = SearchForm.criteria(execution.getVariables());
        List<String> problems = validator.validate(criteria);
        if (!problems.isEmpty()) {
            throw new FormSubmissionException(String.join(" ", problems));
        }
        CustomerSearchResult result = search.search(criteria);
        CaseSteps.refusedAsFormError(() -> caseFiles.offer(execution.getProcessInstanceId(),
                result.customers().stream().map(CustomerSummary::id).toList()));
        CUSTOMER_RESULT_COUNT.set(execution, result.totalCount());
        SEARCH_OUTCOME.set(execution, result.outcome().name());
        SEARCH_FEEDBACK.set(execution, result.feedback());
        execution.setVariables(SearchResultsScreen.variables(result.customers()));
    }
}
