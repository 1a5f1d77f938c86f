package hu.insurer.lifeaccess.process;

/**
 * The contract of bpmn/security-code-send-notice.bpmn and forms/send-outcome.form with the code (ModelContractTest):
 * the agent's notice of how the sending of a case's code ended. The application starts it, with the case number as
 * its business key.
 */
public final class SendNoticeConstants {

    public static final String PROCESS_KEY = "SecurityCodeSendNoticeProcess";

    public static final class Element {
        public static final String ACKNOWLEDGE_SEND_OUTCOME = "Task_AcknowledgeSendOutcome";
        public static final String NOTICE_TIMEOUT = "Event_NoticeTimeout";
        public static final String END_ACKNOWLEDGED = "EndEvent_SendOutcomeAcknowledged";
        public static final String END_EXPIRED = "EndEvent_NoticeExpired";

        private Element() {
        }
    }

    /** The notice's variables, all set at its start but the agent's acknowledgement. */
    public static final class Variable {
        /** The agent who has the case: the task's assignee. */
        public static final String CASE_OWNER = "caseOwner";
        public static final String CASE_NUMBER = ProcessConstants.Variable.CASE_NUMBER;
        /** {@link Outcome#ACCEPTED} or {@link Outcome#NOT_SENT}. */
        public static final String SEND_OUTCOME = "sendOutcome";
        /** The masked mobile number (ACCEPTED only). */
        public static final String CODE_SENT_TO = ProcessConstants.Variable.CODE_SENT_TO;
        /** Until when the code is valid, as the agent reads it ({@code 2026.12.08. 14:30}, Budapest time; ACCEPTED only). */
        public static final String CODE_EXPIRES_AT = ProcessConstants.Variable.CODE_EXPIRES_AT;
        /** Why the code was not sent and what the agent does now, in Hungarian (NOT_SENT only). */
        public static final String SEND_PROBLEM = "sendProblem";
        public static final String SEND_OUTCOME_ACKNOWLEDGED = "sendOutcomeAcknowledged";

        private Variable() {
        }
    }

    /** The values of {@link Variable#SEND_OUTCOME}. */
    public static final class Outcome {
        public static final String ACCEPTED = "ACCEPTED";
        public static final String NOT_SENT = "NOT_SENT";

        private Outcome() {
        }
    }

    private SendNoticeConstants() {
    }
}
