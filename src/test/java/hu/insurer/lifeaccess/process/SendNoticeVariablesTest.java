package hu.insurer.lifeaccess.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;

import hu.insurer.lifeaccess.process.SendNoticeConstants.Outcome;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Variable;

class SendNoticeVariablesTest {

    @Test
    void anAcceptedCodeShowsTheMaskedNumberAndItsValidityInBudapestTimeAsTheSmsDoes() {
        assertThat(SendNoticeVariables.accepted("agent", "ÜBK-2026-000001", "+36 ***** 4567",
                Date.from(Instant.parse("2026-07-08T12:30:59Z"))))
                .containsEntry(Variable.CASE_OWNER, "agent")
                .containsEntry(Variable.CASE_NUMBER, "ÜBK-2026-000001")
                .containsEntry(Variable.SEND_OUTCOME, Outcome.ACCEPTED)
                .containsEntry(Variable.CODE_SENT_TO, "+36 ***** 4567")
                .containsEntry(Variable.CODE_EXPIRES_AT, "2026.07.08. 14:30")
                .doesNotContainKey(Variable.SEND_PROBLEM);
    }

    @Test
    void aCodeNotSentTellsWhyAndWhatToDo() {
        assertThat(SendNoticeVariables.notSent("agent", "ÜBK-2026-000001", " A szolgáltató elutasította. "))
                .containsEntry(Variable.SEND_OUTCOME, Outcome.NOT_SENT)
                .containsEntry(Variable.SEND_PROBLEM, "A szolgáltató elutasította. " + SendNoticeVariables.WHAT_TO_DO)
                .doesNotContainKeys(Variable.CODE_SENT_TO, Variable.CODE_EXPIRES_AT);
        assertThat(SendNoticeVariables.notSent("agent", "ÜBK-2026-000001", null).get(Variable.SEND_PROBLEM))
                .isEqualTo(SendNoticeVariables.NO_REASON + " " + SendNoticeVariables.WHAT_TO_DO);
    }
}
