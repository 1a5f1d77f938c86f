package hu.insurer.lifeaccess.process;

import java.util.Date;
import java.util.Map;

import hu.insurer.lifeaccess.process.ProcessConstants.Variable;

/** The types of the case variables that delegates and checks read or write one at a time. */
final class CaseVariables {

    static final ProcessVariable<String> INITIATOR = ProcessVariable.of(Variable.INITIATOR, String.class);
    static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.of(Variable.CASE_NUMBER, String.class);

    static final ProcessVariable<Integer> CUSTOMER_RESULT_COUNT =
            ProcessVariable.of(Variable.CUSTOMER_RESULT_COUNT, Integer.class);
    static final ProcessVariable<String> SEARCH_OUTCOME = ProcessVariable.of(Variable.SEARCH_OUTCOME, String.class);
    static final ProcessVariable<String> SEARCH_FEEDBACK = ProcessVariable.of(Variable.SEARCH_FEEDBACK, String.class);

    static final ProcessVariable<Boolean> IDENTITY_VERIFIED =
            ProcessVariable.of(Variable.IDENTITY_VERIFIED, Boolean.class);
    static final ProcessVariable<String> IDENTITY_DOCUMENT_NUMBER =
            ProcessVariable.of(Variable.IDENTITY_DOCUMENT_NUMBER, String.class);
    static final ProcessVariable<String> IDENTIFIED_BY = ProcessVariable.of(Variable.IDENTIFIED_BY, String.class);
    static final ProcessVariable<Date> IDENTIFIED_AT = ProcessVariable.of(Variable.IDENTIFIED_AT, Date.class);

    /** Task_DecideEligibility's single result: the matching row's outputs by column name. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static final ProcessVariable<Map<String, Object>> ELIGIBILITY_RESULT =
            ProcessVariable.of(Variable.ELIGIBILITY_RESULT, (Class<Map<String, Object>>) (Class) Map.class);
    static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.of(Variable.ELIGIBLE, Boolean.class);
    static final ProcessVariable<String> ACCESS_CASE = ProcessVariable.of(Variable.ACCESS_CASE, String.class);
    static final ProcessVariable<String> INELIGIBILITY_REASON =
            ProcessVariable.of(Variable.INELIGIBILITY_REASON, String.class);
    static final ProcessVariable<Boolean> INELIGIBILITY_ACKNOWLEDGED =
            ProcessVariable.of(Variable.INELIGIBILITY_ACKNOWLEDGED, Boolean.class);

    static final ProcessVariable<String> NEW_MOBILE_NUMBER =
            ProcessVariable.of(Variable.NEW_MOBILE_NUMBER, String.class);
    static final ProcessVariable<Boolean> MOBILE_NUMBER_ACCEPTED =
            ProcessVariable.of(Variable.MOBILE_NUMBER_ACCEPTED, Boolean.class);
    static final ProcessVariable<String> CORRECTION_ERROR = ProcessVariable.of(Variable.CORRECTION_ERROR, String.class);
    static final ProcessVariable<String> REQUEST_FORM_DOWNLOAD_URL =
            ProcessVariable.of(Variable.REQUEST_FORM_DOWNLOAD_URL, String.class);
    static final ProcessVariable<Boolean> SIGNATURE_CONFIRMED =
            ProcessVariable.of(Variable.SIGNATURE_CONFIRMED, Boolean.class);

    static final ProcessVariable<Long> SECURITY_CODE_ID = ProcessVariable.of(Variable.SECURITY_CODE_ID, Long.class);
    static final ProcessVariable<String> CODE_STATUS = ProcessVariable.of(Variable.CODE_STATUS, String.class);
    static final ProcessVariable<String> CODE_SENT_TO = ProcessVariable.of(Variable.CODE_SENT_TO, String.class);
    static final ProcessVariable<Date> CODE_EXPIRES_AT = ProcessVariable.of(Variable.CODE_EXPIRES_AT, Date.class);
    static final ProcessVariable<Integer> CODE_FAILED_ATTEMPTS =
            ProcessVariable.of(Variable.CODE_FAILED_ATTEMPTS, Integer.class);
    static final ProcessVariable<String> CODE_DELIVERY_STATUS =
            ProcessVariable.of(Variable.CODE_DELIVERY_STATUS, String.class);

    private CaseVariables() {
    }
}
