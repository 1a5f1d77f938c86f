package hu.insurer.lifeaccess.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;

import hu.insurer.lifeaccess.process.SendNoticeConstants.Outcome;
import hu.insurer.lifeaccess.process.SendNoticeConstants.Variable;

/**
 * What the agent's notice of a code's sending says: the start variables of SecurityCodeSendNoticeProcess for each
 * outcome. Never the code: only the masked number, the validity and, when nothing was sent, the reason and what to do.
 */
final class SendNoticeVariables {

    /** The validity as the SMS states it: Budapest time, without seconds. */
    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("uuuu.MM.dd. HH:mm", Locale.ROOT).withZone(ZoneId.of("Europe/Budapest"));
    static final String NO_REASON = "A kódot nem sikerült elküldeni.";
    static final String WHAT_TO_DO = "Az ügyfél nem kapott SMS-t. Az ügy nem zárult le: az üzemeltetés a hibát "
            + "incidensként látja, elhárítása után a kódot újraküldi, és a sikeres küldésről Ön újabb értesítést kap. "
            + "Addig tájékoztassa az ügyfelet, hogy a kódot később kapja meg. Ha a mobilszám hibás, indítson új ügyet, "
            + "és a partneradatoknál az „Ügyfélmódosítás” lépésben javítsa a számot.";

    static Map<String, Object> accepted(String caseOwner, String caseNumber, String codeSentTo, Date codeExpiresAt) {
        return Map.of(
                Variable.CASE_OWNER, caseOwner,
                Variable.CASE_NUMBER, caseNumber,
                Variable.SEND_OUTCOME, Outcome.ACCEPTED,
                Variable.CODE_SENT_TO, codeSentTo,
                Variable.CODE_EXPIRES_AT, EXPIRY.format(codeExpiresAt.toInstant()));
    }

    static Map<String, Object> notSent(String caseOwner, String caseNumber, String problemHu) {
        String reason = problemHu == null || problemHu.isBlank() ? NO_REASON : problemHu.strip();
        return Map.of(
                Variable.CASE_OWNER, caseOwner,
                Variable.CASE_NUMBER, caseNumber,
                Variable.SEND_OUTCOME, Outcome.NOT_SENT,
                Variable.SEND_PROBLEM, reason + " " + WHAT_TO_DO);
    }

    private SendNoticeVariables() {
    }
}
