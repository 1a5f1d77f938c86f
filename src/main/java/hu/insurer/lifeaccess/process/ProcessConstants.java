package hu.insurer.lifeaccess.process;

/** The model's contract with the code: ids, form keys, variable, message and error names (ModelContractTest). */
public final class ProcessConstants {

    public static final String PROCESS_KEY = "SecurityCodeIssuanceProcess";

    public static final class Element {
        public static final String REFINE_SEARCH = "Task_RefineSearch";
        public static final String UPDATE_CUSTOMER_DATA = "Task_UpdateCustomerData";
        public static final String IDENTIFY_CUSTOMER = "Task_IdentifyCustomer";
        public static final String GATHER_ELIGIBILITY_FACTS = "Task_GatherEligibilityFacts";
        /** The business rule task that evaluates dmn/eligibility.dmn (EligibilityTable). */
        public static final String DECIDE_ELIGIBILITY = "Task_DecideEligibility";
        public static final String CHECK_ELIGIBILITY = "Task_CheckEligibility";
        public static final String ACKNOWLEDGE_INELIGIBILITY = "Task_AcknowledgeIneligibility";
        public static final String REVIEW_PARTNER_DATA = "Task_ReviewPartnerData";
        public static final String CORRECT_CUSTOMER_DATA = "Task_CorrectCustomerData";
        /** The Cockpit plugin finds the printed request forms by this id. */
        public static final String GENERATE_REQUEST_FORM = "Task_GenerateRequestForm";
        public static final String COLLECT_SIGNATURE = "Task_CollectSignature";
        public static final String SEND_SECURITY_CODE = "Task_SendSecurityCode";
        public static final String END_ACCESS_GRANTED = "EndEvent_AccessGranted";
        public static final String END_CODE_LOCKED = "EndEvent_CodeLocked";
        public static final String END_SUPERSEDED = "EndEvent_Superseded";
        public static final String END_CODE_EXPIRED = "EndEvent_CodeExpired";
        public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
        public static final String END_CANCELLED = "EndEvent_Cancelled";
        public static final String END_CODE_NOT_DELIVERED = "EndEvent_CodeNotDelivered";
        public static final String AWAIT_REDEMPTION = "Gateway_AwaitRedemption";
        public static final String EXPIRE_SECURITY_CODE = "Task_ExpireSecurityCode";
        public static final String SIGNED_FORM_OUTDATED = "Event_SignedFormOutdated";
        public static final String NO_LONGER_ELIGIBLE = "Event_NoLongerEligible";
        public static final String AGENT_NOTIFIED = "Event_AgentNotified";
        public static final String SMS_NOT_DELIVERED = "Event_SmsNotDelivered";
        public static final String RESEND_SECURITY_CODE = "Task_ResendSecurityCode";
        public static final String REDEEMED_BEFORE_RESEND = "Event_RedeemedBeforeResend";
        /** Asynchronous: the portal's redemption commits before the case is closed by a job. */
        public static final String ACCESS_GRANTED = "Gateway_AccessGranted";

        private Element() {
        }
    }

    public static final class Variable {
        public static final String SEARCH_CUSTOMER_TYPE = "searchCustomerType";
        public static final String SEARCH_NAME = "searchName";
        public static final String SEARCH_MOTHER_NAME = "searchMotherName";
        public static final String SEARCH_BIRTH_DATE = "searchBirthDate";
        public static final String SEARCH_DOCUMENT_TYPE = "searchDocumentType";
        public static final String SEARCH_DOCUMENT_NUMBER = "searchDocumentNumber";
        public static final String SEARCH_TAX_ID = "searchTaxId";
        public static final String SEARCH_COUNTRY = "searchCountry";
        public static final String SEARCH_POSTCODE_CITY = "searchPostcodeCity";
        public static final String SEARCH_STREET = "searchStreet";
        public static final String SEARCH_HOUSE_NUMBER = "searchHouseNumber";
        public static final String SEARCH_CUSTOMER_CARD_NUMBER = "searchCustomerCardNumber";
        public static final String SEARCH_CONTRACT_NUMBER = "searchContractNumber";
        public static final String SEARCH_LICENCE_PLATE = "searchLicencePlate";
        public static final String SEARCH_PRODUCT_GROUP = "searchProductGroup";
        public static final String SEARCH_AHL_HL = "searchAhlHl";

        public static final String CUSTOMER_RESULT_COUNT = "customerResultCount";
        public static final String CUSTOMER_RESULTS = "customerResults";
        public static final String CUSTOMER_OPTIONS = "customerOptions";
        /** FOUND, NONE or TOO_MANY: routes to identification or to refining the search. */
        public static final String SEARCH_OUTCOME = "searchOutcome";
        public static final String SEARCH_FEEDBACK = "searchFeedback";
        public static final String REFINE_DECISION = "refineDecision";
        public static final String INITIATOR = "initiator";
        /** The case's human-readable number (ÜBK-2026-000123), also the process instance's business key. */
        public static final String CASE_NUMBER = "caseNumber";

        public static final String CUSTOMER_ID = "customerId";
        public static final String IDENTITY_VERIFIED = "identityVerified";
        public static final String IDENTITY_DOCUMENT_TYPE = "identityDocumentType";
        public static final String IDENTITY_DOCUMENT_NUMBER = "identityDocumentNumber";
        public static final String IDENTIFY_DECISION = "identifyDecision";
        /** Who identified the customer and when, from the case record (for the audit trail). */
        public static final String IDENTIFIED_BY = "identifiedBy";
        public static final String IDENTIFIED_AT = "identifiedAt";

        /** Task_DecideEligibility's result variable: the matching row's outputs (EligibilityTable.Output). */
        public static final String ELIGIBILITY_RESULT = "eligibilityResult";
        public static final String ELIGIBLE = "eligible";
        public static final String ACCESS_CASE = "accessCase";
        public static final String INELIGIBILITY_REASON = "ineligibilityReason";

        public static final String PARTNER_NAME = "partnerName";
        public static final String PARTNER_MOTHER_NAME = "partnerMotherName";
        public static final String PARTNER_BIRTH_DATE = "partnerBirthDate";
        public static final String PARTNER_CUSTOMER_CARD_NUMBER = "partnerCustomerCardNumber";
        public static final String PARTNER_MOBILE_NUMBER = "partnerMobileNumber";
        public static final String MOBILE_NUMBER_VALID = "mobileNumberValid";
        public static final String ACCESS_CASE_LABEL = "accessCaseLabel";
        public static final String CUSTOMER_CONTRACTS = "customerContracts";

        public static final String INELIGIBILITY_ACKNOWLEDGED = "ineligibilityAcknowledged";
        public static final String REVIEW_DECISION = "reviewDecision";
        public static final String NEW_MOBILE_NUMBER = "newMobileNumber";
        public static final String CORRECTION_DECISION = "correctionDecision";
        public static final String MOBILE_NUMBER_ACCEPTED = "mobileNumberAccepted";
        public static final String CORRECTION_ERROR = "correctionError";
        /** Json list of the customer data changed in the case, for the audit trail (see CustomerDataChanges). */
        public static final String CUSTOMER_DATA_CHANGES = "customerDataChanges";
        public static final String REQUEST_FORM_DOWNLOAD_URL = "requestFormDownloadUrl";
        /** Why the signature screen came back: the signed form no longer matches the customer's data. */
        public static final String REQUEST_FORM_NOTICE = "requestFormNotice";
        public static final String SIGNATURE_CONFIRMED = "signatureConfirmed";
        public static final String SIGNATURE_DECISION = "signatureDecision";

        public static final String SECURITY_CODE_ID = "securityCodeId";
        public static final String CODE_SENT_TO = "codeSentTo";
        public static final String CODE_EXPIRES_AT = "codeExpiresAt";
        /** The code's status as the case last learnt it: ACTIVE, REDEEMED, LOCKED, SUPERSEDED or EXPIRED. */
        public static final String CODE_STATUS = "codeStatus";
        /** Failed redemption attempts so far; each change is a history detail with its time. */
        public static final String CODE_FAILED_ATTEMPTS = "codeFailedAttempts";
        /** What the SMS provider reported of the code's SMS: DELIVERED, FAILED or EXPIRED; null until it reports. */
        public static final String CODE_DELIVERY_STATUS = "codeDeliveryStatus";
        public static final String RESEND_DECISION = "resendDecision";

        private Variable() {
        }
    }

    /** The values of the decision fields (Tasklist has only a submit button, so decisions are form fields). */
    public static final class Decision {
        public static final String SEARCH = "SEARCH";
        public static final String CANCEL = "CANCEL";
        public static final String IDENTIFIED = "IDENTIFIED";
        public static final String SEARCH_AGAIN = "SEARCH_AGAIN";
        public static final String CONTINUE = "CONTINUE";
        public static final String MODIFY_CUSTOMER = "MODIFY_CUSTOMER";
        public static final String BACK = "BACK";
        public static final String SAVE = "SAVE";
        public static final String SIGNED = "SIGNED";
        public static final String RESEND = "RESEND";

        private Decision() {
        }
    }

    /** BPMN errors the code-sending job throws, caught by boundary events of Task_SendSecurityCode. */
    public static final class Error {
        public static final String SIGNED_FORM_OUTDATED = "SignedFormOutdated";
        public static final String CUSTOMER_NOT_ELIGIBLE = "CustomerNotEligible";

        private Error() {
        }
    }

    public static final class Message {
        public static final String SECURITY_CODE_REDEEMED = "SecurityCodeRedeemed";
        public static final String SECURITY_CODE_LOCKED = "SecurityCodeLocked";
        public static final String SECURITY_CODE_SUPERSEDED = "SecurityCodeSuperseded";
        public static final String SMS_NOT_DELIVERED = "SmsNotDelivered";

        private Message() {
        }
    }

    private ProcessConstants() {
    }
}
